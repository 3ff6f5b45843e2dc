import type { ArticleRecord, Taxonomy } from '../types.js';
import { assignTopics } from './assignTopics.js';
import { bodyWordCounts, createFeatureTable, type FeatureTable } from './recordFeatures.js';

/**
 * A function that reads what enrichment needs of a record's text (its
 * topics, the salient words of its opening: `RecordSignals`) and returns
 * the record without its text. The build applies it to each batch of
 * records as extraction hands them over, so no record's plain text is held
 * until enrichment (a gigabyte at 100,000 articles); `buildArchive` gives
 * the same archive either way (a test holds the two together).
 */
export function textSignals(taxonomy: Taxonomy): (record: ArticleRecord) => ArticleRecord {
  // Tokens are looked up once per build, as in enrichment's own table.
  const table: FeatureTable = createFeatureTable();
  return (record) => {
    if (record.signals !== undefined) return record;
    const topics = assignTopics(record, taxonomy);
    return { ...record, text: '', signals: { topics, ...bodyWordCounts(record.text, table) } };
  };
}
