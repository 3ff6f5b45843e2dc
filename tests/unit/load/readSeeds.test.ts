import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeeds, rereadSeed } from '../../../src/load/readSeeds.js';
import { extractBatch } from '../../../src/extract/extractBatch.js';
import { readSeedStats, sameSeedStats, writeSeedStats } from '../../../src/cache/seedStats.js';
import type { LoadedSeeds, Result } from '../../../src/types.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seeds-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** Write a tree of files (path -> contents) under `root`, in the given order. */
async function writeTree(root: string, files: Record<string, string | Uint8Array>, order = Object.keys(files)): Promise<void> {
  for (const rel of order) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), files[rel]!);
  }
}

/** Every file under root, recursively, as posix relative paths (dot entries included). */
async function listAll(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Paths the result accounts for: seeds, attached sidecars, skipped, and files with an error. */
function accountedFor(r: Result<LoadedSeeds>): Set<string> {
  const seen = new Set<string>();
  for (const s of r.value.seeds) {
    seen.add(s.path);
    if (s.sidecar) seen.add(s.sidecar.path);
  }
  for (const s of r.value.skipped) seen.add(s.path);
  for (const d of r.diagnostics) if (d.severity === 'error') seen.add(d.file);
  return seen;
}

const TEXT = 'Headline\n\nBody text of the article.\n';

describe('readSeeds', () => {
  it('reads .txt and .md seeds recursively, sorted by path in code-unit order', async () => {
    await writeTree(dir, { 'b.txt': TEXT, 'a.md': '# A\n', 'sub/c.txt': `${TEXT}c`, 'B.txt': 'Other\n', 'Z/a.TXT': 'Upper ext\n' });
    const r = await readSeeds(dir);
    expect(r.value.seeds.map((s) => s.path)).toEqual(['B.txt', 'Z/a.TXT', 'a.md', 'b.txt', 'sub/c.txt']);
    expect(r.value.seeds.map((s) => s.kind)).toEqual(['text', 'text', 'markdown', 'text', 'text']);
    expect(r.diagnostics).toEqual([]);
  });

  it('hashes the original bytes and decodes them', async () => {
    await writeTree(dir, { 'a.txt': Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0d, 0x0a]) });
    const [seed] = (await readSeeds(dir)).value.seeds;
    expect(seed?.raw).toBe('Hi\n');
    expect(seed?.encoding).toBe('utf-8-bom');
    expect([...seed!.bytes]).toEqual([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0d, 0x0a]);
    expect(seed?.hash).toBe(createHash('sha256').update(Uint8Array.from([0xef, 0xbb, 0xbf, 0x48, 0x69, 0x0d, 0x0a])).digest('hex'));
  });

  it('reports dotfiles, hidden directories and non-seed files as skipped, with reasons', async () => {
    await writeTree(dir, { '.DS_Store': 'x', '.git/config': 'x', 'README': 'x', 'photo.jpg': 'x', 'notes.markdown': 'x', 'a.meta.yaml': 'x', 'a.txt': TEXT });
    const r = await readSeeds(dir);
    expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt']);
    const reasons = Object.fromEntries(r.value.skipped.map((s) => [s.path, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['.DS_Store', '.git', 'README', 'a.meta.yaml', 'notes.markdown', 'photo.jpg']);
    expect(reasons['photo.jpg']).toBe('not a seed: only .txt and .md are read');
    expect(reasons['.DS_Store']).toMatch(/hidden file/);
    expect(reasons['.git']).toMatch(/hidden directory/);
    expect(reasons['notes.markdown']).toMatch(/rename to \.md/);
    expect(reasons['a.meta.yaml']).toMatch(/\.meta\.yml/);
  });

  it('attaches <seed>.meta.yml and <stem>.meta.yml sidecars; the full-name one wins', async () => {
    await writeTree(dir, {
      'a.txt': TEXT, 'a.txt.meta.yml': 'headline: full\n', 'a.meta.yml': 'headline: stem\n',
      'b.txt': TEXT, 'b.meta.yml': 'headline: b\n',
      'orphan.meta.yml': 'headline: nobody\n',
    });
    const r = await readSeeds(dir);
    const byPath = Object.fromEntries(r.value.seeds.map((s) => [s.path, s.sidecar]));
    expect(byPath['a.txt']).toEqual({ path: 'a.txt.meta.yml', raw: 'headline: full\n' });
    expect(byPath['b.txt']).toEqual({ path: 'b.meta.yml', raw: 'headline: b\n' });
    const reasons = Object.fromEntries(r.value.skipped.map((s) => [s.path, s.reason]));
    expect(reasons['a.meta.yml']).toMatch(/shadowed by a\.txt\.meta\.yml/);
    expect(reasons['orphan.meta.yml']).toMatch(/sidecar without a seed/);
  });

  it('reports a sidecar that is not text and still loads its seed, without a sidecar', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'a.txt.meta.yml': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
    const r = await readSeeds(dir);
    expect(r.value.seeds.map((s) => [s.path, s.sidecar])).toEqual([['a.txt', null]]);
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['load/binary', 'a.txt.meta.yml']]);
  });

  it('applies a stem sidecar to every seed with that stem', async () => {
    await writeTree(dir, { 'x.txt': TEXT, 'x.md': '# X\n', 'x.meta.yml': 'source: S\n' });
    const r = await readSeeds(dir);
    expect(r.value.seeds.map((s) => s.sidecar?.path)).toEqual(['x.meta.yml', 'x.meta.yml']);
  });

  it('gives identical output whatever order the files were created in', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`${String(i).padStart(3, '0')}_${(i * 7919) % 101}.txt`] = `Headline ${i}\n\nText ${i}.\n`;
    files['sub/z.md'] = '# Z\n';
    files['x.txt.meta.yml'] = 'headline: x\n';
    files['junk.bin'] = 'junk';
    const keys = Object.keys(files);
    await writeTree(path.join(dir, 'one'), files, keys);
    // A fixed "shuffle": reverse and interleave, so no two positions match.
    const shuffled = [...keys.filter((_, i) => i % 2 === 1).reverse(), ...keys.filter((_, i) => i % 2 === 0)];
    expect(shuffled).not.toEqual(keys);
    await writeTree(path.join(dir, 'two'), files, shuffled);
    const a = await readSeeds(path.join(dir, 'one'));
    const b = await readSeeds(path.join(dir, 'two'));
    expect(b).toEqual(a);
    expect(a.value.seeds).toHaveLength(31);
  });

  it('reports an unreadable file (EACCES) as an error and still loads the others (injected reader)', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'b.txt': TEXT, 'c.txt': TEXT });
    const r = await readSeeds(dir, {
      readFile: async (p) => {
        if (p.endsWith('b.txt')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return new TextEncoder().encode(`${TEXT}${p}`);
      },
    });
    expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt', 'c.txt']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/unreadable', severity: 'error', file: 'b.txt' });
    expect(r.diagnostics[0]?.message).toContain('EACCES');
    expect(r.diagnostics[0]?.hint).toMatch(/chmod/);
  });

  it('with chmod 000: an error when the OS refuses; as root (which bypasses permissions) the file is read', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'locked.txt': TEXT });
    await chmod(path.join(dir, 'locked.txt'), 0o000);
    const r = await readSeeds(dir);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot) {
      // Honest: root ignores file modes, so this cannot simulate EACCES here; the injected-reader test does.
      expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt', 'locked.txt']);
    } else {
      expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt']);
      expect(r.diagnostics[0]).toMatchObject({ code: 'load/unreadable', file: 'locked.txt' });
    }
  });

  it('does not follow a symlink out of seeds/: skipped with a warning', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'outside-'));
    try {
      await writeFile(path.join(outside, 'secret.txt'), 'SECRET\n');
      await writeTree(dir, { 'a.txt': TEXT });
      await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
      await symlink(outside, path.join(dir, 'leakdir'));
      const r = await readSeeds(dir);
      expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt']);
      expect(r.value.skipped.map((s) => s.path)).toEqual(['leak.txt', 'leakdir']);
      expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['load/symlink-outside', 'leak.txt'], ['load/symlink-outside', 'leakdir']]);
      expect(JSON.stringify(r)).not.toContain('SECRET');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('follows a symlink to a file inside seeds/ but not a symlinked directory', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'sub/b.txt': TEXT });
    await symlink(path.join(dir, 'a.txt'), path.join(dir, 'alias.txt'));
    await symlink(path.join(dir, 'sub'), path.join(dir, 'loop'));
    await symlink(path.join(dir, 'missing.txt'), path.join(dir, 'broken.txt'));
    const r = await readSeeds(dir);
    expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt', 'alias.txt', 'sub/b.txt']);
    expect(r.value.skipped.map((s) => [s.path, s.reason.split(':')[0]])).toEqual([['broken.txt', 'broken symlink'], ['loop', 'symlink to a directory']]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['load/duplicate-content', 'load/duplicate-content']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'huge.txt': '' });
    await truncate(path.join(dir, 'huge.txt'), 51 * 1024 * 1024); // sparse: costs no disk
    let reads = 0;
    const r = await readSeeds(dir, { readFile: async () => { reads++; return new TextEncoder().encode(TEXT); } });
    expect(reads).toBe(1);
    expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt']);
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/too-large', severity: 'error', file: 'huge.txt' });
    expect(r.diagnostics[0]?.message).toMatch(/51\.0 MB, over the 50 MB limit/);
  });

  it('loads a 10 MB seed (generated here, not committed), hashing all of it', async () => {
    const big = `Headline\n\n${'All work and no play makes a long seed. '.repeat(260_000)}\n`;
    await writeTree(dir, { 'big.txt': big });
    const r = await readSeeds(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.value.seeds[0]?.bytes.length).toBeGreaterThan(10_000_000);
    expect(r.value.seeds[0]?.raw).toBe(big);
    expect(r.value.seeds[0]?.hash).toBe(createHash('sha256').update(big).digest('hex'));
  });

  it('reports a PNG renamed .txt as an error and loads the rest', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'img.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    const r = await readSeeds(dir);
    expect(r.value.seeds.map((s) => s.path)).toEqual(['a.txt']);
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['load/binary', 'img.txt']]);
  });

  it('accepts odd file names and keeps paths posix and relative', async () => {
    const names = ['with space.txt', 'ünïcödé.txt', '日本語.md', 'back\\slash.txt', 'CON.txt', 'a:b.txt', '-dash.txt'];
    await writeTree(dir, Object.fromEntries(names.map((n) => [n, `${n}\n\nText.\n`])));
    const r = await readSeeds(dir);
    expect(r.value.seeds.map((s) => s.path)).toEqual([...names].sort());
    expect(r.diagnostics).toEqual([]);
  });

  it('warns when two seeds have exactly the same bytes', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'b.txt': TEXT });
    const r = await readSeeds(dir);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'load/duplicate-content', severity: 'warning', file: 'b.txt' })]);
    expect(r.diagnostics[0]?.message).toContain('a.txt');
  });

  it('reports a missing seeds directory instead of throwing', async () => {
    const r = await readSeeds(path.join(dir, 'nope'));
    expect(r.value).toEqual({ seeds: [], skipped: [] });
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/unreadable', severity: 'error' });
  });

  it('accounts for every file of the bad-seeds fixture directory', async () => {
    const root = new URL('../../fixtures/bad-seeds/', import.meta.url).pathname;
    const all = await listAll(root);
    const r = await readSeeds(root);
    expect(all.length).toBeGreaterThan(25);
    expect([...accountedFor(r)].sort()).toEqual([...all].sort());
    const sidecars = new Set(r.value.seeds.flatMap((s) => (s.sidecar ? [s.sidecar.path] : []))).size;
    expect(r.value.seeds.length + sidecars + r.value.skipped.length + r.diagnostics.filter((d) => d.severity === 'error').length).toBe(all.length);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['text/undecodable.txt']);
  });

  it('accounts for every file of a mixed directory: count in == count out', async () => {
    await writeTree(dir, {
      'a.txt': TEXT, 'a.txt.meta.yml': 'source: X\n', 'orphan.meta.yml': 'x: 1\n', 'b.md': '# B\n', 'c.pdf': '%PDF-1.4',
      'bad.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), '.hidden.txt': TEXT, 'd/e/f.txt': TEXT + 'f',
    });
    const all = await listAll(dir);
    const r = await readSeeds(dir);
    expect([...accountedFor(r)].sort()).toEqual([...all].sort());
  });
});

