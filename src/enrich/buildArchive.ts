import { codes } from '../diagnostics/codes.js';
import type { Archive, ArticleGroup, ArticleRecord, Diagnostic, EnrichedArticle, Entities, Result, StoryCluster, Taxonomy } from '../types.js';
import { assignTopics } from './assignTopics.js';
import { clusterVisitor } from './clusterStories.js';
import { compareText, foldCase } from './compareText.js';
import { hasEntities } from './hasEntities.js';
import { groupSlugs, type SlugItem } from './groupSlugs.js';
import { scanNeighbours } from './neighbourScan.js';
import { RELATED_LIMIT, relatedVisitor } from './relatedArticles.js';
import { archiveIndex } from './similarityIndex.js';
import { sortArticles } from './sortArticles.js';

/** Recognises the people, places and organisations of an article's text. */
export type EntityRecogniser = (text: string, headline: string) => Entities;

/** An entity gets a page (a group) once this many articles name it: one article is its own page already. */
const MIN_ENTITY_ARTICLES = 2;
const ENTITY_KINDS = ['people', 'places', 'organisations'] as const;

/** What enrichment gives one record. */
export interface RecordEnrichment {
  readonly topics: readonly string[];
  readonly entities: Entities;
  readonly related: readonly string[];
  readonly cluster: string | null;
}

/**
 * What enrichment makes of an archive's records, without the records: a
 * function of what `enrichmentInputs` gives of each record (and the
 * taxonomy), so a rebuild whose records differ only elsewhere (a body, a
 * summary, a word count) can apply the same enrichment again (see
 * `applyEnrichment`) instead of comparing every record with every other.
 */
