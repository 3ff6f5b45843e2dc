import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Enrichment } from '../enrich/buildArchive.js';

const FILE = 'enrich.json';

/**
 * The enrichment of the last build (see `Enrichment`), if it was made from
 * the same inputs (`key`: code version, taxonomy and what enrichment reads
 * of every record, in order: see `enrichmentInputs`). Enrichment compares
 * every record with every other, so after a template, public/ or option
 * change, or an edit that leaves what enrichment reads alone (most edits of
 * a body), this saves the slowest stage of a rebuild. The file starts with
 * its key on a line of its own, so a stale one is never parsed. Damaged or
 * stale: null.
 * @param records how many records the enrichment must cover
 */
export async function readEnrichCache(cacheDir: string | null, key: string, records: number): Promise<Enrichment | null> {
  if (cacheDir === null) return null;
  try {
    const text = await readFile(path.join(cacheDir, FILE), 'utf8');
    if (!text.startsWith(`${key}\n`)) return null;
    const value = JSON.parse(text.slice(key.length + 1)) as Partial<Enrichment>;
    const lists = [value.order, value.records, value.topics, value.sources, value.entities, value.clusters, value.diagnostics];
    if (!lists.every(Array.isArray) || value.order!.length !== records || value.records!.length !== records) return null;
    if (!value.order!.every((i) => Number.isInteger(i) && i >= 0 && i < records)) return null;
    return value as Enrichment;
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
  await writeFile(temp, `${key}\n${JSON.stringify(enrichment)}`);
  await rename(temp, file);
}
