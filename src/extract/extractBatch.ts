import type { SeedFile } from '../types.js';
import { extractSeed } from './extractSeed.js';
import type { EntityPass } from './entityPass.js';
import type { ExtractOutcome } from './assembleArchive.js';

/**
 * Extract seeds one by one, turning a crash into data so one bad seed never
 * loses the batch. With an entity pass (see `loadEntityPass`), each record's
 * people, places and organisations are recognised here, per seed, so that
 * the costliest enrichment step runs on the worker threads and is cached
 * with the seed.
 */
export function extractBatch(seeds: readonly SeedFile[], entities: EntityPass | null): ExtractOutcome[] {
  return seeds.map((seed) => {
    try {
      const value = extractSeed(seed);
      if (entities === null) return { ok: true, value };
      return { ok: true, value: { ...value, records: value.records.map(entities) } };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
}
