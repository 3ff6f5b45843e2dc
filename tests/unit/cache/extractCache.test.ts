import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExtractedSeed, SeedFile } from '../../../src/types.js';
import { openExtractCache, seedKey } from '../../../src/cache/extractCache.js';
import { openBodyStore } from '../../../src/cache/bodyStore.js';

const seed = (name: string, raw: string, sidecar: string | null = null): SeedFile => ({
  path: name, kind: 'text', raw, bytes: new TextEncoder().encode(raw), hash: `hash-of-${raw}`, encoding: 'utf-8',
  sidecar: sidecar === null ? null : { path: `${name}.meta.yml`, raw: sidecar },
});
const extracted = (s: SeedFile): ExtractedSeed => ({ seed: s.path, records: [], diagnostics: [{ code: 'x/y', severity: 'info', file: s.path, message: `made from ${s.raw}` }] });

let dir: string;
const segments = async (): Promise<string[]> => (await readdir(dir)).filter((f) => f.endsWith('.bin')).sort();
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'extract-cache-')); });
/** A build that extracted `seeds` and saved them in the cache. */
const storeAll = async (seeds: readonly SeedFile[]): Promise<void> => {
  const cache = await openExtractCache(dir, 'v1');
  for (const s of seeds) cache.set(s, extracted(s));
  await cache.save();
};
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
    const [file] = await segments();
    const bytes = await readFile(path.join(dir, file!));
    await writeFile(path.join(dir, file!), Buffer.concat([bytes.subarray(0, bytes.length - 20), Buffer.from('\u0000\u0001garbage\t{')]));
    const second = await openExtractCache(dir, 'v1');
    expect(second.get(a)).toEqual(extracted(a));
    expect(second.get(b)).toBeUndefined();
    second.set(b, extracted(b));
    await second.save();
    expect((await openExtractCache(dir, 'v1')).get(b)).toEqual(extracted(b));
  });

  it('finds entries through each segment\'s index, and scans a segment whose index is missing or damaged', async () => {
    const many = Array.from({ length: 30 }, (_, i) => seed(`s-${i}.txt`, `text ${i}`));
    await storeAll(many);
    const [segment] = await segments();
    const index = path.join(dir, segment!.replace(/\.bin$/, '.idx'));
    expect((await readFile(index)).length).toBe(30 * 76);
    const viaIndex = await openExtractCache(dir, 'v1');
    expect(many.map((s) => viaIndex.get(s))).toEqual(many.map(extracted));
    await writeFile(index, 'not an index');
    const scanned = await openExtractCache(dir, 'v1');
    expect(many.map((s) => scanned.get(s))).toEqual(many.map(extracted));
    await rm(index);
    const unindexed = await openExtractCache(dir, 'v1');
    expect(unindexed.get(many[29]!)).toEqual(extracted(many[29]!));
  });

  it('keeps live entries through a compaction, copied from their segment files', async () => {
    const old = Array.from({ length: 300 }, (_, i) => seed(`old-${i}.txt`, `old ${i}`));
    const live = Array.from({ length: 40 }, (_, i) => seed(`live-${i}.txt`, `live ${i}`));
    await storeAll([...old, ...live]);
    const second = await openExtractCache(dir, 'v1');
    for (const s of live) expect(second.get(s)).toBeDefined();
    await second.save();
    // The replaced segment stays until the build is done with its bodies.
    expect((await readdir(dir)).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
    await second.close();
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith('.idx'))).toHaveLength(1);
    const third = await openExtractCache(dir, 'v1');
    expect(live.map((s) => third.get(s))).toEqual(live.map(extracted));
    expect(third.get(old[0]!)).toBeUndefined();
  });

  it('treats a segment of text garbage as empty', async () => {
    const a = seed('a.txt', 'one');
    const first = await openExtractCache(dir, 'v1');
    first.set(a, extracted(a));
    await first.save();
    for (const file of await segments()) await writeFile(path.join(dir, file), '{"outDir": 3');
    const second = await openExtractCache(dir, 'v1');
    expect(second.get(a)).toBeUndefined();
  });

  it('gives back long texts exactly, in one or two bytes per character, with key order kept', async () => {
    const a = seed('a.md', 'x');
    const record = {
      id: 'a', slug: 'a', headline: 'H', dek: null, date: null, source: null, author: null, section: null, topics: [],
      entities: { people: [], places: [], organisations: [] },
      body: { kind: 'markdown' as const, html: `<p>caf\u00e9 ${'x'.repeat(3000)}</p>` },
      text: `ZURICH \u2014 \ud83d\ude00 ${'y'.repeat(3000)}`, summary: 's', wordCount: 2, seed: 'a.md', line: 1, digestIndex: null,
      provenance: {} as ExtractedSeed['records'][number]['provenance'],
    };
    const value: ExtractedSeed = { seed: 'a.md', records: [record], diagnostics: [] };
    const first = await openExtractCache(dir, 'v1');
    first.set(a, value);
    await first.save();
    const cache = await openExtractCache(dir, 'v1');
    const hit = cache.get(a)!;
    // The body is pointed at where it lies in the cache, and read back from there.
    expect(hit.records[0]!.body).toMatchObject({ kind: 'stored', file: path.join(dir, (await segments())[0]!) });
    const bodies = openBodyStore(dir, (file) => cache.bodyFile(file));
    const back = { ...hit, records: hit.records.map((r) => ({ ...r, body: bodies.read(r.body) })) };
    bodies.close();
    await cache.close();
    expect(back).toEqual(value);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
    expect(cache.bodyFile(path.join(dir, (await segments())[0]!))).toBeNull();
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

  it('writes a build\'s new entries as they come even when it replaces every old one', async () => {
    const old = Array.from({ length: 1200 }, (_, i) => seed(`s-${i}.txt`, `old ${i}`));
    await storeAll(old);
    const before = await segments();
    // Every seed changed (an upgrade, a new corpus): the old entries are all stale.
    const fresh = old.slice(0, 1000).map((_, i) => seed(`s-${i}.txt`, `new ${i}`));
    const second = await openExtractCache(dir, 'v1');
    for (const s of fresh) {
      expect(second.get(s)).toBeUndefined();
      second.set(s, extracted(s));
    }
    // Written before the build is done, not held in memory until `save`.
    await vi.waitFor(async () => expect(await segments()).toHaveLength(before.length + 1));
    await second.save();
    await second.close();
    expect((await segments()).filter((name) => before.includes(name))).toEqual([]);
    const third = await openExtractCache(dir, 'v1');
    expect(fresh.map((s) => third.get(s))).toEqual(fresh.map(extracted));
    expect(third.get(old[0]!)).toBeUndefined();
  });

  it('keeps every entry of a build larger than its write buffer', async () => {
    const many = Array.from({ length: 1234 }, (_, i) => seed(`s-${i}.txt`, `text ${i}`));
    await storeAll(many);
    const second = await openExtractCache(dir, 'v1');
    expect(many.every((s) => second.get(s) !== undefined)).toBe(true);
    expect(second.hits).toBe(1234);
  });

  it('drops stale entries once they outnumber live ones', async () => {
    const old = Array.from({ length: 300 }, (_, i) => seed(`old-${i}.txt`, `old ${i}`));
    await storeAll(old);
    const a = seed('a.txt', 'one');
    const second = await openExtractCache(dir, 'v1');
    second.set(a, extracted(a));
    await second.save();
    await second.close();
    const third = await openExtractCache(dir, 'v1');
    expect(third.get(a)).toEqual(extracted(a));
    expect(third.get(old[0]!)).toBeUndefined();
    expect(await segments()).toHaveLength(1);
  });

  it('writes only the new entries on an incremental build', async () => {
    const many = Array.from({ length: 20 }, (_, i) => seed(`s-${i}.txt`, `text ${i}`));
    await storeAll(many);
    const before = await segments();
    const second = await openExtractCache(dir, 'v1');
    for (const s of many.slice(1)) expect(second.get(s)).toBeDefined();
    const edited = seed('s-0.txt', 'edited');
    second.set(edited, extracted(edited));
    await second.save();
    const after = await segments();
    expect(after).toHaveLength(2);
    expect(after).toEqual(expect.arrayContaining(before));
    expect((await openExtractCache(dir, 'v1')).get(edited)).toEqual(extracted(edited));
  });
});
