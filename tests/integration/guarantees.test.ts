import { afterEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveOptions } from '../../src/config.js';
import { runBuild } from '../../src/build.js';
import { buildInline, projectRoot, type InlineSite } from '../helpers/buildInline.js';
import { listFiles } from '../helpers/siteLinks.js';
import { snapshot } from '../helpers/snapshot.js';
import { activeContent } from '../helpers/parseHtml.js';

const sites: InlineSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.cleanup()));
});
const build = async (...args: Parameters<typeof buildInline>): Promise<InlineSite> => {
  const site = await buildInline(...args);
  sites.push(site);
  return site;
};

describe('build guarantees', () => {
  it('gives byte-identical output for the same seeds', async () => {
    const seeds = path.join(projectRoot, 'seeds');
    const dir = await mkdtemp(path.join(tmpdir(), 'news-archive-det-'));
    try {
      await runBuild(resolveOptions(projectRoot, { outDir: path.join(dir, 'a'), seedsDir: seeds, cacheDir: null }));
      await runBuild(resolveOptions(projectRoot, { outDir: path.join(dir, 'b'), seedsDir: seeds, cacheDir: null }));
      const [a, b] = [await snapshot(path.join(dir, 'a')), await snapshot(path.join(dir, 'b'))];
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [file, bytes] of a) expect(b.get(file), file).toBe(bytes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('renders a text seed with Markdown and HTML syntax as literal text', async () => {
    const site = await build({
      'literal.txt': 'A Headline With *Stars* and <b>Tags</b>\n\n# Not a heading\n\n1. Not a list item, and <script>alert(1)</script> is just text.\n\n[a link](javascript:alert(1)) stays as typed, and so does **bold**.\n',
    });
    const [article] = (await listFiles(site.outDir)).filter((f) => f.startsWith('articles/'));
    const html = await site.read(article!);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('# Not a heading');
    expect(html).toContain('1. Not a list item');
    expect(html).toContain('**bold**');
    expect(activeContent(html)).toEqual([]);
    expect(html).not.toContain('<b>Tags</b>');
  });

  it('renders a Markdown seed without its script or javascript: link', async () => {
    const site = await build({
      'hostile.md': '---\ntitle: Hostile <script>alert(1)</script>\ndate: 2024-05-01\n---\n\nHello <script>alert(2)</script> world.\n\n[click](javascript:alert(3)) and <img src=x onerror="alert(4)">\n',
    });
    const [article] = (await listFiles(site.outDir)).filter((f) => f.startsWith('articles/'));
    const html = await site.read(article!);
    expect(activeContent(html)).toEqual([]);
    expect(html).not.toContain('<script>alert');
  });

  it('leaves the previous output untouched when a template is broken', async () => {
    const site = await build({ 'a.txt': 'First Headline Here\n\nSome body text for the first article.\n' });
    const before = await snapshot(site.outDir);
    const templatesDir = path.join(site.dir, 'templates');
    await cp(path.join(projectRoot, 'templates'), templatesDir, { recursive: true });
    await writeFile(path.join(templatesDir, 'article.hbs'), '{{#> base}}{{#*inline "content"}}{{page.nope}}{{/inline}}{{/base}}');
    const report = await runBuild(resolveOptions(projectRoot, { seedsDir: path.join(site.dir, 'seeds'), outDir: site.outDir, templatesDir, search: false, cacheDir: null }));
    expect(report.ok).toBe(false);
    expect(report.diagnostics.some((d) => d.code === 'write/failed')).toBe(true);
    expect(await snapshot(site.outDir)).toEqual(before);
    expect((await listFiles(site.dir)).some((f) => f.includes('.staging'))).toBe(false);
  });

  it('stops before writing when public/ would overwrite a generated page', async () => {
    const site = await build({ 'a.txt': 'First Headline Here\n\nSome body text.\n' });
    const before = await snapshot(site.outDir);
    const publicDir = path.join(site.dir, 'public');
    await cp(path.join(projectRoot, 'public'), publicDir, { recursive: true });
    await writeFile(path.join(publicDir, 'index.html'), '<p>mine</p>');
    const report = await runBuild(resolveOptions(projectRoot, { seedsDir: path.join(site.dir, 'seeds'), outDir: site.outDir, publicDir, search: false, cacheDir: null }));
    expect(report.ok).toBe(false);
    expect(report.diagnostics.find((d) => d.code === 'plan/public-conflict')?.file).toBe('public/index.html');
    expect(await snapshot(site.outDir)).toEqual(before);
  });

  it('removes files of an earlier build that the new build no longer makes', async () => {
    const site = await build({ 'a.txt': 'First Headline Here\n\nSome body text.\n', 'b.txt': 'Second Headline Here\n\nOther body text.\n' });
    const articlesBefore = (await listFiles(site.outDir)).filter((f) => f.startsWith('articles/'));
    await rm(path.join(site.dir, 'seeds', 'b.txt'));
    await runBuild(resolveOptions(projectRoot, { seedsDir: path.join(site.dir, 'seeds'), outDir: site.outDir, search: false, cacheDir: null }));
    const articlesAfter = (await listFiles(site.outDir)).filter((f) => f.startsWith('articles/'));
    expect(articlesBefore).toHaveLength(2);
    expect(articlesAfter).toHaveLength(1);
  });

  it('paginates lists longer than the page size with stable page URLs', async () => {
    const seeds: Record<string, string> = {};
    for (let i = 0; i < 7; i++) seeds[`s${i}.txt`] = `Headline number ${i} about things\n\nBody text of article ${i}.\n`;
    const site = await build(seeds, { site: { pageSize: 3 } });
    const files = await listFiles(site.outDir);
    expect(files).toContain('archive/undated/page/3/index.html');
    expect(files).not.toContain('archive/undated/page/4/index.html');
    const page2 = await site.read('archive/undated/page/2/index.html');
    expect(page2).toContain('href="../../index.html" rel="prev"');
    expect(page2).toContain('href="../3/index.html" rel="next"');
  });
});
