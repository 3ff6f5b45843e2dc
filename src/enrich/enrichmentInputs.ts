import type { ArticleRecord } from '../types.js';
import { hashParts, hashText } from '../cache/hashText.js';

/**
 * Everything enrichment reads of a record (with entity recognition off, as
 * in the build: recognition reads the text), as one string: two records
 * with the same inputs are enriched alike. The text counts only when the
 * record has no signals (topics and salient words are then read from it).
 */
export function enrichmentInputs(record: ArticleRecord): string {
  const { id, slug, seed, line, date, headline, source, topics, entities, signals } = record;
  return JSON.stringify([id, slug, seed, line, date, headline, source, topics, entities, signals ?? null, signals === undefined ? record.text : '']);
}

/**
 * The hash of a record's `enrichmentInputs` but its slug. Slugs are made
 * unique across the archive after extraction, so they are keyed apart
 * (see `enrichmentKey`), and the digest of a record is the same wherever it
 * is made: the extraction threads make it once per extracted seed and the
 * cache keeps it (see `encodeEntry`), so a rebuild does not serialise and
 * hash what every record gives enrichment again (0.15 to 0.25 s per 10,000
 * records).
 */
export function enrichmentDigest(record: ArticleRecord): string {
  return hashText(enrichmentInputs({ ...record, slug: '' }));
}

/**
 * The key of an archive's enrichment: the code and taxonomy (`context`),
 * then each record's slug and `enrichmentDigest`, in archive order. Equal
 * keys mean equal `enrichmentInputs` record by record.
 * @param known a record's digest when it is known already (see
 *   `ExtractCache.enrichmentDigest`); undefined to have it made
 */
export function enrichmentKey(context: readonly string[], records: readonly ArticleRecord[], known: (record: ArticleRecord) => string | undefined = () => undefined): string {
  return hashParts((function* () {
    yield* context;
    for (const record of records) {
      yield record.slug;
      yield known(record) ?? enrichmentDigest(record);
    }
  })());
}
