import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Enrichment } from '../../../src/enrich/buildArchive.js';
import { decodeEnrichment, encodeEnrichment, readEnrichCache, writeEnrichCache } from '../../../src/cache/enrichCache.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'enrich-cache-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const entities = { people: ['Ada Lovelace'], places: [], organisations: [] };
const enrichment: Enrichment = {
  order: [1, 0],
  records: [
    { topics: ['Ports'], entities, related: ['a'], cluster: 'c-1' },
    { topics: ['Ports', 'Héalth — care'], entities, related: [], cluster: null },
  ],
  topics: [{ name: 'Ports', slug: 'ports', ids: ['b', 'a'] }], sources: [], entities: [{ name: 'Ada Lovelace', slug: 'ada-lovelace', ids: ['b', 'a'], kind: 'people' }],
  clusters: [{ id: 'c-1', slug: 'c-1', label: 'L', ids: ['b', 'a'] }],
  diagnostics: [{ code: 'enrich/x', severity: 'info', file: 'taxonomy.yml', message: 'note' }],
};

describe('enrich cache', () => {
  it('returns the enrichment stored under the same key, field for field', async () => {
    await writeEnrichCache(dir, 'k1', enrichment);
    const back = await readEnrichCache(dir, 'k1', 2);
    expect(back).toEqual(enrichment);
    expect(JSON.stringify(back)).toBe(JSON.stringify(enrichment));
  });

  it('returns nothing for another key, another record count, a damaged file, or no cache directory', async () => {
    await writeEnrichCache(dir, 'k1', enrichment);
    expect(await readEnrichCache(dir, 'k2', 2)).toBeNull();
    expect(await readEnrichCache(dir, 'k1', 3)).toBeNull();
    const file = path.join(dir, 'enrich.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    expect(await readEnrichCache(dir, 'k1', 2)).toBeNull();
    await writeEnrichCache(dir, 'k1', { ...enrichment, order: [0, 2] });
    expect(await readEnrichCache(dir, 'k1', 2)).toBeNull();
    expect(await readEnrichCache(null, 'k1', 2)).toBeNull();
  });

  it('stores each record id once, and every list of ids as places in that table', async () => {
    const ids = ['2024-05-01-harbour-strike-ends-17', '2023-01-09-port-authority-budget-4'];
    const many: Enrichment = {
      ...enrichment,
      records: [{ ...enrichment.records[0]!, related: [ids[1]!] }, { ...enrichment.records[1]!, related: [ids[0]!] }],
      topics: [{ name: 'Ports', slug: 'ports', ids }], sources: [{ name: 'Wire', slug: 'wire', ids }],
      entities: [{ name: 'Ada Lovelace', slug: 'ada-lovelace', ids, kind: 'people' }], clusters: [{ id: 'c-1', slug: 'c-1', label: 'L', ids }],
    };
    await writeEnrichCache(dir, 'k1', many);
    const text = await readFile(path.join(dir, 'enrich.json'), 'utf8');
    for (const id of ids) expect(text.split(id)).toHaveLength(2);
    const back = await readEnrichCache(dir, 'k1', 2);
    expect(JSON.stringify(back)).toBe(JSON.stringify(many));
  });

  it('refuses a stored enrichment whose references point nowhere', () => {
    const stored = encodeEnrichment(enrichment);
    expect(decodeEnrichment(stored, 2)).toEqual(enrichment);
    const damaged = [
      { ...stored, ids: stored.ids.slice(0, 1) },
      { ...stored, records: [{ ...stored.records[0]!, related: [0.5] }, stored.records[1]!] },
      { ...stored, records: [{ ...stored.records[0]!, related: ['0'] }, stored.records[1]!] },
      { ...stored, clusters: [{ ...stored.clusters[0]!, ids: null }] },
      { ...stored, topics: [null] },
      { ...stored, format: 1 },
    ];
    for (const bad of damaged) expect(decodeEnrichment(bad as unknown as Parameters<typeof decodeEnrichment>[0], 2)).toBeNull();
  });
});
