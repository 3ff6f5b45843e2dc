import type { Neighbour, SimilarityIndex } from './similarityIndex.js';

/** The records sharing a feature with record `doc`, and their cosine similarity to it. Valid only during a visit. */
export interface Candidates {
  readonly doc: number;
  /** Record indexes; the first `count` entries, in order of first shared feature. */
  readonly others: Int32Array;
  readonly count: number;
  /** Similarity by record index (zero for records sharing nothing). */
  readonly scores: Float64Array;
}

/** Reads the candidates of one record (records are visited in index order). */
export type CandidateVisitor = (candidates: Candidates) => void;

/**
 * Visit every record of the index, in order, with its candidates. Scores
 * are accumulated once per record and shared by all visitors (related
 * articles and story clusters rank the same scores differently), over the
 * inverted index: each record touches only records sharing a feature.
 */
export function scanNeighbours(index: SimilarityIndex, visitors: readonly CandidateVisitor[]): void {
  const total = index.vectors.length;
  const scores = new Float64Array(total);
  const others = new Int32Array(total);
  for (let doc = 0; doc < total; doc++) {
    const count = accumulate(index, doc, scores, others);
    const candidates: Candidates = { doc, others, count, scores };
    for (const visit of visitors) visit(candidates);
    for (let i = 0; i < count; i++) scores[others[i] ?? 0] = 0;
  }
}

/** Add up the cosine of `doc` with every record sharing a feature; returns how many were touched. */
function accumulate(index: SimilarityIndex, doc: number, scores: Float64Array, others: Int32Array): number {
  const vector = index.vectors[doc];
  if (!vector) return 0;
  let count = 0;
  for (let k = 0; k < vector.terms.length; k++) {
    const list = index.postings[vector.terms[k] ?? -1];
    const weight = vector.weights[k] ?? 0;
    if (!list) continue;
    const docs = list.docs;
    const weights = list.weights;
    for (let p = 0; p < docs.length; p++) {
      const other = docs[p] ?? doc;
      if (other === doc) continue;
      const score = scores[other] ?? 0;
      if (score === 0) others[count++] = other;
      scores[other] = score + weight * (weights[p] ?? 0);
    }
  }
  return count;
}

/**
 * The `limit` candidates most similar to the visited record, scoring at
 * least `minScore`, best first, ties by record index (callers index
 * records in archive order).
 *
 * @param accept filters candidates before ranking (e.g. "dated within three days")
 */
export function selectNeighbours(
  candidates: Candidates, minScore: number, limit: number, accept: (other: number, score: number) => boolean = () => true,
): Neighbour[] {
  const { others, count, scores } = candidates;
  // Keep the best `limit` by insertion: limits are small, candidate lists are not.
  const best: Neighbour[] = [];
  // Once the list is full, nothing scoring below its last entry can enter: one comparison rejects most candidates.
  let floor = minScore;
  for (let i = 0; i < count; i++) {
    const other = others[i] ?? 0;
    const score = scores[other] ?? 0;
    if (score < floor) continue;
    if (best.length === limit && !isBetter(score, other, best[limit - 1] as Neighbour)) continue;
    if (!accept(other, score)) continue;
    let at = best.length;
    while (at > 0 && isBetter(score, other, best[at - 1] as Neighbour)) at--;
    best.splice(at, 0, { doc: other, score });
    if (best.length > limit) best.pop();
    if (best.length === limit) floor = Math.max(minScore, (best[limit - 1] as Neighbour).score);
  }
  return best;
}

function isBetter(score: number, doc: number, than: Neighbour): boolean {
  return score > than.score || (score === than.score && doc < than.doc);
}
