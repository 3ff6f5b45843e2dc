import type { ArticleRecord } from '../types.js';
import { archiveIndex, findNeighbours } from './similarityIndex.js';

/** Below this cosine similarity, two records are not worth linking. */
const MIN_SIMILARITY = 0.04;

/**
 * Related records for every record: TF-IDF cosine similarity over
 * entities, topics and salient words, found through an inverted index
 * (each query touches only records sharing a feature, and each feature
 * lists a bounded number of records), so it scales to 100,000 records.
 *
 * @param limit related records per record (default 5)
 * @returns record id -> related ids, most similar first; ties in archive order
 */
export function findRelated(records: readonly ArticleRecord[], limit = 5): Map<string, string[]> {
  // Work in archive order so ties never depend on the input order.
  const { sorted, index } = archiveIndex(records);
  const scratch = new Float64Array(sorted.length);
  const related = new Map<string, string[]>();
  sorted.forEach((record, doc) => {
    const neighbours = findNeighbours(index, doc, MIN_SIMILARITY, scratch, limit);
    related.set(record.id, neighbours.map((neighbour) => sorted[neighbour.doc]?.id ?? ''));
  });
  return related;
}
