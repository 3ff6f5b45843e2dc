import type { RenderContext } from '../renderContext.js';
import { relativeHref, rootPrefix } from '../../plan/relativeHref.js';
import { outputPath, prettyUrl } from '../../plan/outputPath.js';

export interface NavLink {
  readonly href: string;
  readonly label: string;
  readonly current: boolean;
}

/** What the base layout needs on every page. */
export interface LayoutView {
  readonly lang: string;
  readonly siteTitle: string;
  readonly title: string;
  readonly description: string;
  readonly root: string;
  readonly homeHref: string;
  readonly nav: readonly NavLink[];
  readonly stylesheet: string;
  readonly atomHref: string;
  readonly jsonFeedHref: string;
  readonly canonical: string | null;
  readonly noindex: boolean;
  /**
   * The 404 page is served for misses at any depth, where its relative links
   * would not resolve; with a known base URL it anchors them with `<base>`.
   */
  readonly baseHref: string | null;
}

const sections = [
  { label: 'Latest', path: outputPath.home(), prefix: '' },
  { label: 'Topics', path: outputPath.topics(), prefix: 'topics/' },
  { label: 'Archive', path: outputPath.archive(), prefix: 'archive/' },
  { label: 'Sources', path: outputPath.sources(), prefix: 'sources/' },
  { label: 'Search', path: outputPath.search(), prefix: 'search/' },
] as const;

/**
 * The layout view of the page at `path`: every link relative to it.
 * @param title page title (plain text; templates escape it)
 */
export function layoutView(ctx: RenderContext, path: string, title: string, description?: string): LayoutView {
  const section = sections.slice(1).find((s) => path.startsWith(s.prefix))?.path ?? (path === 'index.html' || path.startsWith('page/') ? sections[0].path : null);
  return {
    lang: ctx.site.language,
    siteTitle: ctx.site.title,
    title: path === 'index.html' ? ctx.site.title : `${title} · ${ctx.site.title}`,
    description: description ?? ctx.site.description,
    root: rootPrefix(path),
    homeHref: relativeHref(path, outputPath.home()),
    nav: sections.map((s) => ({ href: relativeHref(path, s.path), label: s.label, current: s.path === section })),
    stylesheet: relativeHref(path, 'assets/style.css'),
    atomHref: relativeHref(path, 'feed.xml'),
    jsonFeedHref: relativeHref(path, 'feed.json'),
    canonical: ctx.site.baseUrl ? new URL(prettyUrl(path), ctx.site.baseUrl).href : null,
    noindex: path === outputPath.notFound() || path.startsWith('report/'),
    baseHref: path === outputPath.notFound() && ctx.site.baseUrl ? new URL(ctx.site.baseUrl).pathname : null,
  };
}
