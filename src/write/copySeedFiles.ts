import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { assertSafeOutputPath } from '../plan/outputPath.js';

const CONCURRENCY = 16;

/**
 * Publish seeds verbatim by copying them from seeds/ into the staging
 * directory, so their bytes never have to be held in memory until the write
 * stage (at 100k seeds that is gigabytes).
 * @param copies seed path (relative to `seedsDir`) -> output path
 */
export async function copySeedFiles(seedsDir: string, dir: string, copies: readonly (readonly [string, string])[]): Promise<number> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < copies.length) {
      const [seed, output] = copies[next++]!;
      assertSafeOutputPath(output);
      const target = path.join(dir, output);
      await mkdir(path.dirname(target), { recursive: true });
      // A copy-on-write clone where the file system offers one (btrfs, XFS, APFS), else a plain copy.
      await copyFile(path.join(seedsDir, ...seed.split('/')), target, constants.COPYFILE_FICLONE);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return copies.length;
}
