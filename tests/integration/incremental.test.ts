import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveOptions } from '../../src/config.js';
import { runBuild, type BuildReport } from '../../src/build.js';
import { projectRoot } from '../helpers/buildInline.js';
import { listFiles } from '../helpers/siteLinks.js';
import { snapshot, expectSameTree } from '../helpers/snapshot.js';

const article = (n: number, year: number): string =>
  `Headline number ${n} about the harbour works\n\nBy A. Writer\n\nPublished ${year}-0${(n % 9) + 1}-1${n % 10}\n\n` +
  `Paragraph one of article ${n} says what happened at the harbour.\n\nParagraph two of article ${n} adds context and a quote.\n`;

let root: string;
const project = {
  get seeds() { return path.join(root, 'seeds'); },
  get templates() { return path.join(root, 'templates'); },
  get taxonomy() { return path.join(root, 'taxonomy.yml'); },
  get dist() { return path.join(root, 'dist'); },
  get cache() { return path.join(root, '.cache'); },
};

/** An incremental build (with the cache) into dist/, and a cold build (no cache) of the same inputs elsewhere. */
async function buildBoth(label: string): Promise<{ incremental: BuildReport; cold: BuildReport }> {
  const base = { seedsDir: project.seeds, templatesDir: project.templates, taxonomyFile: project.taxonomy, search: false };
  const incremental = await runBuild(resolveOptions(root, { ...base, outDir: project.dist, cacheDir: project.cache }));
  const coldDir = path.join(root, `cold-${label}`);
  const cold = await runBuild(resolveOptions(root, { ...base, outDir: coldDir, cacheDir: null }));
  expect(incremental.ok, JSON.stringify(incremental.diagnostics)).toBe(true);
  expect(cold.ok).toBe(true);
  expectSameTree(await snapshot(project.dist), await snapshot(coldDir));
  await rm(coldDir, { recursive: true, force: true });
  return { incremental, cold };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-archive-incr-'));
  await cp(path.join(projectRoot, 'seeds'), project.seeds, { recursive: true });
  await cp(path.join(projectRoot, 'templates'), project.templates, { recursive: true });
  await cp(path.join(projectRoot, 'taxonomy.yml'), project.taxonomy);
  for (let n = 0; n < 12; n++) await writeFile(path.join(project.seeds, `gen-${String(n).padStart(2, '0')}.txt`), article(n, 2020 + (n % 3)));
  await buildBoth('initial');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('incremental builds', () => {
  it('skips a build whose inputs did not change', async () => {
    const { incremental } = await buildBoth('unchanged');
    expect(incremental.rendered).toBe(0);
    expect(incremental.reused).toBe(incremental.files);
  });

  it('re-renders only some pages after editing one seed, byte-identical to a cold build', async () => {
    await writeFile(path.join(project.seeds, 'gen-03.txt'), article(3, 2021).replace('harbour works', 'bridge repairs'));
    const { incremental } = await buildBoth('edit');
    expect(incremental.cache.misses).toBe(1);
    expect(incremental.cache.hits).toBeGreaterThan(10);
    expect(incremental.rendered).toBeGreaterThan(0);
    expect(incremental.rendered).toBeLessThan(incremental.pages);
    expect(incremental.reused).toBeGreaterThan(0);
  });

  it('reuses the enrichment after an edit that leaves what enrichment reads alone, byte-identical to a cold build', async () => {
    await writeFile(path.join(project.seeds, 'gen-06.txt'), article(6, 2020).replace('By A. Writer', 'By Ann Other'));
    const { incremental } = await buildBoth('byline');
    expect(incremental.cache.misses).toBe(1);
    expect(incremental.cache.archive).toBe(true);
    expect(incremental.rendered).toBeGreaterThan(0);
  });

  it('hard-links reused pages instead of rewriting them', async () => {
    const before = await stat(path.join(project.dist, 'search/index.html'));
    await writeFile(path.join(project.seeds, 'gen-04.txt'), article(4, 2022).replace('harbour', 'airport'));
    await buildBoth('link');
    const after = await stat(path.join(project.dist, 'search/index.html'));
    expect(after.ino).toBe(before.ino);
  });

  it('matches a cold build after a seed is added', async () => {
    await writeFile(path.join(project.seeds, 'gen-new.txt'), article(42, 2023));
    const { incremental } = await buildBoth('add');
    expect(incremental.cache.misses).toBe(1);
  });

  it('matches a cold build after a seed is deleted', async () => {
    await rm(path.join(project.seeds, 'gen-05.txt'));
    await buildBoth('delete');
    expect((await listFiles(project.dist)).some((f) => f.includes('gen-05'))).toBe(false);
  });

  it('re-renders every page after a template edit', async () => {
    const layout = path.join(project.templates, 'layouts/base.hbs');
    await writeFile(layout, (await readFile(layout, 'utf8')).replace('<main id="main"', '<main data-edited="yes" id="main"'));
    const { incremental } = await buildBoth('template');
    expect(incremental.rendered).toBe(incremental.pages);
    expect(incremental.cache.archive).toBe(true);
    expect(await readFile(path.join(project.dist, 'index.html'), 'utf8')).toContain('data-edited="yes"');
  });

  it('matches a cold build after a taxonomy edit', async () => {
    await writeFile(project.taxonomy, (await readFile(project.taxonomy, 'utf8')).replace(/^fallback: .*$/m, 'fallback: Miscellany'));
    const { incremental } = await buildBoth('taxonomy');
    expect(incremental.cache.misses).toBe(0);
    expect(incremental.cache.archive).toBe(false);
    expect(incremental.rendered).toBeGreaterThan(0);
  });

  it('ignores a damaged cache and rebuilds it', async () => {
    const packs = (await listFiles(project.cache));
    for (const file of packs) {
      const full = path.join(project.cache, file);
      const text = await readFile(full, 'utf8');
      await writeFile(full, file.endsWith('.ndjson') ? `${text.slice(0, Math.floor(text.length / 2))}\n${'f'.repeat(64)}\t{not json\n` : '{"outDir": 3');
    }
    await writeFile(path.join(project.seeds, 'gen-06.txt'), article(6, 2020).replace('harbour', 'market'));
    const { incremental } = await buildBoth('damaged');
    expect(incremental.rendered).toBe(incremental.pages);
    const { incremental: again } = await buildBoth('repaired');
    expect(again.rendered).toBe(0);
  });

  it('rebuilds pages that were deleted from dist/ behind its back', async () => {
    await rm(path.join(project.dist, 'archive/index.html'));
    await writeFile(path.join(project.seeds, 'gen-07.txt'), article(7, 2021).replace('harbour', 'stadium'));
    await buildBoth('tampered');
  });
});

describe('incremental search index', () => {
  it('reuses the Pagefind index when no article changed, and rebuilds it when one did', async () => {
    const base = { seedsDir: project.seeds, templatesDir: project.templates, taxonomyFile: project.taxonomy, search: true, cacheDir: path.join(root, '.cache-search') };
    const out = path.join(root, 'dist-search');
    const publicDir = path.join(root, 'public');
    await cp(path.join(projectRoot, 'public'), publicDir, { recursive: true });
    expect((await runBuild(resolveOptions(root, { ...base, outDir: out, publicDir }))).ok).toBe(true);
    const entry = path.join(out, 'pagefind/pagefind-entry.json');
    const first = await stat(entry);

    await writeFile(path.join(publicDir, 'robots.txt'), 'User-agent: *\n');
    expect((await runBuild(resolveOptions(root, { ...base, outDir: out, publicDir }))).ok).toBe(true);
    expect((await stat(entry)).ino).toBe(first.ino);

    await writeFile(path.join(project.seeds, 'gen-08.txt'), article(8, 2020).replace('harbour', 'library'));
    expect((await runBuild(resolveOptions(root, { ...base, outDir: out, publicDir }))).ok).toBe(true);
    expect((await stat(entry)).ino).not.toBe(first.ino);
    const cold = path.join(root, 'cold-search');
    expect((await runBuild(resolveOptions(root, { ...base, outDir: cold, publicDir, cacheDir: null }))).ok).toBe(true);
    expectSameTree(await snapshot(out), await snapshot(cold));
  });
});

describe('a cache that cannot be used', () => {
  it('never fails the build: a cache path that is a file builds like no cache', async () => {
    const blocker = path.join(root, 'not-a-directory');
    await writeFile(blocker, 'x');
    const base = { seedsDir: project.seeds, templatesDir: project.templates, taxonomyFile: project.taxonomy, search: false };
    const report = await runBuild(resolveOptions(root, { ...base, outDir: path.join(root, 'dist-blocked'), cacheDir: blocker }));
    expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
    const cold = await runBuild(resolveOptions(root, { ...base, outDir: path.join(root, 'dist-plain'), cacheDir: null }));
    expect(cold.ok).toBe(true);
    expectSameTree(await snapshot(path.join(root, 'dist-blocked')), await snapshot(path.join(root, 'dist-plain')));
  });
});
