import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Archive, ArticleRecord, EnrichedArticle, Result } from '../types.js';

const FILE = 'enrich.json';
/** Stands for a record's heavy field when it is the input record's own value. */
const SAME = 0;
/** Fields taken back from the input records: the bulk of an archive, never changed by enrichment. */
const HEAVY = ['body', 'text'] as const;
/** Above this size the archive is not cached (V8 strings stop at ~512M characters). */
const MAX_CHARS = 256 * 1024 * 1024;

/**
 * The enriched archive of the last build, if it was made from the same
 * inputs (`key`: code version, taxonomy and the cache key of every seed, in
 * order; records are a pure function of those). Enrichment compares every
 * record with every other, so after a template, public/ or option change this
 * saves the slowest stage. The file starts with its key on a line of its own,
 * so a stale archive is never parsed. Damaged or stale: null.
 * @param inputs the records enrichment was given (their bodies are not stored twice)
 */
export async function readEnrichCache(cacheDir: string | null, key: string, inputs: readonly ArticleRecord[]): Promise<Result<Archive> | null> {
  if (cacheDir === null) return null;
  try {
    const text = await readFile(path.join(cacheDir, FILE), 'utf8');
    if (!text.startsWith(`${key}\n`)) return null;
    const value = JSON.parse(text.slice(key.length + 1)) as Result<Archive>;
    if (!Array.isArray(value.value?.records) || !Array.isArray(value.diagnostics)) return null;
    const byId = new Map(inputs.map((r) => [r.id, r]));
    for (const record of value.value.records as Record<string, unknown>[]) {
      for (const field of HEAVY) {
        if (record[field] !== SAME) continue;
        const input = byId.get(record.id as string);
        if (!input) return null;
        record[field] = input[field];
      }
    }
    return value;
  } catch {
    return null;
  }
}

/** Records per write: the archive is never one string (400 MB at 100,000 articles). */
const CHUNK = 500;

/** Remember the enriched archive for `key` (atomically, written in chunks; too large an archive is skipped). */
export async function writeEnrichCache(cacheDir: string | null, key: string, result: Result<Archive>, inputs: readonly ArticleRecord[]): Promise<void> {
  if (cacheDir === null) return;
  const byId = new Map(inputs.map((r) => [r.id, r]));
  // Body and text are most of an archive's bytes and enrichment passes them
  // through: store a marker, not a second copy (halves peak memory at 10k).
  const slim = (record: EnrichedArticle): Record<string, unknown> => {
    const input = byId.get(record.id);
    const out: Record<string, unknown> = { ...record };
    for (const field of HEAVY) if (input !== undefined && input[field] === record[field]) out[field] = SAME;
    return out;
  };
  // The JSON of { value: { records, ...rest }, ...rest } with the records stringified a chunk at a time.
  const { value: { records, ...value }, ...rest } = result;
  const tail = (object: object): string => {
    const json = JSON.stringify(object);
    return json === '{}' ? '' : `,${json.slice(1, -1)}`;
  };
  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  let chars = 0;
  let complete = false;
  try {
    const write = async (text: string): Promise<void> => {
      chars += text.length;
      if (chars <= MAX_CHARS) await handle.write(text);
    };
    await write(`${key}\n{"value":{"records":[`);
    for (let i = 0; i < records.length && chars <= MAX_CHARS; i += CHUNK) {
      await write(`${i === 0 ? '' : ','}${records.slice(i, i + CHUNK).map((record) => JSON.stringify(slim(record))).join(',')}`);
    }
    await write(`]${tail(value)}}${tail(rest)}}`);
    complete = chars <= MAX_CHARS;
  } finally {
    await handle.close();
    if (complete) await rename(temp, file);
    else await rm(temp, { force: true });
  }
}
