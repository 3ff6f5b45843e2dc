import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExtractedSeed, SeedFile } from '../../../src/types.js';
import { openExtractCache, seedKey } from '../../../src/cache/extractCache.js';

const seed = (name: string, raw: string, sidecar: string | null = null): SeedFile => ({
  path: name, kind: 'text', raw, bytes: new TextEncoder().encode(raw), hash: `hash-of-${raw}`, encoding: 'utf-8',
  sidecar: sidecar === null ? null : { path: `${name}.meta.yml`, raw: sidecar },
});
const extracted = (s: SeedFile): ExtractedSeed => ({ seed: s.path, records: [], diagnostics: [{ code: 'x/y', severity: 'info', file: s.path, message: `made from ${s.raw}` }] });

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'extract-cache-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('seedKey', () => {
  it('changes with the bytes, the sidecar and the code version', () => {
    const a = seed('a.txt', 'one');
    expect(seedKey(a, 'v1')).toBe(seedKey(seed('a.txt', 'one'), 'v1'));
    expect(seedKey(seed('a.txt', 'two'), 'v1')).not.toBe(seedKey(a, 'v1'));
    expect(seedKey(seed('a.txt', 'one', 'date: 2024-01-01'), 'v1')).not.toBe(seedKey(a, 'v1'));
    expect(seedKey(seed('a.txt', 'one', ''), 'v1')).not.toBe(seedKey(a, 'v1'));
    expect(seedKey(seed('b.txt', 'one'), 'v1')).not.toBe(seedKey(a, 'v1'));
    expect(seedKey(a, 'v2')).not.toBe(seedKey(a, 'v1'));
  });
});

describe('openExtractCache', () => {
  it('returns what an earlier build stored, and counts hits and misses', async () => {
    const a = seed('a.txt', 'one');
    const first = await openExtractCache(dir, 'v1');
    expect(first.get(a)).toBeUndefined();
    first.set(a, extracted(a));
    await first.save();
    const second = await openExtractCache(dir, 'v1');
    expect(second.get(a)).toEqual(extracted(a));
    expect(second.get(seed('b.txt', 'two'))).toBeUndefined();
    expect([second.hits, second.misses]).toEqual([1, 1]);
  });

  it('misses every entry after a code change', async () => {
    const a = seed('a.txt', 'one');
    const first = await openExtractCache(dir, 'v1');
    first.set(a, extracted(a));
    await first.save();
    expect((await openExtractCache(dir, 'v2')).get(a)).toBeUndefined();
  });

  it('ignores a truncated or garbled pack instead of failing', async () => {
    const [a, b] = [seed('a.txt', 'one'), seed('b.txt', 'two')];
    const first = await openExtractCache(dir, 'v1');
    first.set(a, extracted(a));
    first.set(b, extracted(b));
    await first.save();
    const file = path.join(dir, 'extract.ndjson');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.length - 20) + '\n\u0000\u0001garbage\t{');
    const second = await openExtractCache(dir, 'v1');
    expect(second.get(a)).toEqual(extracted(a));
    expect(second.get(b)).toBeUndefined();
    second.set(b, extracted(b));
    await second.save();
    expect((await openExtractCache(dir, 'v1')).get(b)).toEqual(extracted(b));
  });

  it('rejects an entry that belongs to another seed path', async () => {
    const a = seed('a.txt', 'one');
    const first = await openExtractCache(dir, 'v1');
    first.set(a, { ...extracted(a), seed: 'elsewhere.txt' });
    await first.save();
    expect((await openExtractCache(dir, 'v1')).get(a)).toBeUndefined();
  });

  it('starts empty when the cache directory cannot be read', async () => {
    const cache = await openExtractCache(path.join(dir, 'missing', 'deeper'), 'v1');
    expect(cache.get(seed('a.txt', 'one'))).toBeUndefined();
  });

  it('remembers nothing without a cache directory', async () => {
    const cache = await openExtractCache(null, 'v1');
    const a = seed('a.txt', 'one');
    cache.set(a, extracted(a));
    await cache.save();
    expect(cache.get(a)).toBeUndefined();
    expect(cache.misses).toBe(1);
  });

  it('keeps every entry of a build larger than its write buffer', async () => {
    const many = Array.from({ length: 1234 }, (_, i) => seed(`s-${i}.txt`, `text ${i}`));
    const first = await openExtractCache(dir, 'v1');
    for (const s of many) first.set(s, extracted(s));
    await first.save();
    const second = await openExtractCache(dir, 'v1');
    expect(many.every((s) => second.get(s) !== undefined)).toBe(true);
    expect(second.hits).toBe(1234);
  });

  it('drops stale entries once they outnumber live ones', async () => {
    const old = Array.from({ length: 300 }, (_, i) => seed(`old-${i}.txt`, `old ${i}`));
    const first = await openExtractCache(dir, 'v1');
    for (const s of old) first.set(s, extracted(s));
    await first.save();
    const a = seed('a.txt', 'one');
    const second = await openExtractCache(dir, 'v1');
    second.set(a, extracted(a));
    await second.save();
    const lines = (await readFile(path.join(dir, 'extract.ndjson'), 'utf8')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect((await openExtractCache(dir, 'v1')).get(a)).toEqual(extracted(a));
  });
});
