import type { RenderContext } from '../renderContext.js';
import type { ListPage, PageDataByKind } from '../../plan/pageData.js';
import { relativeHref } from '../../plan/relativeHref.js';
import { outputPath } from '../../plan/outputPath.js';
import { monthTitle } from '../formatDate.js';
import { articleSummaries, type ArticleSummaryView } from './articleSummaryView.js';
import type { LinkView } from './articleView.js';

export interface PagerView {
  readonly pages: readonly (LinkView & { readonly current: boolean })[];
  readonly previous: string | null;
  readonly next: string | null;
}

/** A list of articles: topic, year, month, undated, source, entity, home. */
export interface ListView {
  readonly heading: string;
  readonly intro: string | null;
  readonly total: number;
  readonly items: readonly ArticleSummaryView[];
  readonly pager: PagerView | null;
  /** Sub-links shown above the list (months of a year). */
  readonly links: readonly (LinkView & { readonly count: number })[];
  readonly up: LinkView | null;
}

function pagerView(path: string, list: ListPage): PagerView | null {
  if (list.pagePaths.length < 2) return null;
  const hrefOf = (p: string): string => relativeHref(path, p);
  return {
    pages: list.pagePaths.map((p, i) => ({ href: hrefOf(p), label: String(i + 1), current: i + 1 === list.page })),
    previous: list.page > 1 ? hrefOf(list.pagePaths[list.page - 2]!) : null,
    next: list.page < list.pagePaths.length ? hrefOf(list.pagePaths[list.page]!) : null,
  };
}

function listView(ctx: RenderContext, path: string, list: ListPage, heading: string, total: number, extra: Partial<ListView> = {}): ListView {
  const pageNote = list.pagePaths.length > 1 ? ` (page ${list.page} of ${list.pagePaths.length})` : '';
  return { heading: heading + pageNote, intro: null, total, items: articleSummaries(ctx, path, list.ids), pager: pagerView(path, list), links: [], up: null, ...extra };
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The list view of any list page kind. */
export function listPageView(ctx: RenderContext, path: string, page: { kind: 'home' | 'topic' | 'year' | 'month' | 'undated' | 'source' | 'entity'; view: PageDataByKind['home'] & Partial<PageDataByKind['topic'] & PageDataByKind['month'] & PageDataByKind['entity']> }): ListView {
  const data = page.view;
  const up = (label: string, to: string): LinkView => ({ label, href: relativeHref(path, to) });
  switch (page.kind) {
    case 'home':
      return listView(ctx, path, data, 'Latest articles', ctx.archive.records.length, { intro: `${count(ctx.archive.records.length, 'article')} from ${count(ctx.archive.sources.length, 'known source')}.` });
    case 'topic': {
      const topic = ctx.archive.topics.find((t) => t.slug === data.slug)!;
      return listView(ctx, path, data, topic.name, topic.ids.length, { intro: count(topic.ids.length, 'article'), up: up('All topics', outputPath.topics()) });
    }
    case 'year': {
      const year = data.year!;
      const months = monthsOf(ctx, year).map((m) => ({ label: monthTitle(year, m.month), href: relativeHref(path, outputPath.month(year, m.month)), count: m.count }));
      return listView(ctx, path, data, year, months.reduce((n, m) => n + m.count, 0), { links: months, up: up('Archive', outputPath.archive()) });
    }
    case 'month': {
      const total = monthsOf(ctx, data.year!).find((m) => m.month === data.month)?.count ?? 0;
      return listView(ctx, path, data, monthTitle(data.year!, data.month!), total, { up: up(data.year!, outputPath.year(data.year!)) });
    }
    case 'undated': {
      const total = ctx.archive.records.filter((r) => r.date === null).length;
      return listView(ctx, path, data, 'Undated articles', total, { intro: 'Articles whose text states no date. A date can be added in the seed\'s .meta.yml.', up: up('Archive', outputPath.archive()) });
    }
    case 'source': {
      const source = ctx.archive.sources.find((s) => s.slug === data.slug)!;
      return listView(ctx, path, data, source.name, source.ids.length, { intro: count(source.ids.length, 'article'), up: up('All sources', outputPath.sources()) });
    }
    case 'entity': {
      const entity = ctx.archive.entities.find((e) => e.kind === data.kind && e.slug === data.slug)!;
      return listView(ctx, path, data, entity.name, entity.ids.length, { intro: `Articles mentioning ${entity.name}.`, up: up('People, places and organisations', outputPath.entities()) });
    }
  }
}

/** Months of a year with their article counts, newest first. */
export function monthsOf(ctx: RenderContext, year: string): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of ctx.archive.records) {
    if (r.date?.startsWith(`${year}-`)) counts.set(r.date.slice(5, 7), (counts.get(r.date.slice(5, 7)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([month, n]) => ({ month, count: n }));
}
