import { createReadStream } from 'node:fs';
import { appendFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import type { ExtractedSeed, SeedFile } from '../types.js';
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
}

const PACK = 'extract.ndjson';
/** Entries buffered before they are appended to the pack. */
const FLUSH_EVERY = 500;

/** The cache key of a seed: everything `extractSeed` reads, plus the code version. */
export function seedKey(seed: SeedFile, codeKey: string): string {
  return hashText(codeKey, seed.path, seed.kind, seed.encoding, seed.hash, seed.sidecar?.path ?? '', seed.sidecar === null ? '\u0000none' : seed.sidecar.raw);
}

/** A cache that remembers nothing (`--no-cache`). */
function noCache(): ExtractCache {
  let misses = 0;
  return { get: () => { misses++; return undefined; }, set: () => {}, hits: 0, get misses() { return misses; }, save: async () => {} };
}

function isExtractedSeed(value: unknown, seed: SeedFile): value is ExtractedSeed {
  const v = value as Partial<ExtractedSeed> | null;
  return typeof v === 'object' && v !== null && v.seed === seed.path && Array.isArray(v.records) && Array.isArray(v.diagnostics);
}

/**
 * Open the extraction cache in `cacheDir`, an append-only pack of
 * `key<TAB>json` lines read as a stream (a 100k-seed pack is larger than the
 * longest string V8 allows). A line that is cut short or does not parse is a
 * miss, never an error.
 */
export async function openExtractCache(cacheDir: string | null, codeKey: string): Promise<ExtractCache> {
  if (cacheDir === null) return noCache();
  const file = path.join(cacheDir, PACK);
  const lines = new Map<string, string>();
  let stored = 0;
  try {
    const input = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of input) {
      const tab = line.indexOf('\t');
      if (tab !== 64) continue;
      lines.set(line.slice(0, tab), line.slice(tab + 1));
      stored++;
    }
  } catch {
    lines.clear();
    stored = 0;
  }
  const used = new Set<string>();
  const added: string[] = [];
  let hits = 0;
  let misses = 0;
  // Whether this build will rewrite the pack (then nothing is appended early).
  const compacting = (): boolean => stored - hits > Math.max(256, used.size);
  let flushing: Promise<void> = mkdir(cacheDir, { recursive: true }).then(() => {}, () => {});
  return {
    get(seed) {
      const key = seedKey(seed, codeKey);
      const json = lines.get(key);
      lines.delete(key);
      if (json !== undefined) {
        try {
          const value: unknown = JSON.parse(json);
          if (isExtractedSeed(value, seed)) {
            hits++;
            used.add(key);
            return value;
          }
        } catch { /* a damaged entry is a miss */ }
      }
      misses++;
      return undefined;
    },
    set(seed, value) {
      const key = seedKey(seed, codeKey);
      if (used.has(key)) return;
      used.add(key);
      added.push(`${key}\t${JSON.stringify(value)}`);
      // A cold 100k build would otherwise hold every entry's JSON until the end.
      if (added.length >= FLUSH_EVERY && !compacting()) flushing = flushing.then(() => appendLines(file, added.splice(0))).catch(() => {});
    },
    get hits() { return hits; },
    get misses() { return misses; },
    async save() {
      await flushing;
      if (compacting()) {
        await compact(file, used, added);
      } else if (added.length > 0) {
        // A leading newline ends any line a crashed build left half-written.
        await appendLines(file, added);
      }
      added.length = 0;
    },
  };
}

/** Rewrite the pack with only the entries this build used (atomic rename). */
async function compact(file: string, keep: ReadonlySet<string>, added: readonly string[]): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  const kept: string[] = [];
  try {
    const input = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of input) if (line.indexOf('\t') === 64 && keep.has(line.slice(0, 64))) kept.push(line);
  } catch { /* start afresh */ }
  await writeFile(temp, '');
  await appendLines(temp, [...kept, ...added]);
  await rename(temp, file);
}

/**
 * Append lines in chunks: one joined string of a 100k-seed cache would pass
 * V8's string length limit. The leading newline ends any line a crashed
 * build left half-written.
 */
async function appendLines(file: string, lines: readonly string[]): Promise<void> {
  for (let i = 0; i < lines.length; i += 500) await appendFile(file, `\n${lines.slice(i, i + 500).join('\n')}\n`);
}
