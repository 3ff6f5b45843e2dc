import type { Archive } from '../types.js';
import type { SiteOptions } from '../config.js';
import type { PlannedPage } from './pageData.js';
import { outputPath } from './outputPath.js';
import { paginate } from './paginate.js';
import { dateBuckets } from './dateBuckets.js';

/** How many latest articles the home page lists before the pager. */
const HOME_PAGE_SIZE = 20;

/**
 * Articles, and files of seeds/, per page of the extraction report. One
 * page listing everything was 13 MB of HTML for 100,000 Markdown seeds and
 * 33 MB for 100,000 plain-text ones: no browser shows that well, and
 * building it whole was a quarter of the build's peak memory.
 */
export const REPORT_PAGE_SIZE = 500;

/** Pages of the extraction report for an archive of `records` articles from `files` files. */
export function reportPageCount(records: number, files: number): number {
  return Math.max(1, Math.ceil(Math.max(records, files) / REPORT_PAGE_SIZE));
}

/**
 * Every HTML page of the site as data: route, template and the ids it shows.
 * Pure; the order of the result is the order pages are rendered and written.
 * @param files how many files of seeds/ the extraction report accounts for
 */
export function planPages(archive: Archive, site: Pick<SiteOptions, 'pageSize'>, files = 0): PlannedPage[] {
  const pages: PlannedPage[] = [];
  const size = site.pageSize;
  const ids = archive.records.map((r) => r.id);

  for (const list of paginate(ids, HOME_PAGE_SIZE, outputPath.home)) {
    pages.push({ kind: 'home', outputPath: list.pagePaths[list.page - 1]!, template: 'home', view: list });
  }
  archive.records.forEach((record, i) => {
    // Records are newest first: "previous" is the older neighbour, "next" the newer.
    const view = { id: record.id, previousId: archive.records[i + 1]?.id ?? null, nextId: archive.records[i - 1]?.id ?? null };
    pages.push({ kind: 'article', outputPath: outputPath.article(record.slug), template: 'article', view });
  });

  pages.push({ kind: 'topics', outputPath: outputPath.topics(), template: 'topics', view: {} });
  for (const topic of archive.topics) {
    for (const list of paginate(topic.ids, size, (n) => outputPath.topic(topic.slug, n))) {
      pages.push({ kind: 'topic', outputPath: list.pagePaths[list.page - 1]!, template: 'list', view: { ...list, slug: topic.slug } });
    }
  }

  const { years, undated } = dateBuckets(archive.records);
  pages.push({ kind: 'archive', outputPath: outputPath.archive(), template: 'archive', view: {} });
  for (const year of years) {
    for (const list of paginate(year.ids, size, (n) => outputPath.year(year.year, n))) {
      pages.push({ kind: 'year', outputPath: list.pagePaths[list.page - 1]!, template: 'list', view: { ...list, year: year.year } });
    }
    for (const month of year.months) {
      for (const list of paginate(month.ids, size, (n) => outputPath.month(year.year, month.month, n))) {
        pages.push({ kind: 'month', outputPath: list.pagePaths[list.page - 1]!, template: 'list', view: { ...list, year: year.year, month: month.month } });
      }
    }
  }
  // The undated page always exists, so "undated" is a stable URL even when empty.
  for (const list of paginate(undated, size, outputPath.undated)) {
    pages.push({ kind: 'undated', outputPath: list.pagePaths[list.page - 1]!, template: 'list', view: list });
  }

  pages.push({ kind: 'sources', outputPath: outputPath.sources(), template: 'sources', view: {} });
  for (const source of archive.sources) {
    for (const list of paginate(source.ids, size, (n) => outputPath.source(source.slug, n))) {
      pages.push({ kind: 'source', outputPath: list.pagePaths[list.page - 1]!, template: 'list', view: { ...list, slug: source.slug } });
    }
  }

  pages.push({ kind: 'entities', outputPath: outputPath.entities(), template: 'entities', view: {} });
  for (const entity of archive.entities) {
    for (const list of paginate(entity.ids, size, (n) => outputPath.entity(entity.kind, entity.slug, n))) {
      pages.push({ kind: 'entity', outputPath: list.pagePaths[list.page - 1]!, template: 'list', view: { ...list, kind: entity.kind, slug: entity.slug } });
    }
  }
  for (const cluster of archive.clusters) {
    pages.push({ kind: 'story', outputPath: outputPath.story(cluster.slug), template: 'story', view: { slug: cluster.slug } });
  }

  pages.push({ kind: 'search', outputPath: outputPath.search(), template: 'search', view: {} });
  const reportPaths = Array.from({ length: reportPageCount(archive.records.length, files) }, (_, i) => outputPath.report(i + 1));
  reportPaths.forEach((path, i) => pages.push({ kind: 'report', outputPath: path, template: 'report', view: { page: i + 1, pagePaths: reportPaths } }));
  pages.push({ kind: 'notFound', outputPath: outputPath.notFound(), template: '404', view: {} });
  return pages;
}
