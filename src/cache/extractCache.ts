import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractedSeed, SeedFile } from '../types.js';
import { KEY_LENGTH, decodeEntry, encodeEntry, encodeIndex, headLength, indexSegment, readIndex, type EntrySpan } from './extractPack.js';
import { hashText } from './hashText.js';

/**
 * Extraction results by seed content: the slow part of a rebuild is
 * extraction (Markdown through unified), and its result is a pure function
 * of the seed, its sidecar and the code.
 */
export interface ExtractCache {
  get(seed: SeedFile): ExtractedSeed | undefined;
  set(seed: SeedFile, value: ExtractedSeed): void;
  readonly hits: number;
  readonly misses: number;
  /** Persist this build's entries; stale ones are dropped once they pile up. */
  save(): Promise<void>;
  /** The open descriptor of a segment that bodies of this build's hits point into (see `decodeEntry`); open until `close`. */
  bodyFile(file: string): number | null;
  /** Close the segments, and remove those `save` replaced (bodies pointing into them are dead from here on). */
  close(): Promise<void>;
}

/** Segment files: `extract-<stamp>.bin`, each a run of entries (see `extractPack`). */
const SEGMENT = /^extract-[0-9a-z-]+\.bin$/;
/** The pack of earlier versions, removed on the next save. */
const OLD_PACK = 'extract.ndjson';
/** Entries per segment file: written while later batches are extracted, and never one huge buffer. */
const FLUSH_EVERY = 1000;
/** More segment files than this (one per incremental build) are merged on the next save. */
const MAX_SEGMENTS = 64;

/** The cache key of a seed: everything `extractSeed` reads, plus the code version. */
export function seedKey(seed: SeedFile, codeKey: string): string {
  return hashText(codeKey, seed.path, seed.kind, seed.encoding, seed.hash, seed.sidecar?.path ?? '', seed.sidecar === null ? '\u0000none' : seed.sidecar.raw);
}

/** A cache that remembers nothing (`--no-cache`). */
function noCache(): ExtractCache {
  let misses = 0;
  return { get: () => { misses++; return undefined; }, set: () => {}, hits: 0, get misses() { return misses; }, save: async () => {}, bodyFile: () => null, close: async () => {} };
}

function isExtractedSeed(value: unknown, seed: SeedFile): value is ExtractedSeed {
  const v = value as Partial<ExtractedSeed> | null;
  return typeof v === 'object' && v !== null && v.seed === seed.path && Array.isArray(v.records) && Array.isArray(v.diagnostics);
}

/** A cached entry: which segment file holds it (absolute path), and where. */
interface StoredEntry extends EntrySpan {
  readonly segment: string;
}

/**
 * Open the extraction cache in `cacheDir`: segment files of binary entries
 * (see `extractPack`), each with an index file of where its entries sit.
 * Only the indexes are read up front; a hit reads the head of its entry
 * from its segment (one `pread`), and its records' bodies stay where they
 * are, pointed at (the build reads each back for its page), so a warm
 * build never holds the cache in memory (2.7 GB at 100,000 articles) nor
 * copies its bodies. A build adds a segment with its new entries only;
 * once stale entries outnumber live ones, or segments pile up, the live
 * ones are copied (bytes as they are) into fresh segments and the old ones
 * removed when the build is done with them (`close`). A segment without a
 * usable index is scanned; a cut-short or damaged entry is a miss, never
 * an error.
 * @param signalsKey the key of what records' signals are computed with (the
 *   taxonomy): a hit whose signals were made under it comes back without
 *   its text, which is then never decoded (see `decodeEntry`)
 */
