import type { ArticleRecord } from '../types.js';
import { compareText } from './compareText.js';
import { createFeatureTable, type RawFeatures, recordFeatures } from './recordFeatures.js';
import { sortArticles } from './sortArticles.js';

/** Features kept per record after weighting by rarity (the rest add little but cost). */
const MAX_TERMS = 40;
/** Records listed per feature; the highest-weighted are kept. Bounds work per query. */
const MAX_POSTINGS = 100;
/** In archives of at least this many records, a feature in more than ... */
const COMMON_MIN_DOCS = 50;
/** ... this share of them is ignored: it is shared too widely to relate anything. */
const COMMON_SHARE = 0.25;

/** A TF-IDF vector per record and an inverted index over them. */
export interface SimilarityIndex {
  /** Per record (input order): feature ids and L2-normalised weights. */
  readonly vectors: readonly { readonly terms: Int32Array; readonly weights: Float64Array }[];
  /** Per feature id: record indexes and weights, capped at MAX_POSTINGS. */
  readonly postings: readonly { readonly docs: Int32Array; readonly weights: Float64Array }[];
}

/** A neighbour of a record and its cosine similarity. */
export interface Neighbour {
  readonly doc: number;
  readonly score: number;
}

/**
 * Build the index. Features found in one record only or in too many are
 * dropped; each record keeps its MAX_TERMS heaviest features. Work is
 * linear in the number of records, never all-pairs.
 */
export function buildSimilarityIndex(records: readonly ArticleRecord[]): SimilarityIndex {
  const table = createFeatureTable();
  const raw = records.map((record) => recordFeatures(record, table));
  const df = new Int32Array(table.keys.length);
  for (const features of raw) for (const feature of features.ids) df[feature] = (df[feature] ?? 0) + 1;
  const n = records.length;
  const maxDf = n >= COMMON_MIN_DOCS ? Math.max(2, Math.floor(n * COMMON_SHARE)) : n;
  // Numbered by key (code units), never by first sight, so ties do not depend on input order.
  const kept: number[] = [];
  df.forEach((count, feature) => {
    if (count >= 2 && count <= maxDf) kept.push(feature);
  });
  kept.sort((a, b) => compareText(table.keys[a] ?? '', table.keys[b] ?? ''));
  const ids = new Int32Array(table.keys.length).fill(-1);
  kept.forEach((feature, id) => {
    ids[feature] = id;
  });
  const vectors = raw.map((features) => weigh(features, df, ids, n, maxDf));
  return { vectors, postings: buildPostings(vectors, kept.length) };
}

/**
 * One record's vector: raw weights times rarity, the MAX_TERMS heaviest
 * (ties by feature number), L2-normalised. Features of this record alone
 * (`ids` -1) still count in its norm: without them a record sharing two
 * names and nothing else would look identical.
 */
function weigh(features: RawFeatures, df: Int32Array, ids: Int32Array, n: number, maxDf: number): SimilarityIndex['vectors'][number] {
  const weighted: [number, number][] = [];
  for (let k = 0; k < features.ids.length; k++) {
    const feature = features.ids[k] ?? 0;
    const count = df[feature] ?? 1;
    if (count <= maxDf) weighted.push([ids[feature] ?? -1, (features.weights[k] ?? 0) * Math.log(1 + n / count)]);
  }
  weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = Math.min(MAX_TERMS, weighted.length);
  let sum = 0;
  let kept = 0;
  for (let k = 0; k < top; k++) {
    const [id, weight] = weighted[k] as [number, number];
    sum += weight * weight;
    if (id >= 0) kept++;
  }
  const norm = Math.sqrt(sum) || 1;
  const terms = new Int32Array(kept);
  const weights = new Float64Array(kept);
  for (let k = 0, at = 0; k < top; k++) {
    const [id, weight] = weighted[k] as [number, number];
    if (id < 0) continue;
    terms[at] = id;
    weights[at++] = weight / norm;
  }
  return { terms, weights };
}

/** Invert the vectors; a feature listing too many records keeps the heaviest MAX_POSTINGS. */
function buildPostings(vectors: SimilarityIndex['vectors'], terms: number): SimilarityIndex['postings'] {
  const counts = new Int32Array(terms);
  for (const vector of vectors) for (const term of vector.terms) counts[term] = (counts[term] ?? 0) + 1;
  const postings = Array.from(counts, (count) => ({ docs: new Int32Array(count), weights: new Float64Array(count) }));
  const filled = new Int32Array(terms);
  vectors.forEach((vector, doc) => {
    vector.terms.forEach((term, k) => {
      const list = postings[term];
      const at = filled[term] ?? 0;
      if (!list) return;
      list.docs[at] = doc;
      list.weights[at] = vector.weights[k] ?? 0;
      filled[term] = at + 1;
    });
  });
  return postings.map((list) => (list.docs.length <= MAX_POSTINGS ? list : heaviest(list)));
}

/**
 * The MAX_POSTINGS heaviest entries of a list in doc order, heaviest first,
 * ties by doc. Selects by a weight cut first: a common feature lists a
 * quarter of the archive, and sorting all of it per feature does not scale.
 */
function heaviest(list: { readonly docs: Int32Array; readonly weights: Float64Array }): { docs: Int32Array; weights: Float64Array } {
  const cut = Float64Array.from(list.weights).sort()[list.weights.length - MAX_POSTINGS] ?? 0;
  const chosen: number[] = [];
  list.weights.forEach((weight, i) => {
    if (weight > cut) chosen.push(i);
  });
  // Docs are in ascending order, so the first entries at the cut are the ties that win.
  for (let i = 0; i < list.weights.length && chosen.length < MAX_POSTINGS; i++) if (list.weights[i] === cut) chosen.push(i);
  chosen.sort((a, b) => (list.weights[b] ?? 0) - (list.weights[a] ?? 0) || (list.docs[a] ?? 0) - (list.docs[b] ?? 0));
  return { docs: Int32Array.from(chosen, (i) => list.docs[i] ?? 0), weights: Float64Array.from(chosen, (i) => list.weights[i] ?? 0) };
}

/** Indexes by input array: related articles and clusters of one archive share one index. */
const indexes = new WeakMap<readonly ArticleRecord[], { readonly sorted: readonly ArticleRecord[]; readonly index: SimilarityIndex }>();

/**
 * The records in archive order and their similarity index, built once per
 * input array (arrays between stages are never mutated, so this is safe).
 */
export function archiveIndex(records: readonly ArticleRecord[]): { readonly sorted: readonly ArticleRecord[]; readonly index: SimilarityIndex } {
  const cached = indexes.get(records);
  if (cached) return cached;
  const sorted = sortArticles(records);
  const built = { sorted, index: buildSimilarityIndex(sorted) };
  indexes.set(records, built);
  return built;
}
