import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExtractedSeed, SeedFile } from '../../../src/types.js';
import { openExtractCache, seedKey, type ExtractCache } from '../../../src/cache/extractCache.js';
import { openBodyStore } from '../../../src/cache/bodyStore.js';
import { encodeEntry } from '../../../src/cache/extractPack.js';
import { enrichmentDigest } from '../../../src/enrich/enrichmentInputs.js';

const seed = (name: string, raw: string, sidecar: string | null = null): SeedFile => ({
  path: name, kind: 'text', raw, bytes: new TextEncoder().encode(raw), hash: `hash-of-${raw}`, encoding: 'utf-8',
  sidecar: sidecar === null ? null : { path: `${name}.meta.yml`, raw: sidecar },
});
const extracted = (s: SeedFile): ExtractedSeed => ({ seed: s.path, records: [], diagnostics: [{ code: 'x/y', severity: 'info', file: s.path, message: `made from ${s.raw}` }] });

/** Store a seed's extraction as the build does: its entry made under the seed's key, put in the cache. */
const store = (cache: ExtractCache, s: SeedFile, value: ExtractedSeed): ExtractedSeed | undefined => {
  const request = cache.packRequest([s]);
  return cache.put(s, encodeEntry(request?.keys[0] ?? '', value, request?.signalsKey ?? null));
};

let dir: string;
const segments = async (): Promise<string[]> => (await readdir(dir)).filter((f) => f.endsWith('.bin')).sort();
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'extract-cache-')); });
/** A build that extracted `seeds` and saved them in the cache. */
const storeAll = async (seeds: readonly SeedFile[]): Promise<void> => {
  const cache = await openExtractCache(dir, 'v1');
  for (const s of seeds) store(cache, s, extracted(s));
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

  it('is what a cache, or no cache, gives as the key of a seed', async () => {
    const a = seed('a.txt', 'one');
    expect((await openExtractCache(dir, 'v1')).keyOf(a)).toBe(seedKey(a, 'v1'));
    expect((await openExtractCache(null, 'v1')).keyOf(a)).toBe(seedKey(a, 'v1'));
  });
});

