import type { ListPage, ReportPage } from '../../plan/pageData.js';
import { relativeHref } from '../../plan/relativeHref.js';

/** One entry of a pager: a page link, or a gap standing for the pages left out. */
export interface PagerEntry {
  readonly href: string;
  readonly label: string;
  readonly current: boolean;
  readonly gap: boolean;
}

export interface PagerView {
  readonly pages: readonly PagerEntry[];
  readonly previous: string | null;
  readonly next: string | null;
}

/** Pages linked on each side of the current one. */
const RADIUS = 2;

/**
 * The page numbers a pager shows: the first and last page, the current one
 * and its neighbours, and `null` for each run of pages left out. Listing
 * every page made a list of N pages cost O(N²) links in total (a home list
 * of 10,000 articles has 500 pages) and a pager no one can scan.
 * @param count pages in the list (>= 1)
 * @param current 1-based current page
 */
export function pagerWindow(count: number, current: number, radius = RADIUS): (number | null)[] {
  const anchors = [1, count];
  for (let page = Math.max(1, current - radius); page <= Math.min(count, current + radius); page++) anchors.push(page);
  const pages = [...new Set(anchors)].sort((a, b) => a - b);
  const shown: (number | null)[] = [];
  pages.forEach((page, i) => {
    const gap = i === 0 ? 0 : page - pages[i - 1]! - 1;
    // A gap of one page is shown as that page: a link is no longer than "…".
    if (gap === 1) shown.push(page - 1);
    else if (gap > 1) shown.push(null);
    shown.push(page);
  });
  return shown;
}

/** The pager of a list page, or null when the list fits on one page. */
export function pagerView(path: string, list: ListPage | ReportPage): PagerView | null {
  if (list.pagePaths.length < 2) return null;
  const hrefOf = (p: string): string => relativeHref(path, p);
  return {
    pages: pagerWindow(list.pagePaths.length, list.page).map((n) => n === null
      ? { href: '', label: '…', current: false, gap: true }
      : { href: hrefOf(list.pagePaths[n - 1]!), label: String(n), current: n === list.page, gap: false }),
    previous: list.page > 1 ? hrefOf(list.pagePaths[list.page - 2]!) : null,
    next: list.page < list.pagePaths.length ? hrefOf(list.pagePaths[list.page]!) : null,
  };
}
