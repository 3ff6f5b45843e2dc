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

/** Resolve ids to list items, skipping none: an unknown id is a planning bug. */
export function articleSummaries(ctx: RenderContext, from: string, ids: readonly string[]): ArticleSummaryView[] {
  return ids.map((id) => {
    const record = ctx.byId.get(id);
    if (!record) throw new Error(`planned page ${from} lists unknown record ${id}`);
    return articleSummaryView(ctx, from, record);
  });
}
