import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSeeds } from '../../../src/load/readSeeds.js';
import { extractAll } from '../../../src/extract/extractAll.js';
import { extractArchive } from '../../../src/workers/extractArchive.js';
import { openExtractCache } from '../../../src/cache/extractCache.js';
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
    expect(await extractArchive(loaded.value, loaded.diagnostics, warm, () => null)).toEqual(expected);
    expect(warm.misses).toBe(0);
    expect(warm.hits).toBe(loaded.value.seeds.length);
  });
});
