import type { ArticleGroup } from '../../types.js';
import type { RenderContext } from '../renderContext.js';
import { relativeHref } from '../../plan/relativeHref.js';
import { outputPath } from '../../plan/outputPath.js';
import { monthTitle } from '../formatDate.js';
import type { LinkView } from './articleView.js';

export type CountedLink = LinkView & { readonly count: number };

/** Topics, sources or entities as an alphabetical list of counted links. */
function groupLinks(groups: readonly ArticleGroup[], path: string, pathOf: (g: ArticleGroup) => string): CountedLink[] {
  return groups.map((g) => ({ label: g.name, href: relativeHref(path, pathOf(g)), count: g.ids.length }));
}

/** The topics index. */
export function topicsIndexView(ctx: RenderContext, path: string): { topics: CountedLink[] } {
  return { topics: groupLinks(ctx.archive.topics, path, (g) => outputPath.topic(g.slug)) };
}

/** The sources index, with the count of articles whose source is unknown. */
export function sourcesIndexView(ctx: RenderContext, path: string): { sources: CountedLink[]; unknown: number; unknownText: string } {
  return {
    sources: groupLinks(ctx.archive.sources, path, (g) => outputPath.source(g.slug)),
    unknown: ctx.unknownSources,
    unknownText: `${ctx.unknownSources} article${ctx.unknownSources === 1 ? '' : 's'}`,
  };
}

/** The people / places / organisations index. */
export function entitiesIndexView(ctx: RenderContext, path: string): { kinds: { label: string; items: CountedLink[] }[] } {
  const kinds = [['people', 'People'], ['places', 'Places'], ['organisations', 'Organisations']] as const;
  return {
    kinds: kinds.map(([kind, label]) => ({
      label,
      items: ctx.archive.entities.filter((e) => e.kind === kind).map((e) => ({ label: e.name, href: relativeHref(path, outputPath.entity(kind, e.slug)), count: e.ids.length })),
    })).filter((k) => k.items.length > 0),
  };
}

/** The archive index: every year with its months, and the undated page. */
export function archiveIndexView(ctx: RenderContext, path: string): { years: (CountedLink & { months: CountedLink[] })[]; undated: CountedLink } {
  const { years, undated } = ctx.dates;
  return {
    years: years.map((y) => ({
      label: y.year, href: relativeHref(path, outputPath.year(y.year)), count: y.ids.length,
      months: y.months.map((m) => ({ label: monthTitle(y.year, m.month), href: relativeHref(path, outputPath.month(y.year, m.month)), count: m.ids.length })),
    })),
    undated: { label: 'Undated', href: relativeHref(path, outputPath.undated()), count: undated.length },
  };
}
