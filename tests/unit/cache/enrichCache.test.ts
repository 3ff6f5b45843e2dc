import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Archive, ArticleRecord, EnrichedArticle, Result } from '../../../src/types.js';
import { readEnrichCache, writeEnrichCache } from '../../../src/cache/enrichCache.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'enrich-cache-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const result: Result<Archive> = {
  value: { records: [], topics: [{ name: 'Ports', slug: 'ports', ids: ['a', 'b'] }], sources: [], entities: [], clusters: [] },
  diagnostics: [{ code: 'enrich/x', severity: 'info', file: 'taxonomy.yml', message: 'note' }],
};

describe('enrich cache', () => {
  it('returns the archive stored under the same key', async () => {
    await writeEnrichCache(dir, 'k1', result, []);
    expect(await readEnrichCache(dir, 'k1', [])).toEqual(result);
  });
  it('stores bodies once: taken back from the input records, in their place', async () => {
    const input = { id: 'a', slug: 'a', body: { kind: 'text', blocks: [{ type: 'paragraph', text: 'Hello' }] }, text: 'Hello', headline: 'H' } as unknown as ArticleRecord;
    const enriched = { ...input, related: [], cluster: null } as unknown as EnrichedArticle;
    const withRecord: Result<Archive> = { ...result, value: { ...result.value, records: [enriched] } };
    await writeEnrichCache(dir, 'k1', withRecord, [input]);
    expect(await readFile(path.join(dir, 'enrich.json'), 'utf8')).not.toContain('Hello');
    const back = await readEnrichCache(dir, 'k1', [input]);
    expect(back).toEqual(withRecord);
    expect(Object.keys(back!.value.records[0]!)).toEqual(Object.keys(enriched));
    expect(await readEnrichCache(dir, 'k1', [])).toBeNull();
  });

  it('round-trips an archive written in many chunks, with every field in its place', async () => {
    const inputs = Array.from({ length: 1234 }, (_, i) => ({ id: `r${i}`, slug: `r${i}`, body: { kind: 'markdown', html: `<p>${i}</p>` }, text: `t${i}`, headline: `Héadline — ${i}` }) as unknown as ArticleRecord);
    const records = inputs.map((input, i) => ({ ...input, related: [`r${(i + 1) % 1234}`], cluster: i % 3 === 0 ? 'c' : null }) as unknown as EnrichedArticle);
    const many: Result<Archive> = { ...result, value: { ...result.value, records } };
    await writeEnrichCache(dir, 'k1', many, inputs);
    const back = await readEnrichCache(dir, 'k1', inputs);
    expect(back).toEqual(many);
    expect(JSON.stringify(back)).toBe(JSON.stringify(many));
  });

  it('returns nothing for another key, a damaged file, or no cache directory', async () => {
    await writeEnrichCache(dir, 'k1', result, []);
    expect(await readEnrichCache(dir, 'k2', [])).toBeNull();
    const file = path.join(dir, 'enrich.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    expect(await readEnrichCache(dir, 'k1', [])).toBeNull();
    expect(await readEnrichCache(null, 'k1', [])).toBeNull();
  });
});
