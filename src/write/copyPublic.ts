import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';

/** List the files in public/ (relative, posix, sorted); none if it does not exist. */
export async function listPublicFiles(publicDir: string): Promise<string[]> {
  try {
    const entries = await readdir(publicDir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile())
      .map((e) => path.relative(publicDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Copy public/ verbatim into the staging directory.
 * @param files its files, as `listPublicFiles` gave them (nothing to copy when none)
 */
export async function copyPublic(publicDir: string, dir: string, files: readonly string[]): Promise<void> {
  if (files.length === 0) return;
  await cp(publicDir, dir, { recursive: true, dereference: false, errorOnExist: false, force: true });
}
