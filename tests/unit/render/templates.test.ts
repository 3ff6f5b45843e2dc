import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadTemplates } from '../../../src/render/templates.js';

const projectTemplates = path.resolve(import.meta.dirname, '../../../templates');

/** A template directory holding `files` (relative path -> source). */
async function templateDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'templates-'));
  for (const [name, source] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), source);
  }
  return dir;
}

const layout = '<main>{{> content}}</main>{{#> head}}{{/head}}';

describe('loadTemplates', () => {
  it('escapes every double-brace value, quotes included', async () => {
    const dir = await templateDir({ 'layouts/base.hbs': layout, 'page.hbs': '{{#> base}}{{#*inline "content"}}<a title="{{page.t}}">{{page.t}}</a>{{/inline}}{{/base}}' });
    const html = loadTemplates(dir).render('page', { page: { t: `<script>"x"&'y'</script>` } });
    expect(html).toBe('<main><a title="&lt;script&gt;&quot;x&quot;&amp;&#x27;y&#x27;&lt;/script&gt;">&lt;script&gt;&quot;x&quot;&amp;&#x27;y&#x27;&lt;/script&gt;</a></main>');
  });

  it('fills a layout block only where a page defines it', async () => {
    const dir = await templateDir({ 'layouts/base.hbs': layout, 'a.hbs': '{{#> base}}{{#*inline "content"}}A{{/inline}}{{#*inline "head"}}H{{/inline}}{{/base}}', 'b.hbs': '{{#> base}}{{#*inline "content"}}B{{/inline}}{{/base}}' });
    const templates = loadTemplates(dir);
    expect(templates.render('a', {})).toBe('<main>A</main>H');
    expect(templates.render('b', {})).toBe('<main>B</main>');
  });

  it('passes named values to partials', async () => {
    const dir = await templateDir({ 'partials/item.hbs': '{{#each items}}<h{{../level}}>{{this}}</h{{../level}}>{{/each}}', 'page.hbs': '{{> item items=page.list level=3}}' });
    expect(loadTemplates(dir).render('page', { page: { list: ['a', 'b'] } })).toBe('<h3>a</h3><h3>b</h3>');
  });

  it('refuses a misspelt field instead of rendering an empty value', async () => {
    const dir = await templateDir({ 'page.hbs': '<h1>{{page.headlin}}</h1>' });
    expect(() => loadTemplates(dir).render('page', { page: { headline: 'x' } })).toThrow(/template page\.hbs: .*headlin/);
  });

  it('refuses a helper that is not built in', async () => {
    const dir = await templateDir({ 'page.hbs': '{{shout page.headline}}' });
    expect(() => loadTemplates(dir).render('page', { page: { headline: 'x' } })).toThrow(/template .*page\.hbs/);
  });

  it('names the file of a syntax error', async () => {
    const dir = await templateDir({ 'partials/broken.hbs': '{{#if x}}never closed' });
    expect(() => loadTemplates(dir)).toThrow(/partials[/\\]broken\.hbs: Parse error/);
  });

  it('reports a missing page template', async () => {
    const dir = await templateDir({});
    expect(() => loadTemplates(dir).render('nope', {})).toThrow(/nope\.hbs/);
  });
});

describe('project templates', () => {
  it('insert HTML as-is only from SafeHtml fields', async () => {
    const files: string[] = [];
    for (const entry of await readdir(projectTemplates, { recursive: true })) if (entry.endsWith('.hbs')) files.push(entry);
    expect(files.length).toBeGreaterThan(10);
    const raw = new Set<string>();
    for (const file of files) for (const match of (await readFile(path.join(projectTemplates, file), 'utf8')).matchAll(/\{\{\{\s*([^}]*?)\s*\}\}\}|\{\{&\s*([^}]*?)\s*\}\}/g)) raw.add(match[1] ?? match[2]!);
    // Both are SafeHtml in ArticleView: sanitised Markdown / escaped text blocks, and script-safe JSON.
    expect([...raw].sort()).toEqual(['page.bodyHtml', 'page.jsonLd']);
  });
});
