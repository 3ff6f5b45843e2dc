import type { ArticleRecord, StoryCluster } from '../types.js';
import { compareText } from './compareText.js';
import { type CandidateVisitor, scanNeighbours, selectNeighbours } from './neighbourScan.js';
import { archiveIndex } from './similarityIndex.js';
import { dateKey } from './sortArticles.js';

const DAY = 86_400_000;
/** Two dated reports of one event: this similar, and ... */
const MIN_SIMILARITY = 0.25;
/** ... at most this far apart (a bare date counts as its whole day). */
const MAX_GAP = 3 * DAY;
/** An undated report joins only when nearly the same story. */
const MIN_SIMILARITY_UNDATED = 0.55;
/** No cluster spans more than this, so a chain of follow-ups does not become one story. */
const MAX_SPAN = 7 * DAY;
/** Nor grows beyond this: single-link chaining through a busy week would otherwise swallow it. */
const MAX_MEMBERS = 50;
/** How a record is dated, for the date test: not at all, by a bare day, or to the minute. */
const UNDATED = 0;
const BARE = 1;
const TIMED = 2;

interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/**
 * Stories covered by several reports: records that are very similar
 * (shared distinctive entities and words) and dated within a few days of
 * each other, joined with union-find, strongest links first. Only groups
 * of two or more are returned, newest first. A cluster's id and slug are
 * its earliest member's slug (stable while that member stays); its label
 * is the headline of the member most similar to the others.
 */
export function clusterStories(records: readonly ArticleRecord[]): StoryCluster[] {
  const { sorted, index } = archiveIndex(records);
  const clustering = clusterVisitor(sorted);
  scanNeighbours(index, [clustering.visit]);
  return clustering.clusters();
}

/**
 * The scan step of `clusterStories`, for a caller sharing one scan among
 * several uses: `visit` collects links, `clusters` joins them once every
 * record has been visited.
 * @param sorted the records in index (archive) order
 */
export function clusterVisitor(sorted: readonly ArticleRecord[]): { readonly visit: CandidateVisitor; readonly clusters: () => StoryCluster[] } {
  const keys = sorted.map((record) => dateKey(record.date));
  // One entry per pair, keyed a * total + b (exact below 2^53 for any archive size that fits in memory).
  const total = sorted.length;
  const best = new Map<number, Edge>();
  // Dates as typed arrays: the date test runs for every strong candidate.
  const instants = Float64Array.from(keys, (key) => key?.instant ?? 0);
  const dated = Uint8Array.from(keys, (key) => (key ? (key.bare ? BARE : TIMED) : UNDATED));
  const visit: CandidateVisitor = (candidates) => {
    const doc = candidates.doc;
    const ownDated = dated[doc] ?? UNDATED;
    const ownInstant = instants[doc] ?? 0;
    // Filter by date before ranking: the most similar records may be last year's coverage of the same topic.
    const near = (other: number, score: number): boolean => {
      const otherDated = dated[other] ?? UNDATED;
      if (ownDated === UNDATED || otherDated === UNDATED) return score >= MIN_SIMILARITY_UNDATED;
      const slack = ownDated === BARE || otherDated === BARE ? DAY : 0;
      return Math.abs(ownInstant - (instants[other] ?? 0)) <= MAX_GAP + slack;
    };
    for (const { doc: other, score } of selectNeighbours(candidates, MIN_SIMILARITY, MAX_MEMBERS, near)) {
      const [a, b] = doc < other ? [doc, other] : [other, doc];
      const known = best.get(a * total + b);
      if (!known || known.score < score) best.set(a * total + b, { a, b, score });
    }
  };
  return { visit, clusters: () => joinClusters(sorted, keys, [...best.values()]) };
}

/** Union-find over the links, strongest first, within the span and size limits. */
function joinClusters(sorted: readonly ArticleRecord[], keys: readonly ReturnType<typeof dateKey>[], links: Edge[]): StoryCluster[] {
  const edges = links.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const parent = sorted.map((_, doc) => doc);
  const size = sorted.map(() => 1);
  const span = keys.map((key) => (key ? { min: key.instant, max: key.instant } : null));
  const find = (doc: number): number => {
    let root = doc;
    while (parent[root] !== root) root = parent[root] ?? root;
    for (let at = doc; at !== root; ) {
      const next = parent[at] ?? root;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  const used: Edge[] = [];
  for (const edge of edges) {
    const [ra, rb] = [find(edge.a), find(edge.b)];
    if (ra === rb) {
      used.push(edge);
      continue;
    }
    const [sa, sb] = [span[ra] ?? null, span[rb] ?? null];
    const merged = sa && sb ? { min: Math.min(sa.min, sb.min), max: Math.max(sa.max, sb.max) } : (sa ?? sb);
    if (merged && merged.max - merged.min > MAX_SPAN) continue;
    if ((size[ra] ?? 1) + (size[rb] ?? 1) > MAX_MEMBERS) continue;
    // The smaller index becomes the root, so roots do not depend on edge order.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    span[root] = merged;
    size[root] = (size[ra] ?? 1) + (size[rb] ?? 1);
    used.push(edge);
  }
  return buildClusters(sorted, keys, used, find);
}

function buildClusters(
  sorted: readonly ArticleRecord[], keys: readonly ReturnType<typeof dateKey>[], edges: readonly Edge[], find: (doc: number) => number,
): StoryCluster[] {
  const members = new Map<number, number[]>();
  const strength = new Float64Array(sorted.length);
  for (const edge of edges) {
    strength[edge.a] = (strength[edge.a] ?? 0) + edge.score;
    strength[edge.b] = (strength[edge.b] ?? 0) + edge.score;
  }
  sorted.forEach((_, doc) => {
    const root = find(doc);
    const list = members.get(root);
    if (list) list.push(doc);
    else members.set(root, [doc]);
  });
  const clusters: { first: number; cluster: StoryCluster }[] = [];
  for (const docs of members.values()) {
    if (docs.length < 2) continue;
    const earliest = [...docs].sort((x, y) => compareEarliest(keys[x] ?? null, keys[y] ?? null) || x - y)[0] ?? 0;
    const central = [...docs].sort((x, y) => (strength[y] ?? 0) - (strength[x] ?? 0) || x - y)[0] ?? 0;
    const slug = sorted[earliest]?.slug ?? '';
    clusters.push({
      first: docs[0] ?? 0,
      cluster: { id: slug, slug, label: sorted[central]?.headline ?? '', ids: docs.map((doc) => sorted[doc]?.id ?? '') },
    });
  }
  return clusters.sort((x, y) => x.first - y.first || compareText(x.cluster.id, y.cluster.id)).map((entry) => entry.cluster);
}

/** Oldest first, undated last; the caller breaks ties by archive position. */
function compareEarliest(a: ReturnType<typeof dateKey>, b: ReturnType<typeof dateKey>): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.instant - b.instant;
}
