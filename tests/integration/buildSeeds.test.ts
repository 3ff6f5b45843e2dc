import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolveOptions } from '../../src/config.js';
import { runBuild, type BuildReport } from '../../src/build.js';
import { projectRoot } from '../helpers/buildInline.js';
import { crawl, internalTargets, listFiles } from '../helpers/siteLinks.js';

interface ApiArticle { id: string; slug: string; url: string; headline: string; date: string | null; seed: string; topics: string[] }

describe('an end-to-end build of seeds/', () => {
  let dir: string;
  let outDir: string;
  let report: BuildReport;
  let files: string[];
  let api: ApiArticle[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'news-archive-e2e-'));
    outDir = path.join(dir, 'dist');
    report = await runBuild(resolveOptions(projectRoot, { outDir, cacheDir: null }));
    files = await listFiles(outDir);
    api = JSON.parse(await readFile(path.join(outDir, 'api/articles.json'), 'utf8')) as ApiArticle[];
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('builds every seed and accounts for every file', () => {
    expect(report.ok).toBe(true);
    expect(report.outcomes.map((o) => o.path)).toEqual([
      '000_5aaa9233496064e2.txt', '001_b0deeebdd426c84d.txt', '002_f1a7983dc312774b.txt', '003_1384cefb5b56de03.txt', '004_bb9df8dac863de41.txt',
    ]);
    expect(report.outcomes.every((o) => o.status === 'built' && o.records > 0)).toBe(true);
    expect(report.records).toBe(report.outcomes.reduce((n, o) => n + o.records, 0));
  });

  it('writes one article page per record, and articles.json matches the pages', () => {
    const articlePages = files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    expect(articlePages).toHaveLength(report.records);
    expect(api).toHaveLength(report.records);
    expect(api.map((a) => `${a.url}index.html`).sort()).toEqual(articlePages);
    for (const a of api) expect(a).not.toHaveProperty('body');
  });

  it('sorts articles.json newest first, undated last, ties by slug', () => {
    const dated = api.filter((a) => a.date !== null);
    const undated = api.filter((a) => a.date === null);
    expect(api).toEqual([...dated, ...undated]);
    expect(undated.map((a) => a.slug)).toEqual(undated.map((a) => a.slug).sort());
  });

  it('resolves every internal link of every page to a file in the output', async () => {
    const missing: string[] = [];
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      for (const target of internalTargets(page, html)) {
        if (!files.includes(target)) missing.push(`${page} -> ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('links only to files, never to bare directories (works from file://)', async () => {
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      for (const target of internalTargets(page, html)) expect(target, `${page} links to ${target}`).not.toMatch(/(^|\/)$/);
    }
  });

  it('reaches every article from home through topic pages', async () => {
    const reached = await crawl(outDir, 'index.html', (t) => t.startsWith('topics/') || t.startsWith('articles/'));
    for (const a of api) expect(reached, a.url).toContain(`${a.url}index.html`);
  });

  it('reaches every article from home through archive, year and month pages', async () => {
    const viaArchive = (t: string): boolean => t.startsWith('archive/') || t.startsWith('articles/');
    const reached = await crawl(outDir, 'index.html', viaArchive);
    for (const a of api) expect(reached, a.url).toContain(`${a.url}index.html`);
    for (const a of api.filter((x) => x.date)) {
      const month = `archive/${a.date!.slice(0, 4)}/${a.date!.slice(5, 7)}/index.html`;
      const html = await readFile(path.join(outDir, month), 'utf8');
      expect(internalTargets(month, html)).toContain(`${a.url}index.html`);
    }
  });

  it('publishes the original text of every seed, byte for byte, linked from its articles', async () => {
    for (const a of api) {
      const page = `${a.url}index.html`;
      const html = await readFile(path.join(outDir, page), 'utf8');
      const original = internalTargets(page, html).find((t) => t.startsWith('originals/'));
      expect(original, page).toBeDefined();
      const published = await readFile(path.join(outDir, original!));
      expect(published.equals(await readFile(path.join(projectRoot, 'seeds', a.seed)))).toBe(true);
    }
  });

  it('writes the pages the site promises', () => {
    for (const f of ['index.html', '404.html', 'topics/index.html', 'archive/index.html', 'archive/undated/index.html', 'sources/index.html', 'search/index.html', 'report/index.html', 'feed.xml', 'feed.json', 'assets/style.css']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
  });
});
