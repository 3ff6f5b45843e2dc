import type { Archive, ArticleRecord, Result, Taxonomy } from '../types.js';
import { buildArchive } from './buildArchive.js';
import { extractEntities } from './extractEntities.js';

/** How much enrichment to do. */
export interface EnrichOptions {
  /**
   * Run entity recognition on records that carry none (default true). The
   * build does not: it recognises entities per seed during extraction,
   * where the work is spread over worker threads and cached by seed content.
   */
  readonly extractEntities?: boolean;
}

/**
 * Enrich extracted records into an archive (see `buildArchive`), with
 * entity recognition unless turned off.
 */
export function enrichArchive(records: readonly ArticleRecord[], taxonomy: Taxonomy, options: EnrichOptions = {}): Result<Archive> {
  return buildArchive(records, taxonomy, options.extractEntities ?? true ? extractEntities : null);
}
