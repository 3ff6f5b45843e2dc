import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, KnownSeed, LoadedSeeds, Result, SeedFile, SeedSidecar, SkippedFile } from '../types.js';
import { SIDECAR_SUFFIX, attachSidecars } from './attachSidecars.js';
import { decodeText } from './decodeText.js';
import { unreadable, walkSeedsDir, type FoundFile } from './walkSeedsDir.js';
import { appendAll } from '../appendAll.js';
import { statStamp, type FileStamp } from './fileStamp.js';

/** Seeds are clipped articles; anything this big is a mistake (a video, a dump). */
export const MAX_SEED_BYTES = 50 * 1024 * 1024;
/** Files read at once: enough to overlap IO, few enough never to hit EMFILE. */
const CONCURRENCY = 16;

/** Seams for tests: how to read a file and how big a file may be. */
export interface ReadSeedsOptions {
  /** Default: a synchronous read of each file (see `readSmallFile`). */
  readonly readFile?: (absolutePath: string) => Promise<Uint8Array>;
  readonly maxBytes?: number;
  /**
   * Keep each seed's decoded text and bytes (default). Without them a seed
   * is its path, hash, encoding and sidecar, and extraction reads it again
   * (`rereadSeed`) when it is not in the cache: the whole corpus never sits
   * in memory (at 100,000 seeds that is close to two gigabytes).
   */
  readonly keepContents?: boolean;
  /**
   * Seeds an earlier build read (see `readSeedStats`), by path: without
   * contents, a seed whose size, times and inode are unchanged is not read
   * again, its hash, encoding and diagnostics are taken from here.
   */
  readonly known?: ReadonlyMap<string, KnownSeed>;
  /**
   * Stamps of files already taken this build (see `inputFingerprint`), by
   * path as `seedsDir` + separator + relative path; a seed without one is
   * stat'ed here.
   */
  readonly stamps?: ReadonlyMap<string, FileStamp>;
}

const NO_BYTES = new Uint8Array(0);

/** Map a file name to a seed kind; null for anything that is not a seed. */
function seedKind(file: string): SeedFile['kind'] | null {
  const lower = file.toLowerCase();
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.md')) return 'markdown';
  return null;
}

/** Why a non-seed file is skipped: tell the archivist how to make it count. */
function skipReason(file: string): string {
  const lower = file.toLowerCase();
  if (lower.endsWith('.meta.yaml')) return `not a sidecar: sidecars are named <seed>${SIDECAR_SUFFIX}`;
  if (lower.endsWith('.markdown')) return 'not a seed: only .txt and .md are read (rename to .md)';
  return 'not a seed: only .txt and .md are read';
}

/**
 * Read every seed under `seedsDir`: the only module that reads seeds from
 * disk. Paths are posix, relative and sorted in code-unit order, so the
 * result never depends on directory listing order. Each seed is hashed
 * (sha256 of its bytes), decoded (see `decodeText`) and paired with its
 * `.meta.yml` sidecar. Every file ends up in `seeds`, as an attached
 * sidecar, in `skipped` with a reason, or in an error diagnostic.
 * @param seedsDir the seeds directory (absolute or relative to the cwd)
 */
