import type { ArticleRecord } from '../types.js';

/** Fills in a record's people, places and organisations (records that already have some are kept). */
export type EntityPass = (record: ArticleRecord) => ArticleRecord;

let loading: Promise<EntityPass> | null = null;

/**
 * The entity recogniser, loaded on first use: it pulls in compromise and
 * its lexicon (about a second per thread), which a build without entities
 * never needs.
 */
export function loadEntityPass(): Promise<EntityPass> {
  loading ??= import('../enrich/extractEntities.js').then(({ extractEntities, hasEntities }) =>
    (r: ArticleRecord) => (hasEntities(r.entities) ? r : { ...r, entities: extractEntities(r.text, r.headline) }));
  return loading;
}
