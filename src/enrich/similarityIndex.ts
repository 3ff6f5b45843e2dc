import type { ArticleRecord } from '../types.js';
import { compareText } from './compareText.js';
import { recordFeatures } from './recordFeatures.js';

/** Features kept per record after weighting by rarity (the rest add little but cost). */
const MAX_TERMS = 40;
/** Records listed per feature; the highest-weighted are kept. Bounds work per query. */
const MAX_POSTINGS = 100;
/** In archives of at least this many records, a feature in more than ... */
const COMMON_MIN_DOCS = 50;
/** ... this share of them is ignored: it is shared too widely to relate anything. */
const COMMON_SHARE = 0.1;

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
  const raw = records.map(recordFeatures);
  const df = new Map<string, number>();
  for (const features of raw) for (const [key] of features) df.set(key, (df.get(key) ?? 0) + 1);
  const n = records.length;
  const maxDf = n >= COMMON_MIN_DOCS ? Math.max(2, Math.floor(n * COMMON_SHARE)) : n;
  const ids = new Map<string, number>();
  for (const key of [...df.keys()].sort(compareText)) {
    const count = df.get(key) ?? 0;
    if (count >= 2 && count <= maxDf) ids.set(key, ids.size);
  }
  const vectors = raw.map((features) => {
    // Features of this record alone still count in its norm: without them a
    // record sharing two names and nothing else would look identical.
    const weighted: [number, number][] = [];
    for (const [key, weight] of features) {
      const count = df.get(key) ?? 1;
      if (count <= maxDf) weighted.push([ids.get(key) ?? -1, weight * Math.log(1 + n / count)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = weighted.slice(0, MAX_TERMS);
    const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    const kept = top.filter(([id]) => id >= 0);
    return { terms: Int32Array.from(kept, ([id]) => id), weights: Float64Array.from(kept, ([, w]) => w / norm) };
  });
  const lists: [number, number][][] = Array.from({ length: ids.size }, () => []);
  vectors.forEach((vector, doc) => vector.terms.forEach((term, k) => lists[term]?.push([doc, vector.weights[k] ?? 0])));
  const postings = lists.map((list) => {
    const kept = list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_POSTINGS);
    return { docs: Int32Array.from(kept, ([doc]) => doc), weights: Float64Array.from(kept, ([, w]) => w) };
  });
  return { vectors, postings };
}

/**
 * Records most similar to record `doc` (cosine over shared features),
 * best first, ties by record index (callers pass records in archive order).
 *
 * @param scratch a zeroed Float64Array of one slot per record, reused across calls
 */
export function findNeighbours(index: SimilarityIndex, doc: number, minScore: number, scratch: Float64Array): Neighbour[] {
  const vector = index.vectors[doc];
  if (!vector) return [];
  const touched: number[] = [];
  vector.terms.forEach((term, k) => {
    const list = index.postings[term];
    const weight = vector.weights[k] ?? 0;
    if (!list) return;
    for (let p = 0; p < list.docs.length; p++) {
      const other = list.docs[p] as number;
      if (other === doc) continue;
      if (scratch[other] === 0) touched.push(other);
      scratch[other] = (scratch[other] ?? 0) + weight * (list.weights[p] ?? 0);
    }
  });
  const result: Neighbour[] = [];
  for (const other of touched) {
    const score = scratch[other] ?? 0;
    scratch[other] = 0;
    if (score >= minScore) result.push({ doc: other, score });
  }
  return result.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
