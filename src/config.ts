import path from 'node:path';

/** Site-wide options that reach templates and feeds. */
export interface SiteOptions {
  readonly title: string;
  readonly description: string;
  /** Language of the site chrome (BCP 47). */
  readonly language: string;
  /**
   * Absolute URL the site will be served from (e.g. `https://example.org/archive/`).
   * Optional: without it every link stays relative; feeds and the sitemap, which
   * need absolute URLs, then use relative ones where the format allows and the
   * sitemap is not written.
   */
  readonly baseUrl: string | null;
  /** Items per list page before pagination. */
  readonly pageSize: number;
}

/** Everything a build needs to know, resolved to absolute paths. */
export interface BuildOptions {
  readonly seedsDir: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly publicDir: string;
  readonly taxonomyFile: string;
  readonly cacheDir: string | null;
  /** Fail the build on any error diagnostic instead of skipping the seed. */
  readonly strict: boolean;
  /** Build the Pagefind search index. */
  readonly search: boolean;
  /**
   * Recognise people, places and organisations (compromise). The costliest
   * stage per article; `--no-entities` turns it off (no entity pages).
   */
  readonly entities: boolean;
  readonly site: SiteOptions;
}

export const defaultSite: SiteOptions = {
  title: 'News Archive',
  description: 'A permanent, searchable archive of clipped news articles.',
  language: 'en',
  baseUrl: null,
  pageSize: 50,
};

/**
 * Resolve build options against a project root, filling defaults.
 * @param root project directory (where seeds/, templates/, public/ live)
 * @param overrides values given on the command line
 */
export function resolveOptions(root: string, overrides: Partial<Omit<BuildOptions, 'site'>> & { site?: Partial<SiteOptions> } = {}): BuildOptions {
  const at = (p: string | null | undefined, fallback: string): string => path.resolve(root, p ?? fallback);
  return {
    seedsDir: at(overrides.seedsDir, 'seeds'),
    outDir: at(overrides.outDir, 'dist'),
    templatesDir: at(overrides.templatesDir, 'templates'),
    publicDir: at(overrides.publicDir, 'public'),
    taxonomyFile: at(overrides.taxonomyFile, 'taxonomy.yml'),
    cacheDir: overrides.cacheDir === null ? null : at(overrides.cacheDir, '.cache'),
    strict: overrides.strict ?? false,
    search: overrides.search ?? true,
    entities: overrides.entities ?? true,
    site: { ...defaultSite, ...overrides.site },
  };
}
