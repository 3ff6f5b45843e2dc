import type { RenderContext } from '../renderContext.js';
import type { ListPage, PageDataByKind } from '../../plan/pageData.js';
import { relativeHref } from '../../plan/relativeHref.js';
import { outputPath } from '../../plan/outputPath.js';
import { monthTitle } from '../formatDate.js';
import type { YearBucket } from '../../plan/dateBuckets.js';
import { articleSummaries, type ArticleSummaryView } from './articleSummaryView.js';
import type { LinkView } from './articleView.js';
import { pagerView, type PagerView } from './pagerView.js';

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
      const topic = ctx.topicBySlug.get(data.slug!)!;
      return listView(ctx, path, data, topic.name, topic.ids.length, { intro: count(topic.ids.length, 'article'), up: up('All topics', outputPath.topics()) });
    }
    case 'year': {
      const year = yearOf(ctx, data.year!);
      const months = (year?.months ?? []).map((m) => ({ label: monthTitle(data.year!, m.month), href: relativeHref(path, outputPath.month(data.year!, m.month)), count: m.ids.length }));
      return listView(ctx, path, data, data.year!, year?.ids.length ?? 0, { links: months, up: up('Archive', outputPath.archive()) });
    }
    case 'month': {
      const total = yearOf(ctx, data.year!)?.months.find((m) => m.month === data.month)?.ids.length ?? 0;
      return listView(ctx, path, data, monthTitle(data.year!, data.month!), total, { up: up(data.year!, outputPath.year(data.year!)) });
    }
    case 'undated': {
      const total = ctx.dates.undated.length;
      return listView(ctx, path, data, 'Undated articles', total, { intro: 'Articles whose text states no date. A date can be added in the seed\'s .meta.yml.', up: up('Archive', outputPath.archive()) });
    }
    case 'source': {
      const source = ctx.sourceBySlug.get(data.slug!)!;
      return listView(ctx, path, data, source.name, source.ids.length, { intro: count(source.ids.length, 'article'), up: up('All sources', outputPath.sources()) });
    }
    case 'entity': {
      const entity = ctx.entityBySlug.get(`${data.kind}:${data.slug}`)!;
      return listView(ctx, path, data, entity.name, entity.ids.length, { intro: `Articles mentioning ${entity.name}.`, up: up('People, places and organisations', outputPath.entities()) });
    }
  }
}

/** The date bucket of a year (at most a few dozen years: a scan is fine). */
function yearOf(ctx: RenderContext, year: string): YearBucket | undefined {
  return ctx.dates.years.find((y) => y.year === year);
}
