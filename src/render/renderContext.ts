import { inlineBodies, type BodyReader } from '../cache/bodyStore.js';
import type { Archive, ArticleGroup, EnrichedArticle, SeedAccount, StoryCluster } from '../types.js';
import type { SiteOptions } from '../config.js';
import { dateBuckets, type YearBucket } from '../plan/dateBuckets.js';

/** Everything a view function may read: the archive plus lookups built once. */
export interface RenderContext {
  readonly archive: Archive;
  readonly site: SiteOptions;
  readonly account: SeedAccount;
  readonly byId: ReadonlyMap<string, EnrichedArticle>;
  readonly topicByName: ReadonlyMap<string, ArticleGroup>;
  readonly sourceByName: ReadonlyMap<string, ArticleGroup>;
  /** Key `kind:name`. */
  readonly entityByKey: ReadonlyMap<string, ArticleGroup & { readonly kind: string }>;
  readonly clusterById: ReadonlyMap<string, StoryCluster>;
  /** Seed path -> output path of its published original text. */
  readonly originals: ReadonlyMap<string, string>;
  /** Records by year and month, and the undated ones: computed once, read by every date page. */
  readonly dates: { readonly years: readonly YearBucket[]; readonly undated: readonly string[] };
  /** Groups by URL slug (entities keyed `kind:slug`), for the list pages. */
  readonly topicBySlug: ReadonlyMap<string, ArticleGroup>;
  readonly sourceBySlug: ReadonlyMap<string, ArticleGroup>;
  readonly entityBySlug: ReadonlyMap<string, ArticleGroup>;
  readonly clusterBySlug: ReadonlyMap<string, StoryCluster>;
  /** Records with no known source. */
  readonly unknownSources: number;
  /** Where article bodies are read back from (the build keeps them out of memory). */
  readonly bodies: BodyReader;
}

/** Build the lookups once per build. */
export function createRenderContext(archive: Archive, site: SiteOptions, account: SeedAccount, originals: ReadonlyMap<string, string>, bodies: BodyReader = inlineBodies): RenderContext {
  return {
    archive, site, account, originals, bodies,
    byId: new Map(archive.records.map((r) => [r.id, r])),
    topicByName: new Map(archive.topics.map((g) => [g.name, g])),
    sourceByName: new Map(archive.sources.map((g) => [g.name, g])),
    entityByKey: new Map(archive.entities.map((g) => [`${g.kind}:${g.name}`, g])),
    clusterById: new Map(archive.clusters.map((c) => [c.id, c])),
    dates: dateBuckets(archive.records),
    topicBySlug: new Map(archive.topics.map((g) => [g.slug, g])),
    sourceBySlug: new Map(archive.sources.map((g) => [g.slug, g])),
    entityBySlug: new Map(archive.entities.map((g) => [`${g.kind}:${g.slug}`, g])),
    clusterBySlug: new Map(archive.clusters.map((c) => [c.slug, c])),
    unknownSources: archive.records.filter((r) => r.source === null).length,
  };
}
