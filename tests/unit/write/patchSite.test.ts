import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { patchSite } from '../../../src/write/patchSite.js';
import { snapshot } from '../../helpers/snapshot.js';

const text = async (dir: string): Promise<Record<string, string>> =>
  Object.fromEntries([...(await snapshot(dir))].map(([file, bytes]) => [file, Buffer.from(bytes, 'base64').toString()]));

async function files(dir: string, entries: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

async function setup() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'patch-'));
  const dist = path.join(root, 'dist');
  const staging = path.join(root, 'staging');
  const backup = path.join(root, 'backup');
  await files(dist, { 'index.html': 'home v1', 'articles/a/index.html': 'a v1', 'articles/b/index.html': 'b v1', 'feed.xml': 'feed v1' });
  return { root, dist, staging, backup };
}

describe('patchSite', () => {
  it('puts new and changed files in place and removes the dropped ones with their empty folders', async () => {
    const { dist, staging, backup } = await setup();
    await files(staging, { 'index.html': 'home v2', 'articles/c/index.html': 'c v1' });
    await patchSite(dist, staging, backup, { put: ['articles/c/index.html', 'index.html'], remove: ['articles/b/index.html'] });
    expect(await text(dist)).toEqual({
      'index.html': 'home v2', 'articles/a/index.html': 'a v1', 'articles/c/index.html': 'c v1', 'feed.xml': 'feed v1',
    });
    expect((await readdir(path.join(dist, 'articles'))).sort()).toEqual(['a', 'c']);
  });

  it('leaves the site exactly as it was when a step fails midway', async () => {
    const { dist, staging, backup } = await setup();
    const before = await snapshot(dist);
    // The second file was never staged: its rename fails after the first one was applied.
    await files(staging, { 'index.html': 'home v2' });
    await expect(patchSite(dist, staging, backup, { put: ['index.html', 'articles/a/index.html'], remove: ['feed.xml'] })).rejects.toThrow(/ENOENT/);
    expect(await snapshot(dist)).toEqual(before);
    expect(await text(staging)).toEqual({ 'index.html': 'home v2' });
  });

  it('refuses a path outside the site before moving anything', async () => {
    const { dist, staging, backup } = await setup();
    const before = await snapshot(dist);
    await files(staging, { 'index.html': 'home v2' });
    await expect(patchSite(dist, staging, backup, { put: ['index.html', '../escape.html'], remove: [] })).rejects.toThrow();
    expect(await snapshot(dist)).toEqual(before);
  });
});
