import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Archive, Result } from '../../../src/types.js';
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
    await writeEnrichCache(dir, 'k1', result);
    expect(await readEnrichCache(dir, 'k1')).toEqual(result);
  });
  it('returns nothing for another key, a damaged file, or no cache directory', async () => {
    await writeEnrichCache(dir, 'k1', result);
    expect(await readEnrichCache(dir, 'k2')).toBeNull();
    const file = path.join(dir, 'enrich.json');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    expect(await readEnrichCache(dir, 'k1')).toBeNull();
    expect(await readEnrichCache(null, 'k1')).toBeNull();
  });
});
