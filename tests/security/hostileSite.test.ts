import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { buildInline, type InlineSite } from '../helpers/buildInline.js';
import { listFiles } from '../helpers/siteLinks.js';
import { activeContent, elementsOf } from '../helpers/parseHtml.js';

// One payload that tries every breakout: markup, attributes, script URLs,
// RCDATA/RAWTEXT ends, template syntax of the common engines, CDATA ends.
const payload = `"'><script>alert(1)</script><img src=x onerror=alert(2)></textarea></title></style>{{ 7*7 }}{% raw %}\${7*7}]]><!--`;
const yamlString = JSON.stringify(payload);

describe('a site built from hostile seeds', () => {
  let site: InlineSite;
  let files: string[];

  beforeAll(async () => {
    site = await buildInline({
      'hostile-front-matter.md': [
        '---',
        `title: ${yamlString}`, `dek: ${yamlString}`, `author: ${yamlString}`, `source: ${yamlString}`, `section: ${yamlString}`,
        `topics: [${yamlString}, "javascript:alert(3)"]`, 'date: 2024-05-01',
        '---', '', `Body ${payload}`, '', '[link](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) <a href="javascript:alert(5)">a</a>', '',
        '<iframe src="https://example.org"></iframe><form action="javascript:alert(6)"><button>x</button></form>', '',
      ].join('\n'),
      [`${payload.replace(/[/]/g, '')}.txt`]: `${payload}\n\nBy ${payload}\n\n${payload} is the first paragraph of a hostile text seed that is long enough to be a body.\n`,
      'slug-escape.md': '---\ntitle: Slug Escape\nslug: ../../../etc/passwd\ndate: 2024-05-02\n---\n\nBody.\n',
      'windows-slug.md': '---\ntitle: Windows Slug\nslug: "..\\\\..\\\\windows"\ndate: 2024-05-03\n---\n\nBody.\n',
      'absolute-slug.md': '---\ntitle: Absolute Slug\nslug: /etc/cron.d/x\ndate: 2024-05-04\n---\n\nBody.\n',
      'reserved-slug.md': '---\ntitle: Reserved\nslug: con\ndate: 2024-05-05\n---\n\nBody.\n',
    }, { site: { baseUrl: 'https://example.org/archive/' } });
    files = await listFiles(site.outDir);
  });
  afterAll(() => site.cleanup());

  it('builds every seed and writes nothing outside the output directory', async () => {
    expect(site.report.ok).toBe(true);
    expect(site.report.outcomes.filter((o) => o.status === 'built')).toHaveLength(6);
    const tree = await listFiles(site.dir);
    expect(tree.every((f) => f.startsWith('seeds/') || f.startsWith('dist/'))).toBe(true);
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9._\/-]+$/);
    expect(files.filter((f) => f.split('/').some((segment) => ['etc', 'passwd', 'cron.d', 'con', '..'].includes(segment)))).toEqual([]);
  });

  it('reports each refused slug', () => {
    const refused = site.report.diagnostics.filter((d) => /slug/i.test(d.code) || /slug/i.test(d.message));
    for (const seed of ['slug-escape.md', 'windows-slug.md', 'absolute-slug.md', 'reserved-slug.md']) {
      expect(refused.some((d) => d.file === seed), seed).toBe(true);
    }
  });

  it('has no active content and no injected elements on any page', async () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(path.join(site.outDir, file), 'utf8');
      expect(activeContent(html, [/pagefind-ui\.js$/, /assets\/search\.js$/]), file).toEqual([]);
      const tags = elementsOf(html).map((e) => e.tag);
      expect(tags, file).not.toContain('img');
      expect(tags.filter((t) => t === 'title')).toHaveLength(1);
      expect(html, file).not.toContain('<script>alert');
      expect(html, file).not.toContain('49');
    }
  });

  it('keeps JSON-LD parseable and equal to the seed text', async () => {
    const article = files.find((f) => f.startsWith('articles/') && f !== 'articles/slug-escape/index.html' && f.includes('script'))
      ?? files.find((f) => f.startsWith('articles/'))!;
    for (const file of files.filter((f) => f.startsWith('articles/'))) {
      const html = await readFile(path.join(site.outDir, file), 'utf8');
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
      expect(ld, file).not.toBeNull();
      expect(() => JSON.parse(ld![1]!), file).not.toThrow();
    }
    expect(article).toBeDefined();
  });

  it('keeps the feeds and the sitemap well-formed XML / JSON', async () => {
    const atom = await site.read('feed.xml');
    expect(XMLValidator.validate(atom)).toBe(true);
    expect(atom).not.toContain('<script>');
    const sitemap = await site.read('sitemap.xml');
    expect(XMLValidator.validate(sitemap)).toBe(true);
    expect(sitemap).toContain('<loc>https://example.org/archive/articles/');
    const json = JSON.parse(await site.read('feed.json')) as { items: { title: string }[] };
    expect(json.items.map((i) => i.title)).toContain(payload);
  });

  it('keeps articles.json parseable, exact, and free of raw <', async () => {
    const raw = await site.read('api/articles.json');
    expect(raw).not.toContain('<');
    const articles = JSON.parse(raw) as { headline: string; author: string | null; topics: string[] }[];
    const hostile = articles.find((a) => a.headline === payload);
    expect(hostile).toBeDefined();
    expect(hostile!.author).toBe(payload);
  });
});