describe('readSeeds without contents, and rereadSeed', () => {
  it('loads the same seeds and diagnostics with contents left out, and reads each back as it was', async () => {
    await writeTree(dir, { 'a.txt': Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x0d, 0x0a]), 'b.md': '# B\n', 'b.md.meta.yml': 'source: X\n', 'c.txt': TEXT });
    const full = await readSeeds(dir);
    const slim = await readSeeds(dir, { keepContents: false });
    expect(slim.diagnostics).toEqual(full.diagnostics);
    expect(slim.value.seeds.map((s) => [s.path, s.hash, s.encoding, s.sidecar, s.raw, s.bytes.length])).toEqual(
      full.value.seeds.map((s) => [s.path, s.hash, s.encoding, s.sidecar, '', 0]));
    expect(slim.value.seeds.map((s) => rereadSeed(dir, s))).toEqual(full.value.seeds);
  });

  it('refuses to read back a seed that changed after it was loaded', async () => {
    await writeTree(dir, { 'a.txt': TEXT });
    const [seed] = (await readSeeds(dir, { keepContents: false })).value.seeds;
    await writeFile(path.join(dir, 'a.txt'), `${TEXT}more\n`);
    expect(() => rereadSeed(dir, seed!)).toThrow('a.txt changed while the site was being built');
    await rm(path.join(dir, 'a.txt'));
    expect(() => rereadSeed(dir, seed!)).toThrow();
  });

  it('fails a changed seed in its batch with a diagnostic naming it, and extracts the others', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'b.txt': TEXT.replace('Headline', 'Other headline') });
    const { seeds } = (await readSeeds(dir, { keepContents: false })).value;
    await writeFile(path.join(dir, 'a.txt'), 'Changed\n\nNew body.\n');
    const [a, b] = extractBatch(seeds, null, dir);
    expect(a).toMatchObject({ ok: true, value: { seed: 'a.txt', records: [], diagnostics: [{ code: 'load/changed-during-build', severity: 'error', file: 'a.txt' }] } });
    expect(b?.ok && b.value.records.length).toBe(1);
    expect(b?.ok && b.value.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('readSeeds with seeds an earlier build read', () => {
  it('takes hash, encoding and diagnostics of an unchanged seed from what is known, and reads a changed one', async () => {
    await writeTree(dir, { 'a.txt': Uint8Array.from([0x93, 0x48, 0x69, 0x94, 0x0a]), 'b.txt': TEXT });
    const first = await readSeeds(dir, { keepContents: false });
    const known = new Map([...first.value.known!].map(([seed, entry]) => [seed, { ...entry, hash: `known-${seed}` }]));
    expect(first.value.known!.get('a.txt')!.diagnostics).toEqual(first.diagnostics.filter((d) => d.file === 'a.txt'));
    await writeFile(path.join(dir, 'b.txt'), `${TEXT}changed\n`);
    const second = await readSeeds(dir, { keepContents: false, known });
    expect(second.value.seeds.map((s) => s.hash)).toEqual(['known-a.txt', createHash('sha256').update(`${TEXT}changed\n`).digest('hex')]);
    expect(second.value.seeds[0]!.encoding).toBe(first.value.seeds[0]!.encoding);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.value.known!.get('b.txt')!.stamp).toMatch(new RegExp(`^${TEXT.length + 8}:`));
  });

  it('takes stamps it is given instead of stat-ing, and stats a seed it has none for', async () => {
    await writeTree(dir, { 'a.txt': TEXT, 'b.txt': `${TEXT}b\n` });
    const first = await readSeeds(dir, { keepContents: false });
    const known = new Map([...first.value.known!].map(([seed, entry]) => [seed, { ...entry, hash: `known-${seed}` }]));
    // A stamp that says a.txt changed (it did not) makes it read again; b.txt has none given: stat'ed, unchanged.
    const stamps = new Map([[path.join(dir, 'a.txt'), { key: 'other', changedMs: 0 }]]);
    const second = await readSeeds(dir, { keepContents: false, known, stamps });
    expect(second.value.seeds.map((s) => s.hash)).toEqual([createHash('sha256').update(TEXT).digest('hex'), 'known-b.txt']);
    expect(second.value.known!.get('a.txt')!.stamp).toBe('other');
    expect(second.value.known!.get('b.txt')).toBe(known.get('b.txt'));
  });
});