export async function readSeeds(seedsDir: string, options: ReadSeedsOptions = {}): Promise<Result<LoadedSeeds>> {
  const read = options.readFile ?? null;
  const keep = options.keepContents ?? true;
  const maxBytes = options.maxBytes ?? MAX_SEED_BYTES;
  let walked;
  try {
    walked = await walkSeedsDir(seedsDir);
  } catch (error) {
    return { value: { seeds: [], skipped: [] }, diagnostics: [unreadable(seedsDir, error)] };
  }
  const diagnostics: Diagnostic[] = [...walked.diagnostics];
  const skipped: SkippedFile[] = [...walked.skipped];
  const files = [...walked.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seedFiles = files.filter((f) => seedKind(f.path) !== null);
  const sidecarFiles = files.filter((f) => f.path.endsWith(SIDECAR_SUFFIX));
  for (const f of files) {
    if (seedKind(f.path) === null && !f.path.endsWith(SIDECAR_SUFFIX)) skipped.push({ path: f.path, reason: skipReason(f.path) });
  }
  const match = attachSidecars(seedFiles.map((f) => f.path), sidecarFiles.map((f) => f.path));
  appendAll(skipped, match.orphans);

  const wanted = new Set(match.bySeed.values());
  const sidecarTexts = new Map<string, string>();
  const sidecarResults = await mapLimit(sidecarFiles.filter((f) => wanted.has(f.path)), (f) => loadText(f, read, maxBytes));
  for (const r of sidecarResults) {
    diagnostics.push(...r.diagnostics);
    if (r.value !== null) sidecarTexts.set(r.value.file.path, r.value.text);
  }

  const known = new Map<string, KnownSeed>();
  const seedResults = new Array<Result<LoadedText | null>>(seedFiles.length);
  // Seeds known to be unchanged are settled in one pass, without a promise each
  // (at 100,000 seeds those cost a second); the rest are read below.
  const toRead: { index: number; stamp: FileStamp | null }[] = [];
  seedFiles.forEach((f, index) => {
    if (keep) {
      toRead.push({ index, stamp: null });
      return;
    }
    // Stamp first: a file that changes while it is read is recorded as it was before, and read again next time.
    const stamp = read === null ? options.stamps?.get(f.absolute) ?? statStamp(f.absolute) : null;
    const before = options.known?.get(f.path);
    if (stamp !== null && before !== undefined && stamp.key === before.stamp) {
      known.set(f.path, before);
      seedResults[index] = { value: { file: f, bytes: NO_BYTES, text: '', encoding: before.encoding, hash: before.hash }, diagnostics: before.diagnostics };
    } else toRead.push({ index, stamp });
  });
  await mapLimit(toRead, async ({ index, stamp }) => {
    const f = seedFiles[index]!;
    const loaded = await loadText(f, read, maxBytes);
    if (keep || loaded.value === null) {
      seedResults[index] = loaded;
      return;
    }
    if (stamp !== null) known.set(f.path, { stamp: stamp.key, changedMs: stamp.changedMs, hash: loaded.value.hash, encoding: loaded.value.encoding, diagnostics: loaded.diagnostics });
    seedResults[index] = { ...loaded, value: { ...loaded.value, bytes: NO_BYTES, text: '' } };
  });
  const seeds: SeedFile[] = [];
  const byHash = new Map<string, string>();
  for (const r of seedResults) {
    diagnostics.push(...r.diagnostics);
    if (r.value === null) continue;
    const { file, bytes, text, encoding, hash } = r.value;
    const sidecarPath = match.bySeed.get(file.path);
    const sidecarRaw = sidecarPath === undefined ? undefined : sidecarTexts.get(sidecarPath);
    const sidecar: SeedSidecar | null = sidecarPath !== undefined && sidecarRaw !== undefined ? { path: sidecarPath, raw: sidecarRaw } : null;
    const twin = byHash.get(hash);
    if (twin !== undefined) {
      diagnostics.push({
        code: codes.LOAD_DUPLICATE_CONTENT, severity: 'warning', file: file.path,
        message: `${file.path} has exactly the same bytes as ${twin}`,
        hint: 'Delete one copy unless both are meant to be published.',
      });
    } else byHash.set(hash, file.path);
    seeds.push({ path: file.path, kind: seedKind(file.path)!, raw: text, bytes, hash, encoding, sidecar });
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { value: { seeds, skipped, ...(keep ? {} : { known }) }, diagnostics };
}

interface LoadedText {
  readonly file: FoundFile;
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly encoding: SeedFile['encoding'];
  readonly hash: string;
}

/**
 * A seed loaded without its contents (`keepContents: false`), with them:
 * the file is read and decoded again, and must still have the hash it was
 * loaded with. Throws when it cannot be read or has changed since.
 * @param seedsDir the directory the seed was loaded from
 */
export function rereadSeed(seedsDir: string, seed: SeedFile, maxBytes = MAX_SEED_BYTES): SeedFile {
  const bytes = readSmallFile(path.resolve(seedsDir, seed.path), maxBytes);
  if (typeof bytes === 'number' || createHash('sha256').update(bytes).digest('hex') !== seed.hash) throw new Error(`${seed.path} changed while the site was being built`);
  const decoded = decodeText(bytes, seed.path).value;
  if (decoded === null) throw new Error(`${seed.path} changed while the site was being built`);
  return { ...seed, raw: decoded.text, bytes };
}

/** Read, size-check, hash and decode one file; problems become diagnostics. */
async function loadText(
  file: FoundFile, read: ((p: string) => Promise<Uint8Array>) | null, maxBytes: number,
): Promise<Result<LoadedText | null>> {
  const tooLarge = (size: number): Result<null> => ({
    value: null,
    diagnostics: [{
      code: codes.LOAD_TOO_LARGE, severity: 'error', file: file.path,
      message: `${file.path} is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for a seed`,
      hint: 'A seed is one clipped article: split the file, or move it out of seeds/.',
    }],
  });
  let bytes: Uint8Array;
  try {
    if (read === null) {
      const got = readSmallFile(file.absolute, maxBytes);
      if (typeof got === 'number') return tooLarge(got);
      bytes = got;
    } else {
      // Check the size before reading, so a stray multi-gigabyte file costs nothing.
      const info = await stat(file.absolute).catch(() => null);
      if (info !== null && info.size > maxBytes) return tooLarge(info.size);
      bytes = new Uint8Array(await read(file.absolute));
    }
  } catch (error) {
    return { value: null, diagnostics: [unreadable(file.path, error)] };
  }
  if (bytes.length > maxBytes) return tooLarge(bytes.length);
  const decoded = decodeText(bytes, file.path);
  if (decoded.value === null) return { value: null, diagnostics: decoded.diagnostics };
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { value: { file, bytes, hash, ...decoded.value }, diagnostics: decoded.diagnostics };
}

/** Scratch space for checking that a file has no bytes beyond its stated size. */
const PROBE = new Uint8Array(65536);

/**
 * Read a whole file synchronously: one open, fstat, read and close, with no
 * thread-pool round trips. Seeds are small and usually in the page cache,
 * where this is several times faster than async reads of thousands of
 * files. Returns the size instead when it is over `maxBytes` (checked
 * before reading, so a stray multi-gigabyte file costs nothing).
 */
function readSmallFile(absolute: string, maxBytes: number): Uint8Array | number {
  const fd = openSync(absolute, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return size;
    const bytes = new Uint8Array(size);
    let length = 0;
    for (let n = 1; length < size && n > 0; length += n) n = readSync(fd, bytes, length, size - length, null);
    if (length < size) return bytes.slice(0, length);
    // Read to the end, whatever fstat said: the file may have grown meanwhile.
    const more: Uint8Array[] = [];
    for (;;) {
      const n = readSync(fd, PROBE, 0, PROBE.length, null);
      if (n === 0) break;
      more.push(PROBE.slice(0, n));
    }
    if (more.length === 0) return bytes;
    const all = new Uint8Array(size + more.reduce((sum, c) => sum + c.length, 0));
    all.set(bytes);
    let at = size;
    for (const c of more) { all.set(c, at); at += c.length; }
    return all;
  } finally {
    closeSync(fd);
  }
}

/** `Promise.all(items.map(fn))` with at most CONCURRENCY calls in flight; keeps order. */
async function mapLimit<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}
