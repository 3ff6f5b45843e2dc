import { spawn } from 'node:child_process';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Prefix of the directories old sites are moved to before they are removed. */
export const TRASH_PREFIX = '.trash-';

/** How a replaced site is removed. */
export type TreeRemoval = 'now' | 'background';

/** Remove a directory tree before returning. */
async function removeNow(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Remove `dir` after the build returns: it is renamed to a trash name
 * beside it (so a later build never meets it under its old name) and a
 * detached Node process deletes it. Unlinking the 20,000 files of a
 * replaced 10,000-article site took longer than rendering the pages that
 * changed, and nobody waits for it: the new site is already in place.
 * Falls back to removing it now when no process can be started.
 */
async function removeInBackground(dir: string): Promise<void> {
  const trash = path.join(path.dirname(dir), `${TRASH_PREFIX}${path.basename(dir)}`);
  try {
    await rename(dir, trash);
  } catch (error) {
    // Trash of that name still being removed, or a file system that refuses: remove it now.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') await removeNow(dir);
    return;
  }
  try {
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', trash], { detached: true, stdio: 'ignore' });
    child.on('error', () => { void removeNow(trash).catch(() => {}); });
    child.unref();
  } catch {
    await removeNow(trash);
  }
}

/** Remove a replaced tree, now or in the background. */
export function removeTree(dir: string, how: TreeRemoval): Promise<void> {
  return how === 'background' ? removeInBackground(dir) : removeNow(dir);
}

/**
 * Remove trash left beside `outDir` by earlier builds whose background
 * removal never finished (the machine stopped, say). Only names this module
 * creates are touched.
 */
export async function sweepTrash(outDir: string, how: TreeRemoval): Promise<void> {
  const parent = path.dirname(outDir);
  const mine = `${TRASH_PREFIX}.${path.basename(outDir)}.old-`;
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return;
  }
  for (const entry of entries.filter((e) => e.startsWith(mine)).sort()) await removeTree(path.join(parent, entry), how);
}
