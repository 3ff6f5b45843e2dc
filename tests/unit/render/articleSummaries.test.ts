import { describe, expect, it } from 'vitest';
import { articleSummaries } from '../../../src/render/views/articleSummaryView.js';
import { createRenderContext } from '../../../src/render/renderContext.js';
import { defaultSite } from '../../../src/config.js';
import { makeArchive, makeArticle } from '../../helpers/makeArchive.js';

describe('articleSummaries', () => {
  const records = Array.from({ length: 60_000 }, (_, i) => makeArticle(`a${i}`, { headline: `Story ${i}` }));
  const ctx = createRenderContext(makeArchive(records), defaultSite, { outcomes: [], diagnostics: [] }, new Map());
  const ids = records.map((r) => r.id);

  it('links each item relative to the page that lists it', () => {
    expect(articleSummaries(ctx, 'index.html', ['a1'])[0]?.href).toBe('articles/a1/index.html');
    expect(articleSummaries(ctx, 'topics/x/index.html', ['a1'])[0]).toMatchObject({ href: '../../articles/a1/index.html', headline: 'Story 1' });
  });

  it('shares items between pages at the same base, and gives the same items once it has started afresh', () => {
    const first = articleSummaries(ctx, 'topics/x/index.html', ids);
    expect(articleSummaries(ctx, 'sources/y/index.html', ids.slice(0, 10))[3]).toBe(first[3]);
    // Two more bases of 60,000 items each go past what is kept.
    const deeper = articleSummaries(ctx, 'archive/2024/05/index.html', ids);
    const home = articleSummaries(ctx, 'index.html', ids);
    expect(deeper[5]?.href).toBe('../../../articles/a5/index.html');
    expect(home[59_999]?.href).toBe('articles/a59999/index.html');
    const again = articleSummaries(ctx, 'topics/z/index.html', ids);
    expect(again).toEqual(first);
    expect(again[3]).not.toBe(first[3]);
  });
});
