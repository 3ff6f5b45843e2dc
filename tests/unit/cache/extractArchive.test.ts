import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSeeds } from '../../../src/load/readSeeds.js';
import { extractAll } from '../../../src/extract/extractAll.js';
import { extractArchive } from '../../../src/workers/extractArchive.js';
import { openExtractCache } from '../../../src/cache/extractCache.js';
import { openBodyStore } from '../../../src/cache/bodyStore.js';
import { projectRoot } from '../../helpers/buildInline.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'extract-archive-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('extractArchive', () => {
  it('gives exactly what extractAll gives, cold and from the cache', async () => {
    const loaded = await readSeeds(path.join(projectRoot, 'seeds'));
    const expected = extractAll(loaded.value, loaded.diagnostics);
    const cold = await openExtractCache(dir, 'v1');
    expect(await extractArchive(loaded.value, loaded.diagnostics, cold, () => null)).toEqual(expected);
    await cold.save();
    const warm = await openExtractCache(dir, 'v1');
    const fromCache = await extractArchive(loaded.value, loaded.diagnostics, warm, () => null);
    // Hits point at their bodies in the cache; read back, they are the same.
    expect(fromCache.records.every((r) => r.body.kind === 'stored')).toBe(true);
    const bodies = openBodyStore(dir, (file) => warm.bodyFile(file));
    expect({ ...fromCache, records: fromCache.records.map((r) => ({ ...r, body: bodies.read(r.body) })) }).toEqual(expected);
    bodies.close();
    await warm.close();
    expect(warm.misses).toBe(0);
    expect(warm.hits).toBe(loaded.value.seeds.length);
  });
});
