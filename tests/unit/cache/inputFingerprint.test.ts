import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputFingerprint } from '../../../src/cache/inputFingerprint.js';
import { statStamp, type FileStamp } from '../../../src/load/fileStamp.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fingerprint-'));
  await mkdir(path.join(dir, 'seeds/sub'), { recursive: true });
  await writeFile(path.join(dir, 'seeds/a.txt'), 'one');
  await writeFile(path.join(dir, 'seeds/sub/b.txt'), 'two');
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const fp = (extra = ''): Promise<string> => inputFingerprint([path.join(dir, 'seeds'), path.join(dir, 'taxonomy.yml')], extra);

describe('inputFingerprint', () => {
  it('is stable while nothing changes', async () => {
    expect(await fp()).toBe(await fp());
  });
  it('changes when a file in a subdirectory is rewritten with the same size', async () => {
    const before = await fp();
    await writeFile(path.join(dir, 'seeds/sub/b.txt'), 'TWO');
    await utimes(path.join(dir, 'seeds/sub/b.txt'), new Date(2000, 1, 1), new Date(2000, 1, 1));
    expect(await fp()).not.toBe(before);
  });
  it('changes when a file is added or removed, or an optional file appears', async () => {
    const before = await fp();
    await writeFile(path.join(dir, 'seeds/c.txt'), 'three');
    const added = await fp();
    expect(added).not.toBe(before);
    await rm(path.join(dir, 'seeds/c.txt'));
    await writeFile(path.join(dir, 'taxonomy.yml'), 'fallback: X');
    expect(await fp()).not.toBe(added);
  });
  it('changes with the settings it is given', async () => {
    expect(await fp('strict')).not.toBe(await fp('lenient'));
  });
  it('hands over the stamp of every entry it found, by root + separator + relative path', async () => {
    const stamps = new Map<string, FileStamp>();
    await inputFingerprint([path.join(dir, 'seeds')], '', stamps);
    expect([...stamps.keys()].sort()).toEqual(['a.txt', 'sub', `sub${path.sep}b.txt`].map((p) => path.join(dir, 'seeds', p)));
    const a = stamps.get(path.join(dir, 'seeds', 'a.txt'))!;
    expect(a).toEqual(statStamp(path.join(dir, 'seeds', 'a.txt')));
    expect(a.key).toMatch(/^3:/);
  });
});