export async function openExtractCache(cacheDir: string | null, codeKey: string, signalsKey: string | null = null): Promise<ExtractCache> {
  if (cacheDir === null) return noCache();
  const entries = new Map<string, StoredEntry>();
  const segments: string[] = [];
  let stored = 0;
  try {
    for (const name of (await readdir(cacheDir)).filter((n) => SEGMENT.test(n)).sort()) {
      const file = path.join(cacheDir, name);
      segments.push(file);
      for (const span of await segmentSpans(file)) {
        entries.set(span.key, { ...span, segment: file });
        stored++;
      }
    }
  } catch { /* no cache yet */ }
  const files = new Map<string, number | null>();
  const open = (file: string): number | null => {
    let fd = files.get(file);
    if (fd === undefined) {
      try {
        fd = openSync(file, 'r');
      } catch {
        fd = null;
      }
      files.set(file, fd);
    }
    return fd;
  };
  /** An entry's first `length` bytes (all of it by default). */
  const read = (entry: StoredEntry, length = entry.length): Buffer | null => {
    const fd = open(entry.segment);
    if (fd === null) return null;
    const bytes = Buffer.allocUnsafeSlow(length);
    try {
      return readSync(fd, bytes, 0, length, entry.offset) === length ? bytes : null;
    } catch {
      return null;
    }
  };
  const closeFiles = (): void => {
    for (const fd of files.values()) if (fd !== null) closeSync(fd);
    files.clear();
  };
  const used = new Set<string>();
  /** Entries this build keeps: hits (where they are stored) and new results (their bytes). */
  const kept: StoredEntry[] = [];
  const added: Buffer[] = [];
  const written: string[] = [];
  /** Segments replaced by this build's: removed at `close`, once no body is read from them. */
  const obsolete: string[] = [];
  let hits = 0;
  let misses = 0;
  let sequence = 0;
  // Whether this build rewrites the cache: its live entries are copied into fresh segments, the old ones dropped.
  const compacting = (): boolean => stored - hits > Math.max(256, used.size) || segments.length >= MAX_SEGMENTS;
  const ready = mkdir(cacheDir, { recursive: true }).then(() => true, () => false);
  const stamp = `${Date.now().toString(36)}-${process.pid.toString(36)}`;
  const writeSegment = async (chunk: readonly Buffer[]): Promise<void> => {
    if (chunk.length === 0 || !(await ready)) return;
    const file = path.join(cacheDir, `extract-${stamp}-${(sequence++).toString(36).padStart(4, '0')}.bin`);
    const data = Buffer.concat(chunk);
    // Each entry starts with its key; its place is the sum of those before it.
    let offset = 0;
    const spans = chunk.map((entry): EntrySpan => {
      const span = { key: entry.toString('latin1', 0, KEY_LENGTH), offset, length: entry.length, head: headLength(entry)! };
      offset += entry.length;
      return span;
    });
    // Written aside and renamed, index first: a crash never leaves half a
    // segment under a segment name, nor a segment with a wrong index.
    const index = indexName(file);
    await writeFile(`${index}.tmp`, encodeIndex(spans));
    await rename(`${index}.tmp`, index);
    await writeFile(`${file}.tmp`, data);
    await rename(`${file}.tmp`, file);
    written.push(file);
  };
  let flushing: Promise<void> = Promise.resolve();
  // A missed seed comes back to `set` as the same object: its key is hashed once.
  const keys = new WeakMap<SeedFile, string>();
  const keyOf = (seed: SeedFile): string => keys.get(seed) ?? seedKey(seed, codeKey);
  return {
    get(seed) {
      const key = seedKey(seed, codeKey);
      keys.set(seed, key);
      const entry = entries.get(key);
      entries.delete(key);
      const bytes = entry === undefined ? null : read(entry, entry.head);
      // The entry starts with its key: a segment rewritten under the index reads as a miss.
      if (entry !== undefined && bytes !== null && bytes.toString('latin1', 0, KEY_LENGTH) === key) {
        const value = decodeEntry(bytes, { signalsKey, storedAt: { file: entry.segment, offset: entry.offset }, whole: () => read(entry) });
        if (value !== undefined && isExtractedSeed(value, seed)) {
          hits++;
          used.add(key);
          kept.push(entry);
          return value;
        }
      }
      misses++;
      return undefined;
    },
    set(seed, value) {
      const key = keyOf(seed);
      if (used.has(key)) return;
      used.add(key);
      added.push(encodeEntry(key, value, value.records.every((record) => record.signals !== undefined) ? signalsKey : null));
      // A cold build of many seeds would otherwise hold every entry until the end
      // (2 GB at 100,000 articles). New entries go into new segments, compacting or not.
      if (added.length >= FLUSH_EVERY) {
        const chunk = added.splice(0);
        flushing = flushing.then(() => writeSegment(chunk)).catch(() => {});
      }
    },
    get hits() { return hits; },
    get misses() { return misses; },
    async save() {
      await flushing;
      if (compacting()) {
        // Live entries are copied a segment's worth at a time, never all at once.
        for (let i = 0; i < kept.length; i += FLUSH_EVERY) {
          const chunk = kept.slice(i, i + FLUSH_EVERY).map((entry) => read(entry)).filter((bytes): bytes is Buffer => bytes !== null);
          await writeSegment(chunk);
        }
        for (let i = 0; i < added.length; i += FLUSH_EVERY) await writeSegment(added.slice(i, i + FLUSH_EVERY));
        // Removed at `close`: this build's hits still point into them.
        obsolete.push(...segments.splice(0));
      } else {
        for (let i = 0; i < added.length; i += FLUSH_EVERY) await writeSegment(added.slice(i, i + FLUSH_EVERY));
      }
      segments.push(...written.splice(0));
      added.length = 0;
      kept.length = 0;
      await unlink(path.join(cacheDir, OLD_PACK)).catch(() => {});
    },
    bodyFile: (file) => files.get(file) ?? null,
    async close() {
      closeFiles();
      const gone = obsolete.splice(0).flatMap((file) => [file, indexName(file)]);
      await Promise.all(gone.map((file) => unlink(file).catch(() => {})));
    },
  };
}

/** The index file of a segment. */
function indexName(segment: string): string {
  return segment.replace(/\.bin$/, '.idx');
}

/** Where the entries of a segment file are: from its index when that is sound, else by reading the segment. */
async function segmentSpans(file: string): Promise<EntrySpan[]> {
  const size = await stat(file).then((s) => s.size, () => -1);
  if (size < 0) return [];
  const index = await readFile(indexName(file)).catch(() => null);
  const spans = index === null ? null : readIndex(index, size);
  if (spans !== null) return spans;
  return indexSegment(await readFile(file).catch(() => Buffer.alloc(0)));
}
