import type { Archive, ArticleGroup, EnrichedArticle, SeedAccount, StoryCluster } from '../types.js';
import type { SiteOptions } from '../config.js';

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
}

/** Build the lookups once per build. */
export function createRenderContext(archive: Archive, site: SiteOptions, account: SeedAccount, originals: ReadonlyMap<string, string>): RenderContext {
  return {
    archive, site, account, originals,
    byId: new Map(archive.records.map((r) => [r.id, r])),
    topicByName: new Map(archive.topics.map((g) => [g.name, g])),
    sourceByName: new Map(archive.sources.map((g) => [g.name, g])),
    entityByKey: new Map(archive.entities.map((g) => [`${g.kind}:${g.name}`, g])),
    clusterById: new Map(archive.clusters.map((c) => [c.id, c])),
  };
}
