import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RenderedFile } from '../../../src/types.js';
import { fileWriter, writeFiles } from '../../../src/write/writeFiles.js';
import { copySeedFiles } from '../../../src/write/copySeedFiles.js';
import { listFiles } from '../../helpers/siteLinks.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'write-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('writeFiles', () => {
  it('writes a stream of many files with bounded concurrency', async () => {
    async function* files(): AsyncGenerator<RenderedFile> {
      for (let i = 0; i < 200; i++) yield { path: `p/${i % 7}/f${i}.html`, contents: `file ${i}` };
    }
    expect(await writeFiles(dir, files())).toBe(200);
    expect(await listFiles(dir)).toHaveLength(200);
    expect(await readFile(path.join(dir, 'p/3/f3.html'), 'utf8')).toBe('file 3');
  });

  it('writes bytes verbatim', async () => {
    await writeFiles(dir, [{ path: 'originals/a.txt', contents: new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]) }]);
    expect([...await readFile(path.join(dir, 'originals/a.txt'))]).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]);
  });

  it('writes a file given in chunks as the chunks joined, taking each chunk only when it is written', async () => {
    const taken: number[] = [];
    // Text and bytes mixed: a chunk as bytes is written as it is (e.g. lines copied from the previous site).
    function* chunks(): Generator<string | Uint8Array> {
      for (let i = 0; i < 3; i++) {
        taken.push(i);
        yield i === 1 ? Buffer.from(`part ${i} — `) : `part ${i} — `;
      }
    }
    await writeFiles(dir, [{ path: 'api/data.json', contents: { chunks: chunks() } }]);
    expect(await readFile(path.join(dir, 'api/data.json'), 'utf8')).toBe('part 0 — part 1 — part 2 — ');
    expect(taken).toEqual([0, 1, 2]);
    fileWriter(dir)({ path: 'sync/data.json', contents: { chunks: ['a', Buffer.from('ß'), 'c'] } });
    expect(await readFile(path.join(dir, 'sync/data.json'), 'utf8')).toBe('aßc');
  });

  it('refuses a path that could leave the output directory', async () => {
    await expect(writeFiles(dir, [{ path: '../escape.html', contents: 'x' }])).rejects.toThrow(/unsafe output path/);
    await expect(writeFiles(dir, [{ path: '/abs.html', contents: 'x' }])).rejects.toThrow(/unsafe output path/);
  });

  it('rejects when the source stream fails', async () => {
    async function* failing(): AsyncGenerator<RenderedFile> {
      yield { path: 'a.html', contents: 'a' };
      throw new Error('render failed');
    }
    await expect(writeFiles(dir, failing())).rejects.toThrow('render failed');
  });
});

describe('copySeedFiles', () => {
  it('publishes seeds from their own directory, byte for byte', async () => {
    const seeds = await mkdtemp(path.join(tmpdir(), 'seeds-'));
    try {
      const { writeFile, mkdir } = await import('node:fs/promises');
      await mkdir(path.join(seeds, 'sub'));
      await writeFile(path.join(seeds, 'sub/x.txt'), new Uint8Array([0x93, 0x41, 0x94]));
      expect(await copySeedFiles(seeds, dir, [['sub/x.txt', 'originals/sub__x.txt']])).toBe(1);
      expect([...await readFile(path.join(dir, 'originals/sub__x.txt'))]).toEqual([0x93, 0x41, 0x94]);
    } finally {
      await rm(seeds, { recursive: true, force: true });
    }
  });
});
