import { describe, expect, it } from 'vitest';
import type { EnrichedArticle } from '../../../src/types.js';
import { defaultSite } from '../../../src/config.js';
import { planPages } from '../../../src/plan/planPages.js';
import { createRenderContext } from '../../../src/render/renderContext.js';
import { dependencyState, pageIdentity, recordDigest, unchangedPages } from '../../../src/cache/pageDependencies.js';
import { articlesJsonChunks } from '../../../src/render/articlesJson.js';
import { makeArchive, makeArticle } from '../../helpers/makeArchive.js';
import type { PlannedPage } from '../../../src/plan/pageData.js';

/** 60 dated articles in two topics, a few related to each other. */
function records(edit: (r: EnrichedArticle) => EnrichedArticle = (r) => r): EnrichedArticle[] {
  return Array.from({ length: 60 }, (_, i) => {
    const id = `a${String(i).padStart(2, '0')}`;
    return edit(makeArticle(id, {
      date: `2024-0${(i % 3) + 1}-1${i % 10}`, topics: [i % 2 ? 'Politics' : 'Economy'], source: 'Gazette',
      related: i > 0 && i < 59 ? [`a${String(i - 1).padStart(2, '0')}`] : [],
    }));
  });
}

/** The page kinds whose views are hashed, not tracked by dependency. */
const UNTRACKED: readonly PlannedPage['kind'][] = ['topics', 'archive', 'sources', 'entities', 'search', 'report', 'notFound'];

function site(list: EnrichedArticle[]) {
  const archive = { ...makeArchive(list), clusters: [{ id: 'c1', slug: 'harbour-strike', label: 'Harbour strike', ids: ['a40', 'a41', 'a42'] }] };
  const ctx = createRenderContext(archive, { ...defaultSite, pageSize: 20 }, { outcomes: [], diagnostics: [] }, new Map(list.map((r) => [r.seed, `originals/${r.seed}`])));
  const pages = planPages(archive, ctx.site);
  return { ctx, pages, state: dependencyState(ctx, pages) };
}

