import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeManifest, directoryId, dropManifest, encodeManifest, readManifest, readStamp, writeManifest, type BuildManifest } from '../../../src/cache/buildManifest.js';

let dir: string;
let outDir: string;
let cacheDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'manifest-'));
  outDir = path.join(dir, 'dist');
  cacheDir = path.join(dir, '.cache');
  await mkdir(outDir);
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const manifest = async (): Promise<BuildManifest> => ({ outDir, distId: (await directoryId(outDir))!, files: { 'index.html': 'h1' }, search: null, fingerprint: 'fp', report: { ok: true } });

describe('build manifest', () => {
  it('reads back what was written', async () => {
    const m = await manifest();
    await writeManifest(cacheDir, m);
    expect(await readManifest(cacheDir, outDir)).toEqual(m);
  });

  it('reads back a manifest larger than one written piece', async () => {
    const paths = Array.from({ length: 70_000 }, (_, i) => `articles/${i}/index.html`).sort();
    const m: BuildManifest = {
      ...await manifest(), hashKey: 'key', outputs: paths, files: Object.fromEntries(paths.map((p, i) => [p, `hash-${i}`])),
      dependencies: { global: 'g', records: Object.fromEntries(paths.map((_, i) => [`id-${i}`, `digest-${i}`])), plans: Object.fromEntries(paths.map((p) => [p, 'plan'])) },
    };
    await writeManifest(cacheDir, m);
    expect(await readManifest(cacheDir, outDir)).toEqual(m);
    expect(await readdir(cacheDir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });

  it('stores its tables as columns of sorted paths, and reads back paths of any name', () => {
    const m: BuildManifest = {
      outDir: '/d', distId: '1:2', hashKey: 'key', search: null, fingerprint: 'fp', report: null,
      // Unsorted outputs, a hashed file that is no output, a plan of a path that is neither.
      outputs: ['b.html', 'a.html', '__proto__'], files: { 'a.html': 'ha', 'orig/x.txt': 'hx', __proto__: 'hp' },
      dependencies: { global: 'g', records: { '1': 'd1', x: 'dx' }, plans: { 'a.html': 'pa', 'z.html': 'pz' } },
    };
    // (An object literal's __proto__ sets the prototype: give the table a real key of that name.)
    Object.defineProperty(m.files, '__proto__', { value: 'hp', enumerable: true });
    const stored = encodeManifest(m);
    expect(stored).toMatchObject({ paths: ['__proto__', 'a.html', 'b.html', 'orig/x.txt', 'z.html'], outputs: '11100', files: ['hp', 'ha', '', 'hx', ''], plans: ['', 'pa', '', '', 'pz'] });
    const back = decodeManifest(JSON.parse(JSON.stringify(stored)))!;
    expect(back.outputs).toEqual(['__proto__', 'a.html', 'b.html']);
    expect({ ...back.files }).toEqual({ 'a.html': 'ha', 'orig/x.txt': 'hx', ['__proto__']: 'hp' });
    expect(Object.keys(back.files)).toContain('__proto__');
    expect({ ...back.dependencies!.plans }).toEqual({ 'a.html': 'pa', 'z.html': 'pz' });
    expect({ ...back.dependencies!.records }).toEqual({ '1': 'd1', x: 'dx' });
  });

  it('keeps the seed of each record with its digest, and forgets seeds that do not fit the records', () => {
    const m: BuildManifest = {
      outDir: '/d', distId: '1:2', hashKey: 'key', search: null, fingerprint: 'fp', report: null, files: {},
      dependencies: { global: 'g', records: { '7': 'd7', x: 'dx', y: 'dy' }, plans: {} },
      articles: { key: 'archive', sources: { x: 'seed-x', '7': 'seed-7' } },
    };
    const stored = JSON.parse(JSON.stringify(encodeManifest(m)));
    // In the order of the records' ids (an integer-like id comes first in a table), '' for a record without a seed.
    expect(stored.articles).toEqual({ key: 'archive', sources: ['seed-7', 'seed-x', ''] });
    expect(stored.records[0]).toEqual(['7', 'x', 'y']);
    const back = decodeManifest(stored)!;
    expect(back.articles?.key).toBe('archive');
    expect({ ...back.articles!.sources }).toEqual({ '7': 'seed-7', x: 'seed-x' });
    expect(decodeManifest({ ...stored, articles: { key: 'archive', sources: ['seed-7'] } })!.articles).toBeUndefined();
    expect(decodeManifest({ ...stored, articles: undefined })!.articles).toBeUndefined();
    expect(encodeManifest({ ...m, dependencies: undefined })).not.toHaveProperty('articles');
  });

  it('stores the manifest of a build (sorted outputs holding the paths of every table) as it stores any other', () => {
    const outputs = ['a.html', 'b/index.html', 'c.txt', 'orig/x.txt'];
    const m: BuildManifest = {
      outDir: '/d', distId: '1:2', hashKey: 'key', search: 's', fingerprint: 'fp', report: null, outputs,
      files: { 'a.html': 'ha', 'orig/x.txt': 'hx' }, dependencies: { global: 'g', records: { r: 'd' }, plans: { 'b/index.html': 'pb' } },
    };
    const direct = encodeManifest(m);
    // The same outputs, unsorted, go the general way.
    const general = encodeManifest({ ...m, outputs: [...outputs].reverse() });
    expect(direct).toEqual(general);
    expect(direct).toMatchObject({ paths: outputs, outputs: '1111', files: ['ha', '', '', 'hx'], plans: ['', 'pb', '', ''] });
    // A table with a path that is no output cannot go the direct way.
    expect(encodeManifest({ ...m, files: { ...m.files, 'gone.html': 'hg' } })).toMatchObject({ paths: [...outputs.slice(0, 3), 'gone.html', 'orig/x.txt'].sort(), outputs: '11101' });
  });

  it('is forgotten when its columns do not fit together, or it is of another format', async () => {
    const stored = encodeManifest({ ...await manifest(), outputs: ['index.html'] });
    expect(decodeManifest(stored)).not.toBeNull();
    expect(decodeManifest({ ...stored, files: [] })).toBeNull();
    expect(decodeManifest({ ...stored, outputs: '10' })).toBeNull();
    await mkdir(cacheDir, { recursive: true });
    await writeManifest(cacheDir, await manifest());
    const [file] = (await readdir(cacheDir)).filter((f) => !f.includes('stamp'));
    // A manifest of the first format (tables as objects) is not read: the next build makes a new one.
    await writeFile(path.join(cacheDir, file!), JSON.stringify({ ...await manifest() }));
    expect(await readManifest(cacheDir, outDir)).toBeNull();
  });

  it('is forgotten when dist/ was replaced by another directory', async () => {
    await writeManifest(cacheDir, await manifest());
    await rename(outDir, path.join(dir, 'elsewhere'));
    await mkdir(outDir);
    expect(await readManifest(cacheDir, outDir)).toBeNull();
  });

  it('is forgotten when damaged', async () => {
    await writeManifest(cacheDir, await manifest());
    const [file] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, file!), '{"outDir":');
    expect(await readManifest(cacheDir, outDir)).toBeNull();
  });

  it('is kept per output directory', async () => {
    await writeManifest(cacheDir, await manifest());
    expect(await readManifest(cacheDir, path.join(dir, 'other'))).toBeNull();
  });

  it('can be dropped, and is never read without a cache directory', async () => {
    await writeManifest(cacheDir, await manifest());
    await dropManifest(cacheDir, outDir);
    expect(await readManifest(cacheDir, outDir)).toBeNull();
    expect(await readManifest(null, outDir)).toBeNull();
  });

  it('keeps a small stamp with the fingerprint and report, for the no-change check', async () => {
    await writeManifest(cacheDir, await manifest());
    expect(await readStamp(cacheDir, outDir)).toEqual({ outDir, distId: await directoryId(outDir), fingerprint: 'fp', report: { ok: true } });
    expect((await readdir(cacheDir)).sort()).toEqual([expect.stringMatching(/^site-[0-9a-f]{16}\.json$/), expect.stringMatching(/^site-[0-9a-f]{16}\.stamp\.json$/)]);
  });

  it('forgets the stamp with the manifest, and when dist/ was replaced', async () => {
    await writeManifest(cacheDir, await manifest());
    await rename(outDir, path.join(dir, 'moved'));
    await mkdir(outDir);
    expect(await readStamp(cacheDir, outDir)).toBeNull();
    await writeManifest(cacheDir, await manifest());
    await dropManifest(cacheDir, outDir);
    expect(await readStamp(cacheDir, outDir)).toBeNull();
    expect(await readStamp(null, outDir)).toBeNull();
  });
});
