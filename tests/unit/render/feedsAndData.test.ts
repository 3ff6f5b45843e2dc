import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFeeds } from '../../../src/render/feeds.js';
import { articlesJsonChunks, publicArticleJson, renderArticlesJson } from '../../../src/render/articlesJson.js';
import { defaultSite } from '../../../src/config.js';
import { makeArticle } from '../../helpers/makeArchive.js';

const hostile = '<script>alert(1)</script> ]]> </title> {{ x }} {% y %} & \u0007';
const records = [
  makeArticle('a', { headline: hostile, date: '2024-11-08T09:11:00+01:00', author: hostile, source: hostile, summary: hostile, topics: [hostile] }),
  makeArticle('b', { date: '2023-01-02' }),
  makeArticle('u'),
];

describe('renderFeeds', () => {
  const { atom, json } = renderFeeds(records, { ...defaultSite, baseUrl: 'https://example.org/news/' });

  it('carries only dated articles, newest first, with absolute links', () => {
    expect(atom.match(/<entry>/g)).toHaveLength(2);
    expect(atom).toContain('https://example.org/news/articles/a/');
    expect(atom.indexOf('articles/a/')).toBeLessThan(atom.indexOf('articles/b/'));
    expect(JSON.parse(json).items).toHaveLength(2);
  });

  it('escapes hostile text so the XML stays well formed', () => {
    expect(atom).not.toContain('<script>');
    expect(atom).not.toContain('\u0007');
    // Every `]]>` in the document must close a CDATA section that it opened.
    const outsideCdata = atom.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    expect(outsideCdata).not.toContain(']]>');
    expect(outsideCdata).not.toMatch(/<\/title> \{\{/);
  });

  it('dates the feed by its newest article, not by the clock', () => {
    expect(atom).toContain('<updated>2024-11-08T08:11:00.000Z</updated>');
  });
});

describe('renderArticlesJson', () => {
  const data = JSON.parse(renderArticlesJson(records)) as Record<string, unknown>[];

  it('publishes public fields and the URL, without the body', () => {
    expect(data.map((a) => a.url)).toEqual(['articles/a/', 'articles/b/', 'articles/u/']);
    expect(data[0]).not.toHaveProperty('body');
    expect(data[0]).toHaveProperty('provenance');
    expect(data[0]!.headline).toBe(hostile);
  });

  it('contains no raw < so a sniffing browser finds no markup', () => {
    expect(renderArticlesJson(records)).not.toContain('<');
    expect(parse('x: 1')).toEqual({ x: 1 });
  });

  it.each([0, 1, 255, 256, 257, 600])('writes %i records in chunks: one JSON array, one record per line', (count) => {
    const many = Array.from({ length: count }, (_, i) => makeArticle(`a${i}`, { headline: i % 7 === 0 ? hostile : `Story ${i}` }));
    const items = many.map(({ body: _b, text: _t, ...rest }) => ({ ...rest, url: `articles/${rest.slug}/` }));
    const whole = count === 0 ? '[]\n' : `[\n${items.map((item) => JSON.stringify(item).replace(/</g, '\\u003c')).join(',\n')}\n]\n`;
    const seen: string[] = [];
    const chunks = [...articlesJsonChunks(many, (record, line) => seen.push(`${record.id} ${line}`))];
    expect(chunks.length).toBe(Math.max(1, Math.ceil(count / 256)));
    expect(chunks.join('')).toBe(whole);
    expect(JSON.parse(chunks.join(''))).toEqual(items);
    // Every record's line is handed over once, in order, exactly as written.
    expect(seen).toEqual(many.map((record) => `${record.id} ${publicArticleJson(record)}`));
    expect(chunks.join('').split('\n').slice(1, -2)).toEqual(many.map((record, i) => `${publicArticleJson(record)}${i < count - 1 ? ',' : ''}`));
  });
});

describe('renderSitemap', () => {
  it('lists pages with absolute, escaped URLs, leaving out 404 and the report', async () => {
    const { renderSitemap } = await import('../../../src/render/sitemap.js');
    const xml = renderSitemap(['index.html', 'articles/a/index.html', '404.html', 'report/index.html'], 'https://example.org/a&b/');
    expect(xml).toContain('<loc>https://example.org/a&amp;b/</loc>');
    expect(xml).toContain('<loc>https://example.org/a&amp;b/articles/a/</loc>');
    expect(xml).not.toContain('404');
    expect(xml).not.toContain('report');
  });
});
