import type { ArticleRecord, SeedFile, Taxonomy } from '../types.js';
import { withSignals } from '../enrich/textSignals.js';
import { codes } from '../diagnostics/codes.js';
import { rereadSeed } from '../load/readSeeds.js';
import { extractSeed } from './extractSeed.js';
import type { EntityPass } from './entityPass.js';
import type { ExtractOutcome } from './assembleArchive.js';

/**
 * Extract seeds one by one, turning a crash into data so one bad seed never
 * loses the batch. With an entity pass (see `loadEntityPass`), each record's
 * people, places and organisations are recognised here, per seed, so that
 * the costliest enrichment step runs on the worker threads and is cached
 * with the seed.
 * @param seedsDir when the seeds were loaded without their contents
 *   (`readSeeds` with `keepContents: false`), where to read them again; a
 *   seed that changed since it was loaded is failed with a diagnostic
 * @param taxonomy when given, each record also gets its `signals` (see
 *   `withSignals`): read here, on the worker threads, and cached with the seed
 */
export function extractBatch(seeds: readonly SeedFile[], entities: EntityPass | null, seedsDir: string | null = null, taxonomy: Taxonomy | null = null): ExtractOutcome[] {
  const signals = taxonomy === null ? null : withSignals(taxonomy);
  return seeds.map((loaded): ExtractOutcome => {
    let seed = loaded;
    if (seedsDir !== null) {
      try {
        seed = rereadSeed(seedsDir, loaded);
      } catch (error) {
        const message = `${(error as Error).message}; it was left out`;
        return { ok: true, value: { seed: loaded.path, records: [], diagnostics: [{ code: codes.LOAD_CHANGED_DURING_BUILD, severity: 'error', file: loaded.path, message, hint: 'Build again once the seeds stop changing.' }] } };
      }
    }
    try {
      const value = extractSeed(seed);
      if (entities === null && signals === null) return { ok: true, value };
      const finish = (record: ArticleRecord): ArticleRecord => {
        const recognised = entities?.(record) ?? record;
        return signals?.(recognised) ?? recognised;
      };
      return { ok: true, value: { ...value, records: value.records.map(finish) } };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
}
