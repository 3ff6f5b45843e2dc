import type { Archive, LoadedSeeds } from '../types.js';
import { originalPath } from './originalPath.js';

/** Non-page outputs: feeds, data, and the published original of every seed. */
export interface FilePlan {
  /** Seed path -> output path of its verbatim original. */
  readonly originals: ReadonlyMap<string, string>;
  /** Every non-page output path, with what produced it (for validatePlan). */
  readonly paths: readonly { path: string; from: string }[];
}

/** Plan the files that are not HTML pages. */
export function planFiles(archive: Archive, loaded: LoadedSeeds, withSitemap = false): FilePlan {
  const withRecords = new Set(archive.records.map((r) => r.seed));
  const originals = new Map(loaded.seeds.filter((s) => withRecords.has(s.path)).map((s) => [s.path, originalPath(s.path)]));
  const paths = [
    { path: 'feed.xml', from: 'Atom feed' },
    { path: 'feed.json', from: 'JSON feed' },
    { path: 'api/articles.json', from: 'article data' },
    ...(withSitemap ? [{ path: 'sitemap.xml', from: 'sitemap' }] : []),
    ...[...originals].map(([seed, path]) => ({ path, from: `original of ${seed}` })),
  ];
  return { originals, paths };
}
