import type { EnrichedArticle } from '../../types.js';
import type { RenderContext } from '../renderContext.js';
import { relativeHref } from '../../plan/relativeHref.js';
import { outputPath } from '../../plan/outputPath.js';
import { formatDate, type DateView } from '../formatDate.js';

/** One article in a list. */
export interface ArticleSummaryView {
  readonly href: string;
  readonly headline: string;
  readonly date: DateView | null;
  /** The date is a guess (inferred): lists say so. */
  readonly dateGuessed: boolean;
  readonly source: string | null;
  readonly summary: string;
}

/** An article as a list item on the page at `from`. */
export function articleSummaryView(ctx: RenderContext, from: string, record: EnrichedArticle): ArticleSummaryView {
  return {
    href: relativeHref(from, outputPath.article(record.slug)),
    headline: record.headline,
    date: record.date === null ? null : formatDate(record.date),
    dateGuessed: record.provenance.date.method === 'inferred',
    source: record.source,
    summary: record.summary,
  };
}

/**
 * List items already built, per context, by link base and record id. An
 * article is listed on six to ten pages (home, year, month, topics, source,
 * related lists), which differ only in the relative link to the articles
 * folder; views are immutable, so pages at the same base share them.
 */
const summaryCache = new WeakMap<RenderContext, Map<string, ArticleSummaryView>>();
/**
 * More list items than this are not kept: at 100,000 articles the items of
 * every base would stay in memory for the whole render. Starting afresh
 * costs only rebuilding items; pages come out the same.
 */
const MAX_CACHED = 100_000;

/** Resolve ids to list items, skipping none: an unknown id is a planning bug. */
export function articleSummaries(ctx: RenderContext, from: string, ids: readonly string[]): ArticleSummaryView[] {
  let cache = summaryCache.get(ctx);
  if (!cache) summaryCache.set(ctx, (cache = new Map()));
  // Every article page sits at articles/<slug>/index.html, so one base serves every id.
  const base = relativeHref(from, outputPath.article('\u0000'));
  return ids.map((id) => {
    const key = `${base}\u0001${id}`;
    let view = cache.get(key);
    if (view === undefined) {
      const record = ctx.byId.get(id);
      if (!record) throw new Error(`planned page ${from} lists unknown record ${id}`);
      view = articleSummaryView(ctx, from, record);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, view);
    }
    return view;
  });
}
