import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderFeeds } from '../../../src/render/feeds.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articlesJsonChunks, previousRecordLines, publicArticleJson, renderArticlesJson } from '../../../src/render/articlesJson.js';
import { openLines } from '../../../src/cache/lineReader.js';
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
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toBe(whole);
    expect(JSON.parse(text)).toEqual(items);
    // Every record's line is handed over once, in order, exactly as written.
    expect(seen).toEqual(many.map((record) => `${record.id} ${publicArticleJson(record)}`));
    expect(text.split('\n').slice(1, -2)).toEqual(many.map((record, i) => `${publicArticleJson(record)}${i < count - 1 ? ',' : ''}`));
  });
});

describe('previousRecordLines', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'articles-json-'));
  const many = Array.from({ length: 300 }, (_, i) => makeArticle(`a${i}`, { headline: i % 7 === 0 ? hostile : `Story ${i}` }));
  /** Write `text` as a file and read its record lines back for `records`, pieces of `piece` bytes at a time. */
  const takeBack = (text: string, records: readonly ReturnType<typeof makeArticle>[], piece = 1000): (string | undefined)[] => {
    const file = path.join(dir, 'articles.json');
    writeFileSync(file, text);
    const lines = openLines(file, piece)!;
    const take = previousRecordLines(lines);
    // A taken line is a view of the reader's buffer: decoded before the next is taken.
    const taken = records.map((record) => {
      const line = take(record);
      return line === undefined ? undefined : Buffer.from(line).toString('utf8');
    });
    lines.close();
    return taken;
  };

  it('gives each record its line of a file made for the same records, whatever the piece size', () => {
    const text = renderArticlesJson(many);
    for (const piece of [7, 1000, 1 << 20]) expect(takeBack(text, many, piece)).toEqual(many.map(publicArticleJson));
    // A whole file made of taken lines is the file.
    const reused = takeBack(text, many);
    expect(Buffer.concat([...articlesJsonChunks(many, undefined, (() => { let i = 0; return () => reused[i++]; })())]).toString('utf8')).toBe(text);
    // Taken as bytes straight from the reader (each copied before the next is read), the same file again.
    const file = path.join(dir, 'articles.json');
    writeFileSync(file, text);
    for (const piece of [7, 1000]) {
      const lines = openLines(file, piece)!;
      expect(Buffer.concat([...articlesJsonChunks(many, undefined, previousRecordLines(lines))]).toString('utf8')).toBe(text);
      lines.close();
    }
  });

  it('takes lines back by their bytes whatever the characters of ids and fields (UTF-8, escaped `<`)', () => {
    const odd = ['é-1', 'a<b', '日本-2', 'x"y'].map((id) => makeArticle(id, { headline: `Café — ${id} ✓ ${hostile}` }));
    expect(takeBack(renderArticlesJson(odd), odd, 5)).toEqual(odd.map(publicArticleJson));
    // Ids that differ only past a multi-byte character are told apart.
    expect(takeBack(renderArticlesJson(odd), [makeArticle('é-2')])).toEqual([undefined]);
  });

  it('gives a reused line to `each` as reused, and asks for every record in order', () => {
    const asked: string[] = [];
    const seen: [string, boolean][] = [];
    [...articlesJsonChunks(many.slice(0, 3), (record, made) => seen.push([record.id, made === undefined]), (record) => { asked.push(record.id); return record.id === 'a1' ? publicArticleJson(record) : undefined; })];
    expect(asked).toEqual(['a0', 'a1', 'a2']);
    expect(seen).toEqual([['a0', false], ['a1', true], ['a2', false]]);
  });

  it('gives no line from the first that is another record\'s on', () => {
    const text = renderArticlesJson(many);
    const swapped = [...many];
    [swapped[5], swapped[6]] = [swapped[6]!, swapped[5]!];
    expect(takeBack(text, swapped)).toEqual([...many.slice(0, 5).map(publicArticleJson), ...Array<undefined>(295).fill(undefined)]);
    // A file with fewer records: the records past its end get none.
    expect(takeBack(renderArticlesJson(many.slice(0, 10)), many).filter((line) => line !== undefined)).toHaveLength(10);
    // An id that only starts like another record's is not that record's.
    expect(takeBack(renderArticlesJson([makeArticle('a10')]), [makeArticle('a1')])).toEqual([undefined]);
  });

  it('gives nothing from a file that is not a one-record-per-line array', () => {
    expect(takeBack(JSON.stringify(many.map((r) => JSON.parse(publicArticleJson(r)))), many.slice(0, 2))).toEqual([undefined, undefined]);
    expect(takeBack('', many.slice(0, 1))).toEqual([undefined]);
    expect(takeBack('[]\n', many.slice(0, 1))).toEqual([undefined]);
    expect(takeBack(renderArticlesJson(many.slice(0, 1)).replace('}\n]', '\n]'), many.slice(0, 1))).toEqual([undefined]);
  });

  it('reads no file that is not there', () => {
    expect(openLines(path.join(dir, 'missing.json'))).toBeNull();
    rmSync(dir, { recursive: true, force: true });
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
