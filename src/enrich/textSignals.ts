import type { ArticleRecord, Taxonomy } from '../types.js';
import { assignTopics } from './assignTopics.js';
import { bodyWordCounts, createFeatureTable, type FeatureTable } from './recordFeatures.js';

/**
 * A function that adds to a record what enrichment needs of its text (its
 * topics, the salient words of its opening: `RecordSignals`), keeping the
 * text. Extraction workers apply it, so the reading runs on every core and
 * is cached with the seed.
 */
export function withSignals(taxonomy: Taxonomy): (record: ArticleRecord) => ArticleRecord {
  // Tokens are looked up once per table, as in enrichment's own.
  const table: FeatureTable = createFeatureTable();
  return (record) => (record.signals !== undefined ? record : { ...record, signals: { topics: assignTopics(record, taxonomy), ...bodyWordCounts(record.text, table) } });
}

/**
 * A function that returns a record with its signals (see `withSignals`) and
 * without its text. The build applies it to each batch of records as
 * extraction hands them over, so no record's plain text is held until
 * enrichment (a gigabyte at 100,000 articles); `buildArchive` gives the
 * same archive either way (a test holds the two together).
 */
export function textSignals(taxonomy: Taxonomy): (record: ArticleRecord) => ArticleRecord {
  const add = withSignals(taxonomy);
  // Records read from the cache mostly come with current signals and no text already: no copy for them.
  return (record) => (record.signals !== undefined && record.text === '' ? record : { ...add(record), text: '' });
}
