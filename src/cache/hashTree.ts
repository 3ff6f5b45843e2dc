import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { RACY_MS, type FileStamp } from '../load/fileStamp.js';
import { inputFingerprint } from './inputFingerprint.js';
import { hashParts, hashText } from './hashText.js';

/**
 * sha256 over every file below `dir` (relative path + bytes, in sorted
 * order), optionally only files whose name passes `keep`. A missing
 * directory hashes to a fixed value, so "no public/" is a state like any other.
 */
export async function hashTree(dir: string, keep: (name: string) => boolean = () => true): Promise<string> {
  const files = await listTree(dir, keep);
  return files === null ? MISSING : hashFiles(dir, files);
}

/** What `hashTreeRemembered` keeps of the last hash it made. */
interface TreeMemo {
  readonly format: 1;
  /** The `inputFingerprint` of the tree the hash was made from. */
  readonly stamps: string;
  readonly hash: string;
}

/**
 * `hashTree`, remembered in `memoFile` with the fingerprint of what is below
 * `dir` (`inputFingerprint`: every entry's path and stamp, i.e. size, times
 * and inode): while that fingerprint holds, the hash is taken from there,
 * and no file is read. The generator hashes its own code on every build
 * (3 MB, ~40 ms: a tenth of a no-change rebuild); stat'ing its 200 files
 * takes a few milliseconds. A hash is remembered only when nothing below
 * `dir` changed within `RACY_MS` of it being made, the rule the seed stamps
 * follow. A memo that cannot be read or written is no memo.
 * @param now the clock (tests move it on rather than wait)
 */
export async function hashTreeRemembered(dir: string, keep: (name: string) => boolean, memoFile: string, now: () => number = Date.now): Promise<string> {
  const stamps = new Map<string, FileStamp>();
  const fingerprint = await inputFingerprint([dir], 'tree', stamps);
  const memo = readMemo(memoFile);
  if (memo?.stamps === fingerprint) return memo.hash;
  const hash = await hashTree(dir, keep);
  let newest = -Infinity;
  for (const stamp of stamps.values()) newest = Math.max(newest, stamp.changedMs);
  if (newest < now() - RACY_MS) writeMemo(memoFile, { format: 1, stamps: fingerprint, hash });
  return hash;
}

const MISSING = hashText('missing');

/** The files below `dir` whose name passes `keep`, as sorted `/`-separated relative paths; null when `dir` is missing. */
async function listTree(dir: string, keep: (name: string) => boolean): Promise<string[] | null> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return entries.filter((e) => e.isFile() && keep(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function hashFiles(dir: string, files: readonly string[]): string {
  const parts: (string | Uint8Array)[] = [];
  // Read synchronously: nothing else runs meanwhile, and a promise per file made the
  // generator's own code (~200 files, hashed by every build) take 100 ms instead of 30.
  for (const file of files) parts.push(file, readFileSync(path.join(dir, file)));
  return hashParts(parts);
}

function readMemo(file: string): TreeMemo | null {
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as Partial<TreeMemo>;
    return memo.format === 1 && typeof memo.stamps === 'string' && typeof memo.hash === 'string' ? memo as TreeMemo : null;
  } catch {
    return null;
  }
}

/** Written aside and renamed: a reader never sees half a memo. */
function writeMemo(file: string, memo: TreeMemo): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, JSON.stringify(memo));
    renameSync(temp, file);
  } catch {
    // The next build hashes the files again; a temporary file left half-written goes.
    try {
      rmSync(temp, { force: true });
    } catch { /* its folder is not there either */ }
  }
}
