import { closeSync, mkdirSync, openSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { readFile, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleRecord, ExtractedSeed, SeedFile } from '../types.js';
import type { PackRequest } from './packOutcomes.js';
import { KEY_LENGTH, decodeEntry, encodeIndex, headLength, indexSegment, readIndex, type EntrySpan } from './extractPack.js';
import { hashText } from './hashText.js';
import { isAlive } from './isAlive.js';

/**
 * Extraction results by seed content: the slow part of a rebuild is
 * extraction (Markdown through unified), and its result is a pure function
 * of the seed, its sidecar and the code.
 */
export interface ExtractCache {
  get(seed: SeedFile): ExtractedSeed | undefined;
  /**
   * How to make these seeds' entries (see `packOutcomes`): their keys, and
   * what records' signals are made with. Null when entries are not kept
   * (`--no-cache`): results then need not be packed.
   */
  packRequest(seeds: readonly SeedFile[]): PackRequest | null;
  /**
   * Store a seed's entry (made as `packRequest` says: see `encodeEntry`) and
   * give its extraction back as a hit of it would be: bodies pointing where
   * they lie in the segment, texts left out when the signals are current.
   * The entry is written out at once, so its bodies are never copied
   * elsewhere; one that cannot be written is decoded whole instead (bodies
   * in memory). Undefined when the entry is damaged.
   */
  put(seed: SeedFile, entry: Uint8Array): ExtractedSeed | undefined;
  readonly hits: number;
  readonly misses: number;
  /** Persist this build's entries; stale ones are dropped once they pile up. */
  save(): Promise<void>;
  /** The key of a seed (see `seedKey`), made once per seed object. */
  keyOf(seed: SeedFile): string;
  /**
   * The `enrichmentDigest` of a record this cache gave (a hit's, or a new
   * entry's), as its entry stores it; undefined for any other record, or
   * one whose signals were made again (another taxonomy).
   */
  enrichmentDigest(record: ArticleRecord): string | undefined;
  /** The open descriptor of a segment that bodies of this build's hits point into (see `decodeEntry`); open until `close`. */
  bodyFile(file: string): number | null;
  /** Close the segments, and remove those `save` replaced (bodies pointing into them are dead from here on). */
  close(): Promise<void>;
}

/** Segment files: `extract-<stamp>.bin`, each a run of entries (see `extractPack`). */
const SEGMENT = /^extract-[0-9a-z-]+\.bin$/;
/** The pack of earlier versions, removed on the next save. */
const OLD_PACK = 'extract.ndjson';
/**
 * Bytes per segment file: a segment is sealed (indexed, named) once it holds
 * this much. By size, not by entries: at 1,000 entries a segment, a cold
 * build of 100,000 articles made 100 segments, more than MAX_SEGMENTS, and
 * every later build compacted (copied) the whole cache again.
 */
const SEGMENT_BYTES = 64 * 1024 * 1024;
/** A segment still being written: `<name>.tmp`, with the pid of its build in `<name>`. */
const UNSEALED = /^extract-[0-9a-z]+-([0-9a-z]+)-[0-9a-z]+\.(bin|idx)\.tmp$/;
/** More segment files than this (about one per incremental build) are merged on the next save. */
const MAX_SEGMENTS = 64;

/** How big the cache lets its files grow (tests make them small). */
export interface ExtractCacheLimits {
  readonly segmentBytes?: number;
}

/** The cache key of a seed: everything `extractSeed` reads, plus the code version. */
export function seedKey(seed: SeedFile, codeKey: string): string {
  return hashText(codeKey, seed.path, seed.kind, seed.encoding, seed.hash, seed.sidecar?.path ?? '', seed.sidecar === null ? '\u0000none' : seed.sidecar.raw);
}

/** A cache that remembers nothing (`--no-cache`). */
function noCache(codeKey: string): ExtractCache {
  let misses = 0;
  return {
    keyOf: (seed) => seedKey(seed, codeKey),
    get: () => { misses++; return undefined; }, packRequest: () => null, put: (_seed, entry) => decodeEntry(asBuffer(entry)),
    hits: 0, get misses() { return misses; }, save: async () => {}, enrichmentDigest: () => undefined, bodyFile: () => null, close: async () => {},
  };
}

/** A Buffer over the same bytes (an entry from a worker arrives as a plain Uint8Array). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
 * copies its bodies. New entries are appended to this build's segment as
 * they come (`put`), and their bodies pointed at there just the same. A
 * build adds segments with its new entries only;
 * once stale entries outnumber live ones, or segments pile up, the live
 * ones are copied (bytes as they are) into fresh segments and the old ones
 * removed when the build is done with them (`close`). A segment without a
 * usable index is scanned; a cut-short or damaged entry is a miss, never
 * an error.
 * @param signalsKey the key of what records' signals are computed with (the
 *   taxonomy): a hit whose signals were made under it comes back without
 *   its text, which is then never decoded (see `decodeEntry`)
 */
export async function openExtractCache(cacheDir: string | null, codeKey: string, signalsKey: string | null = null, limits: ExtractCacheLimits = {}): Promise<ExtractCache> {
  const segmentBytes = limits.segmentBytes ?? SEGMENT_BYTES;
  if (cacheDir === null) return noCache(codeKey);
  const entries = new Map<string, StoredEntry>();
  const segments: string[] = [];
  let stored = 0;
  try {
    const names = await readdir(cacheDir);
    await removeUnsealed(cacheDir, names);
    for (const name of names.filter((n) => SEGMENT.test(n)).sort()) {
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
  /** Hits: entries this build keeps where they are stored. */
  const kept: StoredEntry[] = [];
  /** Segments this build wrote and sealed. */
  const written: string[] = [];
  /** Segments replaced by this build's: removed at `close`, once no body is read from them. */
  const obsolete: string[] = [];
  let hits = 0;
  let misses = 0;
  let sequence = 0;
  // Whether this build rewrites the cache: its live entries are copied into fresh segments, the old ones dropped.
  const compacting = (): boolean => stored - hits > Math.max(256, used.size) || segments.length >= MAX_SEGMENTS;
  const stamp = `${Date.now().toString(36)}-${process.pid.toString(36)}`;
  const segmentName = (): string => path.join(cacheDir, `extract-${stamp}-${(sequence++).toString(36).padStart(4, '0')}.bin`);
  /** The segment new entries are appended to (`<file>.tmp` until sealed); its descriptor serves their bodies too. */
  let current: { file: string; fd: number; size: number; spans: EntrySpan[] } | null = null;
  /** Set once a write failed: nothing more is written by this build. */
  let failed = false;
  // Written aside and renamed, index first: a crash never leaves half a segment under a segment
  // name, nor a segment with a wrong index. The descriptor stays open for the bodies in it.
  const seal = (): void => {
    if (current === null) return;
    const { file, spans } = current;
    current = null;
    try {
      writeFileSync(`${indexName(file)}.tmp`, encodeIndex(spans));
      renameSync(`${indexName(file)}.tmp`, indexName(file));
      renameSync(`${file}.tmp`, file);
      written.push(file);
    } catch {
      failed = true;
    }
  };
  /** Append an entry to the open segment; where it now lies, or null when it could not be written. */
  const append = (key: string, entry: Buffer): { file: string; offset: number } | null => {
    const head = headLength(entry);
    if (failed || head === null) return null;
    try {
      if (current === null) {
        mkdirSync(cacheDir, { recursive: true });
        const file = segmentName();
        current = { file, fd: openSync(`${file}.tmp`, 'w+'), size: 0, spans: [] };
        files.set(file, current.fd);
      }
      const offset = current.size;
      for (let done = 0; done < entry.length;) done += writeSync(current.fd, entry, done, entry.length - done, offset + done);
      current.size += entry.length;
      current.spans.push({ key, offset, length: entry.length, head });
      const place = { file: current.file, offset };
      if (current.size >= segmentBytes) seal();
      return place;
    } catch {
      failed = true;
      return null;
    }
  };
  // Records are immutable: a digest stays true of the record object it was given with.
  const enrichment = new WeakMap<ArticleRecord, string>();
  const digests = (record: ArticleRecord, digest: string): void => { enrichment.set(record, digest); };
  // A missed seed comes back to `put` as the same object: its key is hashed once.
  const keys = new WeakMap<SeedFile, string>();
  const keyOf = (seed: SeedFile): string => {
    let key = keys.get(seed);
    if (key === undefined) keys.set(seed, key = seedKey(seed, codeKey));
    return key;
  };
  return {
    keyOf,
    get(seed) {
      const key = keyOf(seed);
      const entry = entries.get(key);
      entries.delete(key);
      const bytes = entry === undefined ? null : read(entry, entry.head);
      // The entry starts with its key: a segment rewritten under the index reads as a miss.
      if (entry !== undefined && bytes !== null && bytes.toString('latin1', 0, KEY_LENGTH) === key) {
        const value = decodeEntry(bytes, { signalsKey, storedAt: { file: entry.segment, offset: entry.offset }, whole: () => read(entry), digests });
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
    packRequest: (seeds) => ({ keys: seeds.map(keyOf), signalsKey }),
    put(seed, bytes) {
      const key = keyOf(seed);
      const entry = asBuffer(bytes);
      const place = used.has(key) || entry.toString('latin1', 0, KEY_LENGTH) !== key ? null : append(key, entry);
      if (place === null) return decodeEntry(entry, { signalsKey, digests });
      used.add(key);
      return decodeEntry(entry, { signalsKey, storedAt: { file: place.file, offset: place.offset }, digests });
    },
    get hits() { return hits; },
    get misses() { return misses; },
    enrichmentDigest: (record) => enrichment.get(record),
    async save() {
      seal();
      if (compacting()) {
        // Live entries are copied one by one (bytes as they are), into segments like new ones.
        for (const entry of kept) {
          const bytes = read(entry);
          if (bytes !== null) append(entry.key, bytes);
        }
        seal();
        // Removed at `close` (this build's hits still point into them), and only once every live entry is copied.
        if (!failed) obsolete.push(...segments.splice(0));
      }
      segments.push(...written.splice(0));
      kept.length = 0;
      await unlink(path.join(cacheDir, OLD_PACK)).catch(() => {});
    },
    bodyFile: (file) => files.get(file) ?? null,
    async close() {
      // A segment never sealed (the build stopped before `save`) is not kept.
      const unsealed = current;
      current = null;
      closeFiles();
      if (unsealed !== null) await unlink(`${unsealed.file}.tmp`).catch(() => {});
      const gone = obsolete.splice(0).flatMap((file) => [file, indexName(file)]);
      await Promise.all(gone.map((file) => unlink(file).catch(() => {})));
    },
  };
}

/** Remove the unsealed segments of builds that were killed (their process is gone). */
async function removeUnsealed(cacheDir: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const pid = UNSEALED.exec(name)?.[1];
    if (pid === undefined || isAlive(Number.parseInt(pid, 36))) continue;
    await unlink(path.join(cacheDir, name)).catch(() => {});
  }
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