describe('unchangedPages', () => {
  it('keeps every tracked page when nothing changed, never the untracked kinds', () => {
    const before = site(records());
    const after = site(records());
    const same = unchangedPages(after.ctx, after.pages, after.state, before.state);
    const tracked = after.pages.filter((p) => !UNTRACKED.includes(p.kind));
    expect(same.size).toBe(tracked.length);
    expect(same.has('topics/index.html')).toBe(false);
    expect(same.has('report/index.html')).toBe(false);
  });

  it('gives up the pages that show an edited record: its page, its neighbours, lists, related', () => {
    const before = site(records());
    const after = site(records((r) => (r.id === 'a30' ? { ...r, summary: 'A corrected summary.' } : r)));
    const same = unchangedPages(after.ctx, after.pages, after.state, before.state);
    const changed = after.pages.filter((p) => !same.has(p.outputPath)).map((p) => p.outputPath);
    expect(changed).toContain('articles/a30/index.html');
    // a31 lists a30 as related; a29 and a31 may link to it as older/newer.
    expect(changed).toContain('articles/a31/index.html');
    const lists = changed.filter((p) => !p.startsWith('articles/'));
    expect(lists.some((p) => p.startsWith('topics/economy/'))).toBe(true);
    expect(lists.some((p) => p.startsWith('archive/2024/01/'))).toBe(true);
    expect(changed.length).toBeLessThan(after.pages.length / 3);
    expect(changed).not.toContain('articles/a10/index.html');
    expect(changed).not.toContain('stories/harbour-strike/index.html');
  });

  it('gives up a story page when one of its articles changes', () => {
    const before = site(records());
    const after = site(records((r) => (r.id === 'a41' ? { ...r, headline: 'A corrected headline' } : r)));
    const same = unchangedPages(after.ctx, after.pages, after.state, before.state);
    expect(after.pages.some((p) => p.outputPath === 'stories/harbour-strike/index.html')).toBe(true);
    expect(same.has('stories/harbour-strike/index.html')).toBe(false);
    expect(same.has('articles/a10/index.html')).toBe(true);
  });

  it('gives up every page when something archive-wide changes (a group count)', () => {
    const before = site(records());
    const after = site(records((r) => (r.id === 'a30' ? { ...r, topics: ['Politics'] } : r)));
    expect(unchangedPages(after.ctx, after.pages, after.state, before.state).size).toBe(0);
  });

  it('gives up every page without a previous state', () => {
    const after = site(records());
    expect(unchangedPages(after.ctx, after.pages, after.state, undefined).size).toBe(0);
  });

  it('digests a list page with the paths of every page of its list, by content', () => {
    const { ctx, pages } = site(records());
    const home = pages.find((p): p is Extract<PlannedPage, { kind: 'home' }> => p.kind === 'home')!;
    const plan = (page: PlannedPage): string | undefined => dependencyState(ctx, [page]).plans[page.outputPath];
    expect(home.view.pagePaths.length).toBeGreaterThan(1);
    expect(plan({ ...home, view: { ...home.view, pagePaths: [...home.view.pagePaths] } })).toBe(plan(home));
    expect(plan({ ...home, view: { ...home.view, pagePaths: [...home.view.pagePaths, 'page/9/index.html'] } })).not.toBe(plan(home));
    expect(plan({ ...home, view: { ...home.view, page: 2 } })).not.toBe(plan(home));
  });

  it('takes record digests made from the lines of articles.json as its own, and any line change changes them', () => {
    const { ctx, pages, state } = site(records());
    const digests: Record<string, string> = {};
    [...articlesJsonChunks(ctx.archive.records, (record, line) => { digests[record.id] = recordDigest(record, ctx, line); })];
    expect(dependencyState(ctx, pages, digests)).toEqual(state);
    const a30 = ctx.archive.records.find((r) => r.id === 'a30')!;
    expect(recordDigest({ ...a30, author: 'Someone Else' }, ctx)).not.toBe(state.records.a30);
    // The body is in by its digest, the original by its path: neither is in the line.
    expect(recordDigest({ ...a30, body: { kind: 'markdown', html: '<p>Other</p>' } }, ctx)).not.toBe(state.records.a30);
    expect(recordDigest(a30, { ...ctx, originals: new Map() })).not.toBe(state.records.a30);
  });
});

describe('pageIdentity', () => {
  const identities = ({ ctx, pages, state }: ReturnType<typeof site>, hashKey = 'key'): Map<string, string | null> =>
    new Map(pages.map((page) => [page.outputPath, pageIdentity(hashKey, page, ctx, state)]));

  it('is null for the untracked kinds only', () => {
    const before = site(records());
    const tracked = (kind: PlannedPage['kind']): boolean => !UNTRACKED.includes(kind);
    for (const page of before.pages) expect(pageIdentity('key', page, before.ctx, before.state) === null).toBe(!tracked(page.kind));
  });

  it('changes exactly for the pages unchangedPages gives up, after an edit, a headline change or an archive-wide change', () => {
    const before = site(records());
    const old = identities(before);
    for (const edit of [
      (r: EnrichedArticle) => (r.id === 'a30' ? { ...r, summary: 'A corrected summary.' } : r),
      (r: EnrichedArticle) => (r.id === 'a41' ? { ...r, headline: 'A corrected headline' } : r),
      (r: EnrichedArticle) => (r.id === 'a30' ? { ...r, topics: ['Politics'] } : r),
    ]) {
      const after = site(records(edit));
      const same = unchangedPages(after.ctx, after.pages, after.state, before.state);
      const now = identities(after);
      const tracked = after.pages.filter((p) => now.get(p.outputPath) !== null);
      expect(tracked.length).toBeGreaterThan(0);
      for (const page of tracked) expect(now.get(page.outputPath) === old.get(page.outputPath)).toBe(same.has(page.outputPath));
    }
  });

  it('is the same for the same inputs, differs between pages, and with the code or templates (hashKey)', () => {
    const first = identities(site(records()));
    expect(identities(site(records()))).toEqual(first);
    const values = [...first.values()].filter((v) => v !== null);
    expect(new Set(values).size).toBe(values.length);
    const other = identities(site(records()), 'other key');
    for (const [page, identity] of first) if (identity !== null) expect(other.get(page)).not.toBe(identity);
  });
});
