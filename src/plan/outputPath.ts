/**
 * The only place that builds dist-relative output paths. Every page is a
 * directory with an `index.html` (pretty URLs); a slug is already validated
 * (`[a-z0-9-]`) by the time it gets here, and `assertSafeOutputPath` is the
 * last line of defence before anything is written.
 */

const pageSuffix = (page: number): string => (page > 1 ? `page/${page}/` : '');

export const outputPath = {
  home: (page = 1): string => `${pageSuffix(page)}index.html`,
  article: (slug: string): string => `articles/${slug}/index.html`,
  topics: (): string => 'topics/index.html',
  topic: (slug: string, page = 1): string => `topics/${slug}/${pageSuffix(page)}index.html`,
  archive: (): string => 'archive/index.html',
  year: (year: string, page = 1): string => `archive/${year}/${pageSuffix(page)}index.html`,
  month: (year: string, month: string, page = 1): string => `archive/${year}/${month}/${pageSuffix(page)}index.html`,
  undated: (page = 1): string => `archive/undated/${pageSuffix(page)}index.html`,
  sources: (): string => 'sources/index.html',
  source: (slug: string, page = 1): string => `sources/${slug}/${pageSuffix(page)}index.html`,
  entities: (): string => 'entities/index.html',
  entity: (kind: string, slug: string, page = 1): string => `entities/${kind}/${slug}/${pageSuffix(page)}index.html`,
  story: (slug: string): string => `stories/${slug}/index.html`,
  search: (): string => 'search/index.html',
  report: (page = 1): string => `report/${pageSuffix(page)}index.html`,
  notFound: (): string => '404.html',
} as const;

const safeSegment = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Throw if a path could escape the output directory. Called by the write
 * stage for every file: a planning bug must never become a write outside dist/.
 */
export function assertSafeOutputPath(p: string): void {
  const segments = p.split('/');
  const ok = p.length > 0 && p.length < 1024 && !p.startsWith('/') && !p.includes('\\') &&
    segments.every((s) => safeSegment.test(s) && s !== '..' && s !== '.');
  if (!ok) throw new Error(`unsafe output path refused: ${JSON.stringify(p)}`);
}

/**
 * The pretty URL of an output path, relative to the site root
 * (`articles/x/index.html` -> `articles/x/`).
 */
export function prettyUrl(p: string): string {
  return p === 'index.html' ? '' : p.replace(/(^|\/)index\.html$/, '$1');
}