export interface Enrichment {
  /** Indexes of the input records, in archive order. */
  readonly order: readonly number[];
  /** Per record, in archive order. */
  readonly records: readonly RecordEnrichment[];
  readonly topics: readonly ArticleGroup[];
  readonly sources: readonly ArticleGroup[];
  readonly entities: readonly (ArticleGroup & { readonly kind: keyof Entities })[];
  readonly clusters: readonly StoryCluster[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Enrich the extracted records into the archive the plan stage renders:
 * topics and entities per record (records that already carry entities,
 * e.g. stated by the archivist, keep them), related records, story
 * clusters, and the groups (topics, sources, entities with at least two
 * articles) with unique slugs. Records come out in archive order; groups
 * are sorted by name (code units) and list ids in archive order.
 * Deterministic: the same records in any order give the same archive.
 * @param recognise entity recognition for records that carry none, or null
 *   to keep records' entities as they are (the build recognises them per
 *   seed during extraction; importing the recogniser costs half a second)
 */
export function buildArchive(records: readonly ArticleRecord[], taxonomy: Taxonomy, recognise: EntityRecogniser | null): Result<Archive> {
  return applyEnrichment(records, enrichRecords(records, taxonomy, recognise));
}

/** The enrichment of `records` (see `buildArchive`), without the records. */
export function enrichRecords(records: readonly ArticleRecord[], taxonomy: Taxonomy, recognise: EntityRecogniser | null): Enrichment {
  const diagnostics: Diagnostic[] = [];
  const inputs = records.map((record) => ({
    ...record,
    topics: record.signals?.topics ?? assignTopics(record, taxonomy),
    entities: recognise === null || hasEntities(record.entities) ? record.entities : recognise(record.text, record.headline),
  }));
  const enriched = sortArticles(inputs);
  const inputIndex = new Map(inputs.map((record, i) => [record, i]));
  reportDuplicateIds(enriched, diagnostics);
  // One similarity scan serves related articles and story clusters.
  const { sorted, index } = archiveIndex(enriched);
  const related = new Map<string, string[]>();
  const clustering = clusterVisitor(sorted);
  scanNeighbours(index, [relatedVisitor(sorted, RELATED_LIMIT, related), clustering.visit]);
  const clusters = clustering.clusters();
  const clusterOf = new Map<string, string>();
  for (const cluster of clusters) for (const id of cluster.ids) clusterOf.set(id, cluster.id);

  const seedOf = new Map(enriched.map((record) => [record.id, record.seed]));
  const toGroups = (items: readonly Collected[], family: string): ArticleGroup[] => slugGroups(items, family, seedOf, diagnostics);
  const topics = toGroups(collect(enriched, (record) => record.topics), 'topic');
  const sources = toGroups(collect(enriched, (record) => (record.source === null || record.source.trim() === '' ? [] : [record.source.trim()])), 'source');
  const entityItems = ENTITY_KINDS.flatMap((kind) =>
    collect(enriched, (record) => record.entities[kind], kind).filter((group) => group.ids.length >= MIN_ENTITY_ARTICLES),
  ).sort(byName);
  // One slug namespace for all kinds: a person and a place may share a name ("Jordan").
  const entities = toGroups(entityItems, 'entity').map((group, i) => ({ ...group, kind: entityItems[i]?.kind ?? 'people' }));
  return {
    order: enriched.map((record) => inputIndex.get(record) ?? -1),
    records: enriched.map((record) => ({ topics: record.topics, entities: record.entities, related: related.get(record.id) ?? [], cluster: clusterOf.get(record.id) ?? null })),
    topics, sources, entities, clusters, diagnostics,
  };
}

/**
 * The archive of `records` given their enrichment (made from these records
 * or from records with the same `enrichmentInputs`, in the same order).
 * Signals served enrichment alone: they are never published.
 */
export function applyEnrichment(records: readonly ArticleRecord[], enrichment: Enrichment): Result<Archive> {
  const archived = enrichment.order.map((i, k): EnrichedArticle => {
    const { signals: _signals, ...record } = records[i] as ArticleRecord;
    const added = enrichment.records[k] as RecordEnrichment;
    return { ...record, topics: added.topics, entities: added.entities, related: added.related, cluster: added.cluster };
  });
  const { topics, sources, entities, clusters, diagnostics } = enrichment;
  return { value: { records: archived, topics, sources, entities, clusters }, diagnostics: [...diagnostics] };
}

interface Collected {
  readonly key: string;
  readonly kind: keyof Entities;
  readonly name: string;
  readonly ids: readonly string[];
}

/**
 * Group records by the names `pick` returns, ignoring case; the group's
 * name is its most used spelling. Records arrive in archive order, so
 * ids do too. Sorted by name, then key (code units).
 */
function collect<R extends ArticleRecord>(records: readonly R[], pick: (record: R) => readonly string[], kind: keyof Entities = 'people'): Collected[] {
  const groups = new Map<string, { ids: string[]; spellings: Map<string, number> }>();
  // Names repeat across thousands of records: fold each spelling once.
  const keys = new Map<string, string>();
  for (const record of records) {
    const names = pick(record);
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      // Each name once per record, as a Set would (first occurrence counts).
      if (k > 0 && names.indexOf(name) < k) continue;
      let key = keys.get(name);
      if (key === undefined) {
        key = `${kind}:${foldCase(name)}`;
        keys.set(name, key);
      }
      const group = groups.get(key) ?? { ids: [], spellings: new Map<string, number>() };
      if (group.ids[group.ids.length - 1] !== record.id) group.ids.push(record.id);
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, group]) => ({
      key,
      kind,
      name: [...group.spellings.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? '',
      ids: group.ids,
    }))
    .sort(byName);
}

function byName(a: Collected, b: Collected): number {
  return compareText(a.name, b.name) || compareText(a.key, b.key);
}

/** Give each collected group a unique slug (one namespace per group family). */
function slugGroups(items: readonly Collected[], family: string, seedOf: ReadonlyMap<string, string>, diagnostics: Diagnostic[]): ArticleGroup[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const { slugs, collisions } = groupSlugs(items.map((item): SlugItem => ({ key: item.key, name: item.name })));
  for (const collision of collisions) {
    const firstId = byKey.get(collision.keys[1] ?? '')?.ids[0] ?? '';
    diagnostics.push({
      code: codes.ENRICH_SLUG_COLLISION, severity: 'info', file: seedOf.get(firstId) ?? '',
      message: `The ${family} names ${collision.names.map((name) => `"${name}"`).join(', ')} all slugify to "${collision.slug}"; all but the first got a suffix.`,
      hint: 'Rename one of them (in the seeds or taxonomy.yml) for a readable URL.',
    });
  }
  return items.map((item) => ({ name: item.name, slug: slugs.get(item.key) ?? '', ids: item.ids }));
}

function reportDuplicateIds(records: readonly ArticleRecord[], diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) {
      diagnostics.push({ code: codes.ENRICH_DUPLICATE_ID, severity: 'warning', file: record.seed, line: record.line, message: `Another record already has the id "${record.id}".` });
    }
    seen.add(record.id);
  }
}
