import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkFiles, listFilesUnder } from '../../../src/write/linkFiles.js';

let dir: string;
let from: string;
let to: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'link-'));
  from = path.join(dir, 'dist');
  to = path.join(dir, 'staging');
  await mkdir(path.join(from, 'articles/a'), { recursive: true });
  await writeFile(path.join(from, 'articles/a/index.html'), '<p>a</p>');
  await writeFile(path.join(from, 'index.html'), '<p>home</p>');
  await mkdir(to);
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('linkFiles', () => {
  it('hard-links files into the staging directory, creating folders', async () => {
    expect(await linkFiles(from, to, ['articles/a/index.html', 'index.html'])).toEqual([]);
    expect(await readFile(path.join(to, 'articles/a/index.html'), 'utf8')).toBe('<p>a</p>');
    expect((await stat(path.join(to, 'index.html'))).ino).toBe((await stat(path.join(from, 'index.html'))).ino);
  });

  it('links many files into one new folder without losing any to the folder race', async () => {
    const names = Array.from({ length: 100 }, (_, i) => `pagefind/fragment/f${i}.pf`);
    await mkdir(path.join(from, 'pagefind/fragment'), { recursive: true });
    for (const name of names) await writeFile(path.join(from, name), name);
    expect(await linkFiles(from, to, names)).toEqual([]);
    expect(await listFilesUnder(to, 'pagefind')).toHaveLength(100);
  });

  it('reports files missing from the previous site instead of failing', async () => {
    expect(await linkFiles(from, to, ['gone/index.html', 'index.html'])).toEqual(['gone/index.html']);
  });

  it('refuses a path that leaves the directory', async () => {
    await expect(linkFiles(from, to, ['../outside.html'])).rejects.toThrow(/unsafe output path/);
  });
});

describe('listFilesUnder', () => {
  it('lists files below a folder relative to the site, and nothing for a missing folder', async () => {
    expect(await listFilesUnder(from, 'articles')).toEqual(['articles/a/index.html']);
    expect(await listFilesUnder(from, 'pagefind')).toEqual([]);
  });
});
