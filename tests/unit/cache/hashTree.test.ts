import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashTree, hashTreeRemembered } from '../../../src/cache/hashTree.js';
import { RACY_MS } from '../../../src/load/fileStamp.js';

let dir: string;
let code: string;
let memo: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hash-tree-'));
  code = path.join(dir, 'code');
  memo = path.join(dir, 'cache', 'code.json');
  await mkdir(path.join(code, 'sub'), { recursive: true });
  await writeFile(path.join(code, 'a.js'), 'export const a = 1;');
  await writeFile(path.join(code, 'sub', 'b.js'), 'export const b = 2;');
  await writeFile(path.join(code, 'notes.txt'), 'not code');
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const isJs = (name: string): boolean => name.endsWith('.js');
/** A clock well past the racily-clean window of files written just now. */
const later = (): number => Date.now() + RACY_MS + 60_000;

describe('hashTree', () => {
  it('hashes the kept files by path and content, and a missing folder to a fixed value', async () => {
    const before = await hashTree(code, isJs);
    await writeFile(path.join(code, 'notes.txt'), 'still not code');
    expect(await hashTree(code, isJs)).toBe(before);
    await writeFile(path.join(code, 'sub', 'b.js'), 'export const b = 3;');
    expect(await hashTree(code, isJs)).not.toBe(before);
    expect(await hashTree(path.join(dir, 'none'))).toBe(await hashTree(path.join(dir, 'also-none')));
  });
});

describe('hashTreeRemembered', () => {
  it('gives what hashTree gives, remembered or not', async () => {
    const plain = await hashTree(code, isJs);
    expect(await hashTreeRemembered(code, isJs, memo, later)).toBe(plain);
    expect(await hashTreeRemembered(code, isJs, memo, later)).toBe(plain);
    expect(await hashTreeRemembered(path.join(dir, 'none'), isJs, memo, later)).toBe(await hashTree(path.join(dir, 'none'), isJs));
  });

  it('takes the hash from the memo while every file keeps its stamp, without reading them', async () => {
    await hashTreeRemembered(code, isJs, memo, later);
    // A memo that names other contents for the same stamps is believed: the files were not read.
    const stored = JSON.parse(await readFile(memo, 'utf8')) as { hash: string };
    await writeFile(memo, JSON.stringify({ ...stored, hash: 'f'.repeat(64) }));
    expect(await hashTreeRemembered(code, isJs, memo, later)).toBe('f'.repeat(64));
  });

  it('hashes again when a file is rewritten, even with the same size, added or removed', async () => {
    const first = await hashTreeRemembered(code, isJs, memo, later);
    await writeFile(path.join(code, 'a.js'), 'export const a = 9;');
    const rewritten = await hashTreeRemembered(code, isJs, memo, later);
    expect(rewritten).not.toBe(first);
    expect(rewritten).toBe(await hashTree(code, isJs));
    await writeFile(path.join(code, 'sub', 'c.js'), '');
    const added = await hashTreeRemembered(code, isJs, memo, later);
    expect(added).toBe(await hashTree(code, isJs));
    await rm(path.join(code, 'sub', 'c.js'));
    expect(await hashTreeRemembered(code, isJs, memo, later)).toBe(rewritten);
  });

  it('remembers nothing while a file changed within the racily-clean window', async () => {
    const hash = await hashTreeRemembered(code, isJs, memo);
    expect(hash).toBe(await hashTree(code, isJs));
    await expect(readFile(memo, 'utf8')).rejects.toThrow();
  });

  it('treats a damaged or unwritable memo as none', async () => {
    const plain = await hashTree(code, isJs);
    await mkdir(path.dirname(memo), { recursive: true });
    await writeFile(memo, '{"format":1,"stamps":');
    expect(await hashTreeRemembered(code, isJs, memo, later)).toBe(plain);
    expect(JSON.parse(await readFile(memo, 'utf8'))).toMatchObject({ format: 1, hash: plain });
    // The memo's folder is a file: nothing can be written, and nothing is left behind.
    const blocked = path.join(dir, 'blocked');
    await writeFile(blocked, '');
    expect(await hashTreeRemembered(code, isJs, path.join(blocked, 'code.json'), later)).toBe(plain);
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'cache', 'code']);
  });
});