describe('readSeedStats', () => {
  it('trusts only seeds whose times are older than the record by a margin (a coarse clock could hide a same-size edit)', async () => {
    const cache = path.join(dir, 'cache');
    const entry = (ms: number) => ({ stamp: `1:${ms}:${ms}:1`, changedMs: ms, hash: 'h', encoding: 'utf-8' as const, diagnostics: [] });
    const now = Date.now();
    await writeSeedStats(cache, 'seeds', new Map([['old.txt', entry(now - 10_000)], ['new.txt', entry(now)]]));
    expect([...(await readSeedStats(cache, 'seeds')).keys()]).toEqual(['old.txt']);
    expect((await readSeedStats(cache, 'other-seeds')).size).toBe(0);
    expect((await readSeedStats(null, 'seeds')).size).toBe(0);
  });

  it('keeps the fields and load diagnostics of each seed through the record, and reads nothing from a damaged one', async () => {
    const cache = path.join(dir, 'cache');
    const old = Date.now() - 10_000;
    const warning = { code: 'load/decoded-as-cp1252', severity: 'warning' as const, file: 'b.txt', message: 'm' };
    const entries = new Map([
      ['b.txt', { stamp: `2:${old}:${old}:7`, changedMs: old, hash: 'hb', encoding: 'windows-1252' as const, diagnostics: [warning] }],
      ['a.txt', { stamp: `1:${old}:${old}:6`, changedMs: old, hash: 'ha', encoding: 'utf-8' as const, diagnostics: [] }],
    ]);
    await writeSeedStats(cache, 'seeds', entries);
    const back = await readSeedStats(cache, 'seeds');
    expect([...back.keys()]).toEqual(['a.txt', 'b.txt']);
    expect(back.get('b.txt')).toEqual(entries.get('b.txt'));
    expect(back.get('a.txt')).toEqual(entries.get('a.txt'));
    const [file] = await readdir(cache);
    const stored = JSON.parse(await readFile(path.join(cache, file!), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(cache, file!), JSON.stringify({ ...stored, hashes: ['ha'] }));
    expect((await readSeedStats(cache, 'seeds')).size).toBe(0);
    await writeFile(path.join(cache, file!), JSON.stringify({ writtenMs: Date.now(), seeds: { 'a.txt': entries.get('a.txt') } }));
    expect((await readSeedStats(cache, 'seeds')).size).toBe(0);
  });

  it('says the record need not be written again only when every entry is the one read back', async () => {
    const cache = path.join(dir, 'cache');
    const old = Date.now() - 10_000;
    const entry = (name: string) => ({ stamp: `1:${old}:${old}:${name}`, changedMs: old, hash: name, encoding: 'utf-8' as const, diagnostics: [] });
    await writeSeedStats(cache, 'seeds', new Map([['a.txt', entry('a')], ['b.txt', entry('b')]]));
    const before = await readSeedStats(cache, 'seeds');
    expect(sameSeedStats(before, new Map(before))).toBe(true);
    // An entry learnt again (equal, but a new reading), one gone, one added: each is news.
    expect(sameSeedStats(before, new Map([...before, ['b.txt', { ...before.get('b.txt')! }]]))).toBe(false);
    expect(sameSeedStats(before, new Map([['a.txt', before.get('a.txt')!]]))).toBe(false);
    expect(sameSeedStats(before, new Map([...before, ['c.txt', entry('c')]]))).toBe(false);
  });
});
