import type { EnrichedArticle } from '../types.js';
import type { PlannedPage } from '../plan/pageData.js';
import type { RenderContext } from '../render/renderContext.js';
import { hashParts, hashText } from './hashText.js';
import { bodyDigest } from './bodyStore.js';
import { publicArticleJson } from '../render/articlesJson.js';
import { keyTable } from './keyTable.js';

/**
 * What the pages of a build were made from, kept in the build manifest so
 * the next build can tell which pages may have changed without building
 * their views (building and hashing the view of every page cost ~10 s of a
 * one-seed rebuild at 10,000 articles).
 */
export interface DependencyState {
  /** Everything archive-wide a page may show: site options, groups and their counts, date buckets, clusters. */
  readonly global: string;
  /** Record id -> digest of everything a page may show of that record. */
  readonly records: Readonly<Record<string, string>>;
  /** Output path -> digest of the page's plan (template, kind, ids listed, pagination). */
  readonly plans: Readonly<Record<string, string>>;
}

/**
 * Kinds whose view is a function of the global state, the page's plan and
 * the records it names (checked against the view functions): only these are
 * skipped. Index, report, search and 404 pages are few and always
 * re-hashed from their views.
 */
const TRACKED = new Set<PlannedPage['kind']>(['article', 'home', 'topic', 'year', 'month', 'undated', 'source', 'entity', 'story']);

/** The record ids a tracked page shows something of. */
function referencedIds(page: PlannedPage, ctx: RenderContext): readonly string[] {
  if (page.kind === 'story') return ctx.clusterBySlug.get(page.view.slug)?.ids ?? [];
  if (page.kind !== 'article') return 'ids' in page.view ? page.view.ids : [];
  const { id, previousId, nextId } = page.view;
  const ids = [id, ...(ctx.byId.get(id)?.related ?? [])];
  if (previousId !== null) ids.push(previousId);
  if (nextId !== null) ids.push(nextId);
  return ids;
}

/**
 * Everything of a record a page may show: its public fields (its line of
 * `api/articles.json`, made once for both), its body by digest (a stored
 * body's place in this build's store says nothing) and the path of its
 * published original. The plain text is never shown on a page.
 */
export function recordDigest(record: EnrichedArticle, ctx: RenderContext, line: string = publicArticleJson(record)): string {
  return hashText(line, bodyDigest(record.body), ctx.originals.get(record.seed) ?? '');
}

function globalDigest(ctx: RenderContext): string {
  const { archive } = ctx;
  const groups = (list: readonly { name: string; slug: string; ids: readonly string[] }[]) => list.map((g) => [g.name, g.slug, g.ids.length]);
  return hashText(JSON.stringify({
    site: ctx.site,
    records: archive.records.length,
    unknownSources: ctx.unknownSources,
    topics: groups(archive.topics),
    sources: groups(archive.sources),
    entities: archive.entities.map((g) => [g.kind, g.name, g.slug, g.ids.length]),
    clusters: archive.clusters.map((c) => [c.id, c.slug, c.label, c.ids]),
    years: ctx.dates.years.map((y) => [y.year, y.ids.length, y.months.map((m) => [m.month, m.ids.length])]),
    undated: ctx.dates.undated.length,
  }));
}

/**
 * A digest of a page's plan. Every page of a list shares the list's page
 * paths (one array): they are digested once per list, not once per page
 * (at 100,000 articles the home list alone has 5,000 pages, and
 * stringifying every path on every page took most of a rebuild).
 */
function planDigest(page: PlannedPage, listDigests: Map<readonly string[], string>): string {
  const view = page.view as { readonly pagePaths?: readonly string[] };
  if (view.pagePaths === undefined) return hashText(page.kind, page.template, page.outputPath, JSON.stringify(view));
  let paths = listDigests.get(view.pagePaths);
  if (paths === undefined) listDigests.set(view.pagePaths, paths = hashText(JSON.stringify(view.pagePaths)));
  const { pagePaths: _pagePaths, ...rest } = view;
  return hashText(page.kind, page.template, page.outputPath, JSON.stringify(rest), paths);
}

/** Record id -> `recordDigest` of every record of the archive. */
function recordDigests(ctx: RenderContext): Record<string, string> {
  const records = keyTable();
  for (const record of ctx.archive.records) records[record.id] = recordDigest(record, ctx);
  return records;
}

/**
 * The dependency state of a planned site.
 * @param records record id -> `recordDigest` of every record, where the build made them already (with articles.json)
 */
export function dependencyState(ctx: RenderContext, pages: readonly PlannedPage[], records: Readonly<Record<string, string>> = recordDigests(ctx)): DependencyState {
  const plans = keyTable();
  const listDigests = new Map<readonly string[], string>();
  for (const page of pages) if (TRACKED.has(page.kind)) plans[page.outputPath] = planDigest(page, listDigests);
  return { global: globalDigest(ctx), records, plans };
}

/**
 * The input hash of a tracked page, made from its dependencies: the code
 * and templates (`hashKey`), the global state, its plan and the digest of
 * every record it shows. A tracked page's view is a function of exactly
 * these (see `TRACKED`), so equal identities mean equal pages as equal view
 * hashes do, without building the view or serialising it (serialising and
 * hashing every view was a fifth of a render thread's work). Null for the
 * untracked kinds, whose views are hashed.
 */
export function pageIdentity(hashKey: string, page: PlannedPage, ctx: RenderContext, state: DependencyState): string | null {
  const plan = state.plans[page.outputPath];
  if (plan === undefined) return null;
  // Tagged, so an identity can never equal a view hash (`pageHash`).
  return hashParts(['page identity', hashKey, state.global, plan, ...referencedIds(page, ctx).map((id) => state.records[id] ?? '')]);
}

/**
 * Pages certainly unchanged since the build `previous` describes: tracked
 * kinds whose plan, global state and every record they show have the same
 * digests. Anything else (including every page after a global change) must
 * be re-hashed from its view.
 */
export function unchangedPages(ctx: RenderContext, pages: readonly PlannedPage[], current: DependencyState, previous: DependencyState | undefined): Set<string> {
  const same = new Set<string>();
  if (previous === undefined || previous.global !== current.global) return same;
  // Records whose digest differs, found once: pages refer to records millions of
  // times at 100,000 articles, and two table look-ups per reference took a second.
  // Every id a page refers to is a record of this archive (ctx), so it has a current digest.
  const changed = new Set<string>();
  for (const record of ctx.archive.records) if (previous.records[record.id] !== current.records[record.id]) changed.add(record.id);
  const unchanged = (id: string): boolean => !changed.has(id);
  for (const page of pages) {
    const plan = current.plans[page.outputPath];
    if (plan === undefined || previous.plans[page.outputPath] !== plan) continue;
    if (referencedIds(page, ctx).every(unchanged)) same.add(page.outputPath);
  }
  return same;
}
