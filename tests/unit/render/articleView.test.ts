import { describe, expect, it } from 'vitest';
import { articleView } from '../../../src/render/views/articleView.js';
import { createRenderContext } from '../../../src/render/renderContext.js';
import { defaultSite } from '../../../src/config.js';
import { makeArchive, makeArticle } from '../../helpers/makeArchive.js';

describe('articleView', () => {
  const records = [
    makeArticle('a', { headline: 'Alpha', related: ['b', 'gone', 'c'] }),
    makeArticle('b', { headline: 'Bravo', related: ['a', 'c'], date: '2024-05-01' }),
    makeArticle('c', { headline: 'Charlie', related: ['a'] }),
  ];
  const ctx = createRenderContext(makeArchive(records), defaultSite, { outcomes: [], diagnostics: [] }, new Map());
  const view = (id: string) => articleView(ctx, `articles/${id}/index.html`, { id, previousId: null, nextId: null });

  it('lists related articles in order, linked from the article page, leaving out an id the archive lacks', () => {
    expect(view('a').related.map((item) => [item.headline, item.href])).toEqual([['Bravo', '../b/index.html'], ['Charlie', '../c/index.html']]);
    expect(view('b').related[0]).toMatchObject({ headline: 'Alpha', href: '../a/index.html', summary: records[0]!.summary });
    expect(view('a').related[0]?.date?.iso).toBe('2024-05-01');
  });

  it('shares an article\'s list item between the pages that relate to it', () => {
    expect(view('a').related[1]).toBe(view('b').related[1]);
    expect(view('b').related[0]).toBe(view('c').related[0]);
  });
});
