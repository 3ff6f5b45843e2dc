import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeTree, sweepTrash, TRASH_PREFIX } from '../../../src/write/removeTree.js';

async function tree(root: string, name: string, files = 50): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(path.join(dir, 'a', 'b'), { recursive: true });
  for (let i = 0; i < files; i++) await writeFile(path.join(dir, 'a', i % 2 ? 'b' : '', `f${i}.html`), `page ${i}`);
  return dir;
}

async function until(check: () => boolean, ms = 15_000): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 50))) if (check()) return true;
  return check();
}

describe('removeTree', () => {
  it('removes a tree before returning', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'remove-'));
    const dir = await tree(root, '.dist.old-1');
    await removeTree(dir, 'now');
    expect(await readdir(root)).toEqual([]);
  });

  it('moves a tree out of the way at once and removes it in the background', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'remove-'));
    const dir = await tree(root, '.dist.old-2');
    await removeTree(dir, 'background');
    expect(existsSync(dir)).toBe(false);
    expect(await until(() => !existsSync(path.join(root, `${TRASH_PREFIX}.dist.old-2`)))).toBe(true);
    expect(await readdir(root)).toEqual([]);
  });

  it('accepts a tree that is already gone', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'remove-'));
    await expect(removeTree(path.join(root, 'none'), 'background')).resolves.toBeUndefined();
  });
});

describe('sweepTrash', () => {
  it('removes trash of earlier builds of the same output and nothing else', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'sweep-'));
    await tree(root, `${TRASH_PREFIX}.dist.old-7`);
    await tree(root, `${TRASH_PREFIX}.other.old-7`);
    await tree(root, 'dist');
    await sweepTrash(path.join(root, 'dist'), 'now');
    expect((await readdir(root)).sort()).toEqual([`${TRASH_PREFIX}.other.old-7`, 'dist']);
  });
});
