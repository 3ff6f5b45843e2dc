import type { ArticleRecord } from '../types.js';
import { type CandidateVisitor, scanNeighbours, selectNeighbours } from './neighbourScan.js';
import { archiveIndex } from './similarityIndex.js';

/** Below this cosine similarity, two records are not worth linking. */
const MIN_SIMILARITY = 0.04;
/** Related records listed per record unless asked otherwise. */
export const RELATED_LIMIT = 5;

/**
 * Related records for every record: TF-IDF cosine similarity over
 * entities, topics and salient words, found through an inverted index
 * (each query touches only records sharing a feature, and each feature
 * lists a bounded number of records), so it scales to 100,000 records.
 *
 * @param limit related records per record (default 5)
 * @returns record id -> related ids, most similar first; ties in archive order
 */
export function findRelated(records: readonly ArticleRecord[], limit = RELATED_LIMIT): Map<string, string[]> {
  // Work in archive order so ties never depend on the input order.
  const { sorted, index } = archiveIndex(records);
  const related = new Map<string, string[]>();
  scanNeighbours(index, [relatedVisitor(sorted, limit, related)]);
  return related;
}

/**
 * The scan step of `findRelated`, for a caller sharing one scan among
 * several uses: fills `into` (record id -> related ids) as records are visited.
 * @param sorted the records in index (archive) order
 */
export function relatedVisitor(sorted: readonly ArticleRecord[], limit: number, into: Map<string, string[]>): CandidateVisitor {
  return (candidates) => {
    const neighbours = selectNeighbours(candidates, MIN_SIMILARITY, limit);
    into.set(sorted[candidates.doc]?.id ?? '', neighbours.map((neighbour) => sorted[neighbour.doc]?.id ?? ''));
  };
}
