import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { assertSafeOutputPath } from '../plan/outputPath.js';

const CONCURRENCY = 32;

/**
 * Populate the staging directory with unchanged files of the previous
 * build: a hard link when the file system allows it (no bytes copied; the
 * previous `dist/` is never written through it, because a linked path is
 * never written again in the same build), else a copy.
 * @param paths output paths relative to both directories
 * @returns the paths that were missing from `fromDir` (to be rebuilt)
 */
export async function linkFiles(fromDir: string, toDir: string, paths: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  // One mkdir per folder, awaited by every file in it (a folder marked "made"
  // before its mkdir finished would make a sibling's link fail with ENOENT).
  const made = new Map<string, Promise<unknown>>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const file = paths[next++]!;
      assertSafeOutputPath(file);
      const target = path.join(toDir, file);
      const parent = path.dirname(target);
      let folder = made.get(parent);
      if (!folder) {
        folder = mkdir(parent, { recursive: true });
        made.set(parent, folder);
      }
      await folder;
      try {
        await link(path.join(fromDir, file), target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') missing.push(file);
        else if (code === 'EEXIST') continue; // already staged (a public/ file of the same name)
        else if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK' || code === 'ENOTSUP') await copyFile(path.join(fromDir, file), target);
        else throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return missing.sort();
}

/** Every file below `dir/sub`, relative to `dir` (posix); none when it does not exist. */
export async function listFilesUnder(dir: string, sub: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(dir, sub), { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
