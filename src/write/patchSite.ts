import { lstatSync } from 'node:fs';
import { mkdir, rename, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { assertSafeOutputPath } from '../plan/outputPath.js';

/** Changes to apply to a built site: files to put in place (from staging) and files to remove. */
export interface SitePatch {
  readonly put: readonly string[];
  readonly remove: readonly string[];
}

interface Step {
  readonly file: string;
  /** The file it replaces or removes was moved to the backup directory. */
  readonly backedUp: boolean;
  /** The new file was moved into place. */
  placed: boolean;
}

const exists = (file: string): boolean => lstatSync(file, { throwIfNoEntry: false }) !== undefined;

/**
 * Apply a small set of changes to `outDir` in place, as one step that is
 * undone on failure: each replaced or removed file is first moved to
 * `backupDir`, each new file is renamed in from `stagingDir` (same file
 * system: no bytes copied), and if any move fails every move made so far is
 * reversed before the error is rethrown, leaving `outDir` as it was.
 *
 * This replaces the whole-directory swap when a rebuild changes a handful
 * of files: a swap needs every unchanged file of a 10,000-article site
 * linked into the new tree (~20,000 links) and the old tree removed, where
 * a one-article edit changes about ten files. Readers may see the site
 * mid-update for the milliseconds the renames take; a failed build never
 * leaves it that way.
 */
export async function patchSite(outDir: string, stagingDir: string, backupDir: string, patch: SitePatch): Promise<void> {
  const steps: Step[] = [];
  const made = new Set<string>();
  const folder = async (dir: string): Promise<void> => {
    if (made.has(dir)) return;
    await mkdir(dir, { recursive: true });
    made.add(dir);
  };
  const backUp = async (file: string): Promise<boolean> => {
    const target = path.join(outDir, file);
    if (!exists(target)) return false;
    const backup = path.join(backupDir, file);
    await folder(path.dirname(backup));
    await rename(target, backup);
    return true;
  };
  try {
    for (const file of patch.put) {
      assertSafeOutputPath(file);
      const step: Step = { file, backedUp: await backUp(file), placed: false };
      steps.push(step);
      await folder(path.dirname(path.join(outDir, file)));
      await rename(path.join(stagingDir, file), path.join(outDir, file));
      step.placed = true;
    }
    for (const file of patch.remove) {
      assertSafeOutputPath(file);
      steps.push({ file, backedUp: await backUp(file), placed: false });
    }
  } catch (error) {
    await undo(outDir, stagingDir, backupDir, steps);
    throw error;
  }
  await removeEmptyFolders(outDir, patch.remove);
}

/**
 * Reverse the steps, newest first: new files back to staging, old ones
 * back in place. A step that cannot be reversed does not stop the others.
 */
async function undo(outDir: string, stagingDir: string, backupDir: string, steps: readonly Step[]): Promise<void> {
  for (const step of [...steps].reverse()) {
    const target = path.join(outDir, step.file);
    try {
      if (step.placed) await rename(target, path.join(stagingDir, step.file));
      if (step.backedUp) await rename(path.join(backupDir, step.file), target);
    } catch {
      // Keep going: every other file still goes back.
    }
  }
}

/** Remove folders left empty by removed files (an article whose slug changed), up to `outDir`. */
async function removeEmptyFolders(outDir: string, removed: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of removed) for (let dir = path.posix.dirname(file); dir !== '.' && dir !== ''; dir = path.posix.dirname(dir)) folders.add(dir);
  // Deepest first, so a parent is tried after its children.
  for (const dir of [...folders].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : 1))) {
    try {
      await rmdir(path.join(outDir, dir));
    } catch {
      // Not empty (or already gone): keep it.
    }
  }
}