describe('openExtractCache', () => {
  it('returns what an earlier build stored, and counts hits and misses', async () => {
    const a = seed('a.txt', 'one');
    const first = await openExtractCache(dir, 'v1');
    expect(first.get(a)).toBeUndefined();
    store(first, a, extracted(a));
    await first.save();
    const second = await openExtractCache(dir, 'v1');
    expect(second.get(a)).toEqual(extracted(a));
    expect(second.get(seed('b.txt', 'two'))).toBeUndefined();
    expect([second.hits, second.misses]).toEqual([1, 1]);
  });

  it('knows the enrichment digests of the records it gives, new entries\' and hits\', and of no other record', async () => {
    const a = seed('a.txt', 'one');
    const signals = { topics: [], words: ['one'], counts: [1] };
    const record = { id: 'a', slug: 'a', headline: 'One', dek: null, date: '2024-05-01', source: null, author: null, section: null, topics: [],
      entities: { people: [], places: [], organisations: [] }, body: { kind: 'text' as const, blocks: [] }, text: 'one', signals,
      summary: 'one', wordCount: 1, seed: 'a.txt', line: 1, digestIndex: null, provenance: {} as ExtractedSeed['records'][number]['provenance'] };
    const value: ExtractedSeed = { seed: 'a.txt', records: [record], diagnostics: [] };
    const first = await openExtractCache(dir, 'v1', 'taxonomy-1');
    const put = store(first, a, value)!;
    expect(first.enrichmentDigest(put.records[0]!)).toBe(enrichmentDigest(record));
    expect(first.enrichmentDigest(record)).toBeUndefined();
    await first.save();
    await first.close();
    const second = await openExtractCache(dir, 'v1', 'taxonomy-1');
    const hit = second.get(a)!;
    expect(second.enrichmentDigest(hit.records[0]!)).toBe(enrichmentDigest(hit.records[0]!));
    await second.close();
    // Under another taxonomy the record's signals are made again: its digest is not the cache's to tell.
    const third = await openExtractCache(dir, 'v1', 'taxonomy-2');
    expect(third.enrichmentDigest(third.get(a)!.records[0]!)).toBeUndefined();
    await third.close();
  });

  it('misses every entry after a code change', async () => {
    const a = seed('a.txt', 'one');
    const first = await openExtractCache(dir, 'v1');
    store(first, a, extracted(a));
    await first.save();
    expect((await openExtractCache(dir, 'v2')).get(a)).toBeUndefined();
  });

  it('ignores a truncated or garbled pack instead of failing', async () => {
    const [a, b] = [seed('a.txt', 'one'), seed('b.txt', 'two')];
    const first = await openExtractCache(dir, 'v1');
    store(first, a, extracted(a));
    store(first, b, extracted(b));
    await first.save();
    const [file] = await segments();
    const bytes = await readFile(path.join(dir, file!));
    await writeFile(path.join(dir, file!), Buffer.concat([bytes.subarray(0, bytes.length - 20), Buffer.from('\u0000\u0001garbage\t{')]));
    const second = await openExtractCache(dir, 'v1');
    expect(second.get(a)).toEqual(extracted(a));
    expect(second.get(b)).toBeUndefined();
    store(second, b, extracted(b));
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
    store(first, a, extracted(a));
    await first.save();
    for (const file of await segments()) await writeFile(path.join(dir, file), '{"outDir": 3');
    const second = await openExtractCache(dir, 'v1');
    expect(second.get(a)).toBeUndefined();
  });

  it('gives back long texts exactly, in Latin-1 or UTF-8, with key order kept', async () => {
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
    store(first, a, value);
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
    store(first, a, { ...extracted(a), seed: 'elsewhere.txt' });
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
    store(cache, a, extracted(a));
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
    const second = await openExtractCache(dir, 'v1', null, { segmentBytes: 64 * 1024 });
    for (const s of fresh) {
      expect(second.get(s)).toBeUndefined();
      store(second, s, extracted(s));
    }
    // Written before the build is done, not held in memory until `save`.
    expect((await segments()).length).toBeGreaterThan(before.length);
    await second.save();
    await second.close();
    expect((await segments()).filter((name) => before.includes(name))).toEqual([]);
    const third = await openExtractCache(dir, 'v1');
    expect(fresh.map((s) => third.get(s))).toEqual(fresh.map(extracted));
    expect(third.get(old[0]!)).toBeUndefined();
  });

  it('keeps every entry of a build larger than one segment', async () => {
    const many = Array.from({ length: 1234 }, (_, i) => seed(`s-${i}.txt`, `text ${i}`));
    const first = await openExtractCache(dir, 'v1', null, { segmentBytes: 16 * 1024 });
    for (const s of many) store(first, s, extracted(s));
    await first.save();
    expect((await segments()).length).toBeGreaterThan(5);
    const second = await openExtractCache(dir, 'v1');
    expect(many.every((s) => second.get(s) !== undefined)).toBe(true);
    expect(second.hits).toBe(1234);
  });

  it('seals segments by size, so a build of many small entries leaves few segments and the next build copies none', async () => {
    // At 1,000 entries a segment, 65,000 entries made 65 segments: more than a build
    // tolerates, so every later build compacted (copied) the whole cache again.
    const many = Array.from({ length: 65_000 }, (_, i) => seed(`s-${i}.txt`, `${i}`));
    await storeAll(many);
    const before = await segments();
    expect(before).toHaveLength(1);
    const second = await openExtractCache(dir, 'v1');
    for (const s of many.slice(1)) second.get(s);
    store(second, seed('s-0.txt', 'edited'), extracted(seed('s-0.txt', 'edited')));
    await second.save();
    await second.close();
    expect(await segments()).toEqual(expect.arrayContaining(before));
  }, 60_000);

  it('drops stale entries once they outnumber live ones', async () => {
    const old = Array.from({ length: 300 }, (_, i) => seed(`old-${i}.txt`, `old ${i}`));
    await storeAll(old);
    const a = seed('a.txt', 'one');
    const second = await openExtractCache(dir, 'v1');
    store(second, a, extracted(a));
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
    store(second, edited, extracted(edited));
    await second.save();
    const after = await segments();
    expect(after).toHaveLength(2);
    expect(after).toEqual(expect.arrayContaining(before));
    expect((await openExtractCache(dir, 'v1')).get(edited)).toEqual(extracted(edited));
  });

  it('points a new entry\'s bodies into the segment it was just written to, readable before the segment is sealed', async () => {
    const a = seed('a.md', 'x');
    const body = { kind: 'markdown' as const, html: `<p>caf\u00e9 ${'x'.repeat(500)}</p>` };
    const record = {
      id: 'a', slug: 'a', headline: 'H', dek: null, date: null, source: null, author: null, section: null, topics: [],
      entities: { people: [], places: [], organisations: [] }, body, text: 'plain', summary: 's', wordCount: 2, seed: 'a.md', line: 1, digestIndex: null,
      provenance: {} as ExtractedSeed['records'][number]['provenance'],
    };
    const cache = await openExtractCache(dir, 'v1', 'taxonomy-1');
    const put = store(cache, a, { seed: 'a.md', records: [{ ...record, signals: { topics: [], words: [], counts: [] } }], diagnostics: [] })!;
    const stored = put.records[0]!.body;
    expect(stored).toMatchObject({ kind: 'stored', file: expect.stringMatching(/extract-.*\.bin$/) });
    // As a hit whose signals are current: no text.
    expect(put.records[0]!.text).toBe('');
    expect(await segments()).toEqual([]);
    const bodies = openBodyStore(dir, (file) => cache.bodyFile(file));
    expect(bodies.read(stored)).toEqual(body);
    await cache.save();
    expect(await segments()).toEqual([path.basename((stored as { file: string }).file)]);
    expect(bodies.read(stored)).toEqual(body);
    bodies.close();
    await cache.close();
    expect((await openExtractCache(dir, 'v1', 'taxonomy-1')).get(a)?.records[0]?.body).toEqual(stored);
  });

  it('gives an entry back whole, bodies in memory, when it cannot be written', async () => {
    await writeFile(path.join(dir, 'not-a-dir'), '');
    const cache = await openExtractCache(path.join(dir, 'not-a-dir'), 'v1');
    const a = seed('a.md', 'x');
    const value: ExtractedSeed = {
      seed: 'a.md', diagnostics: [], records: [{
        id: 'a', slug: 'a', headline: 'H', dek: null, date: null, source: null, author: null, section: null, topics: [],
        entities: { people: [], places: [], organisations: [] }, body: { kind: 'text', blocks: [{ type: 'paragraph', text: '<b>x</b>' }] },
        text: 'plain', summary: 's', wordCount: 1, seed: 'a.md', line: 1, digestIndex: null, provenance: {} as ExtractedSeed['records'][number]['provenance'],
      }],
    };
    expect(store(cache, a, value)).toEqual(value);
    // An entry made under another key is never stored under this seed.
    const other = await openExtractCache(dir, 'v1');
    expect(other.put(a, encodeEntry('f'.repeat(64), value))).toEqual(value);
    await other.save();
    expect(await segments()).toEqual([]);
  });

  it('removes a segment left unsealed by a build that stopped, and one of a killed build', async () => {
    const cache = await openExtractCache(dir, 'v1');
    store(cache, seed('a.txt', 'one'), extracted(seed('a.txt', 'one')));
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    await cache.close();
    expect(await readdir(dir)).toEqual([]);
    // pid 2^31-1 (base 36 "zik0zj") is never a running process here.
    await writeFile(path.join(dir, 'extract-abc-zik0zj-0000.bin.tmp'), 'half');
    await writeFile(path.join(dir, `extract-abc-${process.pid.toString(36)}-0000.bin.tmp`), 'ours, still being written');
    await openExtractCache(dir, 'v1');
    expect(await readdir(dir)).toEqual([`extract-abc-${process.pid.toString(36)}-0000.bin.tmp`]);
  });
});
