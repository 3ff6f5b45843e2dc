import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { removeTree, sweepTrash, type TreeRemoval } from './removeTree.js';

/**
 * A build writes into a staging directory beside `outDir` (same file system,
 * so the final rename is atomic) and swaps it in only when everything
 * succeeded: a failed build leaves the previous `dist/` exactly as it was,
 * and no stale file of an earlier build survives a successful one.
 */
export interface StagingDir {
  readonly dir: string;
  /** Replace `outDir` with the staging directory. */
  commit(): Promise<void>;
  /** Remove the staging directory; `outDir` is untouched. */
  discard(): Promise<void>;
}

/**
 * Create a fresh staging directory for `outDir`.
 * @param removal how the replaced site is removed after the swap
 */
export async function createStagingDir(outDir: string, removal: TreeRemoval = 'now'): Promise<StagingDir> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  const dir = path.join(parent, `.${base}.staging-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await sweepTrash(outDir, removal);
  await mkdir(dir, { recursive: true });
  return {
    dir,
    async commit() {
      const old = path.join(parent, `.${base}.old-${process.pid}`);
      await rm(old, { recursive: true, force: true });
      let hadPrevious = true;
      try {
        await rename(outDir, old);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        hadPrevious = false;
      }
      try {
        await rename(dir, outDir);
      } catch (error) {
        // Put the previous site back before reporting the failure.
        if (hadPrevious) await rename(old, outDir);
        throw error;
      }
      if (hadPrevious) await removeTree(old, removal);
    },
    async discard() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
