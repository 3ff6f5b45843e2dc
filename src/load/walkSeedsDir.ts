import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, SkippedFile } from '../types.js';

/** A regular file found under seeds/, not yet read. */
export interface FoundFile {
  /** Posix path relative to seeds/. */
  readonly path: string;
  /** Absolute path to read (the link itself for an in-tree symlink). */
  readonly absolute: string;
}

/** Everything in seeds/: files to consider, entries not followed, and problems. */
export interface WalkResult {
  readonly files: FoundFile[];
  readonly skipped: SkippedFile[];
  readonly diagnostics: Diagnostic[];
}

/**
 * List every entry under `root` recursively. Nothing is dropped silently:
 * hidden entries, special files, symlinked directories and links leading
 * out of seeds/ are reported in `skipped` (links out also get a warning,
 * since they can expose files the archivist did not mean to publish).
 * Listing order is not sorted here; the caller sorts.
 */
export async function walkSeedsDir(root: string): Promise<WalkResult> {
  const out: WalkResult = { files: [], skipped: [], diagnostics: [] };
  const realRoot = await realpath(root);
  await walk(root, '', realRoot, out);
  return out;
}

async function walk(dir: string, rel: string, realRoot: string, out: WalkResult): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.diagnostics.push(unreadable(rel === '' ? '.' : rel, error));
    return;
  }
  for (const entry of entries) {
    const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
    const absolute = path.join(dir, entry.name);
    if (entry.name.startsWith('.')) {
      out.skipped.push({ path: relPath, reason: entry.isDirectory() ? 'hidden directory: not read' : 'hidden file: not a seed' });
    } else if (entry.isSymbolicLink()) {
      await followLink(relPath, absolute, realRoot, out);
    } else if (entry.isDirectory()) {
      await walk(absolute, relPath, realRoot, out);
    } else if (entry.isFile()) {
      out.files.push({ path: relPath, absolute });
    } else {
      out.skipped.push({ path: relPath, reason: 'not a regular file (device, socket or pipe)' });
    }
  }
}

/** Follow a symlink only when it stays inside seeds/ and points at a file. */
async function followLink(relPath: string, absolute: string, realRoot: string, out: WalkResult): Promise<void> {
  let target: string;
  try {
    target = await realpath(absolute);
  } catch {
    out.skipped.push({ path: relPath, reason: 'broken symlink' });
    return;
  }
  const inside = target === realRoot || target.startsWith(realRoot + path.sep);
  if (!inside) {
    out.skipped.push({ path: relPath, reason: 'symlink to a file outside seeds/: not followed' });
    out.diagnostics.push({
      code: codes.LOAD_SYMLINK_OUTSIDE, severity: 'warning', file: relPath,
      message: `${relPath} is a symlink that leads out of seeds/; it was not read`,
      hint: 'Copy the file into seeds/ if it is meant to be a seed.',
    });
    return;
  }
  const info = await stat(target).catch(() => null);
  if (info === null) out.skipped.push({ path: relPath, reason: 'symlink whose target vanished while reading' });
  else if (info.isFile()) out.files.push({ path: relPath, absolute });
  else out.skipped.push({ path: relPath, reason: 'symlink to a directory: not followed (avoids loops and double counting)' });
}

/** An error diagnostic for a file or directory the OS would not let us read. */
export function unreadable(file: string, error: unknown): Diagnostic {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown error';
  return {
    code: codes.LOAD_UNREADABLE, severity: 'error', file,
    message: `${file} could not be read (${code})`,
    hint: code === 'EACCES' || code === 'EPERM'
      ? 'Give the build user read permission (e.g. chmod a+r), or move the file out of seeds/.'
      : 'Check that the file exists and is readable, then rebuild.',
  };
}
