import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSeeds } from '../../../src/load/readSeeds.js';
import { extractAll } from '../../../src/extract/extractAll.js';
import { extractArchive } from '../../../src/workers/extractArchive.js';
import { openExtractCache, type ExtractCache } from '../../../src/cache/extractCache.js';
import { openBodyStore } from '../../../src/cache/bodyStore.js';
import { projectRoot } from '../../helpers/buildInline.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'extract-archive-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('extractArchive', () => {
  it('gives exactly what extractAll gives, cold and from the cache', async () => {
    const loaded = await readSeeds(path.join(projectRoot, 'seeds'));
    const expected = extractAll(loaded.value, loaded.diagnostics);
    /** The archive with its bodies read back from where they are stored in the cache. */
    const readBack = (archive: Awaited<ReturnType<typeof extractArchive>>, cache: ExtractCache) => {
      const bodies = openBodyStore(dir, (file) => cache.bodyFile(file));
      const records = archive.records.map((r) => ({ ...r, body: bodies.read(r.body) }));
      bodies.close();
      return { ...archive, records };
    };
    const cold = await openExtractCache(dir, 'v1');
    const extracted = await extractArchive(loaded.value, loaded.diagnostics, cold, () => null);
    // New entries are written to the cache as they come; their bodies are pointed at there, as a hit's are.
    expect(extracted.records.every((r) => r.body.kind === 'stored')).toBe(true);
    expect(readBack(extracted, cold)).toEqual(expected);
    await cold.save();
    await cold.close();
    const warm = await openExtractCache(dir, 'v1');
    const fromCache = await extractArchive(loaded.value, loaded.diagnostics, warm, () => null);
    expect(fromCache.records.every((r) => r.body.kind === 'stored')).toBe(true);
    expect(readBack(fromCache, warm)).toEqual(expected);
    await warm.close();
    expect(warm.misses).toBe(0);
    expect(warm.hits).toBe(loaded.value.seeds.length);
  });

  it('gives exactly what extractAll gives without a cache', async () => {
    const loaded = await readSeeds(path.join(projectRoot, 'seeds'));
    const none = await openExtractCache(null, 'v1');
    expect(await extractArchive(loaded.value, loaded.diagnostics, none, () => null)).toEqual(extractAll(loaded.value, loaded.diagnostics));
  });
});
