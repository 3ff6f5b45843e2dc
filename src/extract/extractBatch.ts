import type { SeedFile } from '../types.js';
import { extractSeed } from './extractSeed.js';
import { extractEntities, hasEntities } from '../enrich/extractEntities.js';
import type { ExtractOutcome } from './assembleArchive.js';

/**
 * Extract seeds one by one, turning a crash into data so one bad seed never
 * loses the batch. With `entities`, each record's people, places and
 * organisations are recognised here, per seed, so that the costliest
 * enrichment step runs on the worker threads and is cached with the seed.
 */
export function extractBatch(seeds: readonly SeedFile[], entities: boolean): ExtractOutcome[] {
  return seeds.map((seed) => {
    try {
      const value = extractSeed(seed);
      if (!entities) return { ok: true, value };
      const records = value.records.map((r) => (hasEntities(r.entities) ? r : { ...r, entities: extractEntities(r.text, r.headline) }));
      return { ok: true, value: { ...value, records } };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
}
