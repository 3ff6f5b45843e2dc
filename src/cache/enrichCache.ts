import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Enrichment, RecordEnrichment } from '../enrich/buildArchive.js';

const FILE = 'enrich.json';
const FORMAT = 2;

/** A list of record ids as stored: indexes into the file's table of ids. */
type Refs = readonly number[];
type Stored<T extends { readonly ids: readonly string[] }> = Omit<T, 'ids'> & { readonly ids: Refs };

/**
 * An enrichment as it is stored: every record id once, in `ids`, and every
 * list of ids (related articles, topics, sources, entities, clusters) as
 * indexes into it. An id is listed on six to ten lists; written out each
 * time, the ids were two thirds of the file (7.4 MB at 10,000 articles,
 * ~0.15 s to read on every rebuild that reuses it; 2.6 MB and ~55 ms so).
 */
interface StoredEnrichment {
  readonly format: typeof FORMAT;
  readonly ids: readonly string[];
  readonly order: readonly number[];
  readonly records: readonly (Omit<RecordEnrichment, 'related'> & { readonly related: Refs })[];
  readonly topics: readonly Stored<Enrichment['topics'][number]>[];
  readonly sources: readonly Stored<Enrichment['sources'][number]>[];
  readonly entities: readonly Stored<Enrichment['entities'][number]>[];
  readonly clusters: readonly Stored<Enrichment['clusters'][number]>[];
  readonly diagnostics: Enrichment['diagnostics'];
}

/** The stored form of an enrichment (see `StoredEnrichment`); ids are tabled in the order they are met. */
export function encodeEnrichment(enrichment: Enrichment): StoredEnrichment {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const refs = (list: readonly string[]): number[] => list.map((id) => {
    let at = indexOf.get(id);
    if (at === undefined) indexOf.set(id, at = ids.push(id) - 1);
    return at;
  });
  // `{ ...item, ids }` keeps every key where it was: the decoded objects serialise as the originals did.
  const groups = <T extends { readonly ids: readonly string[] }>(items: readonly T[]): Stored<T>[] => items.map((item) => ({ ...item, ids: refs(item.ids) }));
  const records = enrichment.records.map((record) => ({ ...record, related: refs(record.related) }));
  const { order, topics, sources, entities, clusters, diagnostics } = enrichment;
  return { format: FORMAT, ids, order, records, topics: groups(topics), sources: groups(sources), entities: groups(entities), clusters: groups(clusters), diagnostics };
}

/** The enrichment a stored one holds, or null when it is damaged or is not of `records` records. */
export function decodeEnrichment(stored: Partial<StoredEnrichment>, records: number): Enrichment | null {
  const { ids, order } = stored;
  const lists = [ids, order, stored.records, stored.topics, stored.sources, stored.entities, stored.clusters, stored.diagnostics];
  if (stored.format !== FORMAT || !lists.every(Array.isArray) || order!.length !== records || stored.records!.length !== records) return null;
  if (!order!.every((i) => Number.isInteger(i) && i >= 0 && i < records) || !ids!.every((id) => typeof id === 'string')) return null;
  let sound = true;
  const resolve = (refs: unknown): string[] => {
    if (!Array.isArray(refs)) {
      sound = false;
      return [];
    }
    return refs.map((at: unknown) => {
      if (!Number.isInteger(at) || (at as number) < 0 || (at as number) >= ids!.length) sound = false;
      return ids![at as number] as string;
    });
  };
  const groups = <T extends { readonly ids: readonly string[] }>(items: readonly Stored<T>[]): T[] => items.map((item) => ({ ...item, ids: resolve(item?.ids) }) as unknown as T);
  const enrichment: Enrichment = {
    order: order!,
    records: stored.records!.map((record) => ({ ...record, related: resolve(record?.related) })),
    topics: groups(stored.topics!), sources: groups(stored.sources!), entities: groups(stored.entities!), clusters: groups(stored.clusters!),
    diagnostics: stored.diagnostics!,
  };
  return sound ? enrichment : null;
}

/**
 * The enrichment of the last build (see `Enrichment`), if it was made from
 * the same inputs (`key`: code version, taxonomy and what enrichment reads
 * of every record, in order: see `enrichmentInputs`). Enrichment compares
 * every record with every other, so after a template, public/ or option
 * change, or an edit that leaves what enrichment reads alone (most edits of
 * a body), this saves the slowest stage of a rebuild. The file starts with
 * its key on a line of its own, so a stale one is never decoded. Damaged or
 * stale: null.
 * @param records how many records the enrichment must cover
 */
export async function readEnrichCache(cacheDir: string | null, key: string, records: number): Promise<Enrichment | null> {
  if (cacheDir === null) return null;
  try {
    const bytes = await readFile(path.join(cacheDir, FILE));
    const head = `${key}\n`;
    if (bytes.toString('latin1', 0, head.length) !== head) return null;
    return decodeEnrichment(JSON.parse(bytes.toString('utf8', head.length)) as Partial<StoredEnrichment>, records);
  } catch {
    return null;
  }
}

/** Remember the enrichment made for `key` (atomically). */
export async function writeEnrichCache(cacheDir: string | null, key: string, enrichment: Enrichment): Promise<void> {
  if (cacheDir === null) return;
  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${key}\n${JSON.stringify(encodeEnrichment(enrichment))}`);
  await rename(temp, file);
}
