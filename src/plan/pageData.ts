import type { PageKind, PagePlan } from '../types.js';

/** A page of a paginated list: which records, and where the sibling pages are. */
export interface ListPage {
  readonly ids: readonly string[];
  readonly page: number;
  /** Output paths of every page of this list, in order (for the pager). */
  readonly pagePaths: readonly string[];
}

/**
 * A page of the extraction report: the report's articles and files are
 * spread evenly over its pages (see `reportPageCount`), so each page shows
 * a slice of both, found from its number.
 */
export interface ReportPage {
  readonly page: number;
  readonly pagePaths: readonly string[];
}

/** The data each kind of page is planned with; render turns it into a view. */
export interface PageDataByKind {
  home: ListPage;
  article: { readonly id: string; readonly previousId: string | null; readonly nextId: string | null };
  topics: Record<string, never>;
  topic: ListPage & { readonly slug: string };
  archive: Record<string, never>;
  year: ListPage & { readonly year: string };
  month: ListPage & { readonly year: string; readonly month: string };
  undated: ListPage;
  sources: Record<string, never>;
  source: ListPage & { readonly slug: string };
  entities: Record<string, never>;
  entity: ListPage & { readonly kind: 'people' | 'places' | 'organisations'; readonly slug: string };
  story: { readonly slug: string };
  search: Record<string, never>;
  report: ReportPage;
  notFound: Record<string, never>;
}

/** A planned page whose data matches its kind. */
export type PlannedPage = { [K in PageKind]: PagePlan<PageDataByKind[K]> & { readonly kind: K } }[PageKind];
