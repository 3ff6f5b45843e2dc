import type { RenderContext } from '../renderContext.js';
import { articleSummaries, type ArticleSummaryView } from './articleSummaryView.js';

/** One story cluster: the same event as told by several sources. */
export function storyView(ctx: RenderContext, path: string, slug: string): { label: string; items: ArticleSummaryView[]; sources: string[]; sourcesText: string } {
  const cluster = ctx.clusterBySlug.get(slug)!;
  const items = articleSummaries(ctx, path, cluster.ids);
  const sources = [...new Set(items.map((i) => i.source ?? 'Unknown source'))];
  return { label: cluster.label, items, sources, sourcesText: sources.join(', ') };
}
