import type { Diagnostic, LoadedSeeds, SeedFile } from '../types.js';
import type { ExtractCache } from '../cache/extractCache.js';
import { assembleArchive, type ExtractedArchive, type ExtractOutcome } from '../extract/assembleArchive.js';
import { loadEntityPass } from '../extract/entityPass.js';
import type { WorkerPool } from './workerPool.js';

/** Seeds per worker message: large enough to amortise structured cloning, small enough to balance two cores. */
const BATCH = 64;

/**
 * `extractAll` with a cache and worker threads: every seed whose key is in
 * the cache is not extracted again, the rest are extracted in batches across
 * the pool (`poolFor` decides: in-process for a few seeds). The bookkeeping (outcomes,
 * crash isolation, slug resolution) is `assembleArchive`, as for
 * `extractAll`, so the result is identical; a test holds the two together.
 * @param entities recognise entities per record (see `extractBatch`)
 * @param release the caller hands the seeds over: each seed's text is
 *   emptied as soon as it is extracted (or found in the cache), so the whole
 *   corpus never sits in memory next to the records made from it (at
 *   100,000 seeds that is over a gigabyte)
 */
export async function extractArchive(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[], cache: ExtractCache, poolFor: (items: number) => WorkerPool | null, entities = false, release = false): Promise<ExtractedArchive> {
  const done = (seed: SeedFile): void => {
    // Deliberately mutated: the build created these objects for this call alone.
    if (release) (seed as { raw: string }).raw = '';
  };
  const results: (ExtractOutcome | undefined)[] = loaded.seeds.map((seed) => {
    const hit = cache.get(seed);
    if (hit === undefined) return undefined;
    done(seed);
    return { ok: true, value: hit };
  });
  const missing = loaded.seeds.flatMap((seed, i) => (results[i] === undefined ? [i] : []));
  // Each batch goes into the cache as soon as it is done, so the cache can
  // write it out while later batches are still being extracted.
  const remember = (start: number, outcomes: readonly ExtractOutcome[]): void => {
    outcomes.forEach((outcome, k) => {
      const seedIndex = missing[start + k]!;
      results[seedIndex] = outcome;
      if (outcome.ok) cache.set(loaded.seeds[seedIndex]!, outcome.value);
      done(loaded.seeds[seedIndex]!);
    });
  };
  await extractMany(missing.map((i) => loaded.seeds[i]!), poolFor(missing.length), entities, remember);
  return assembleArchive(loaded, loadDiagnostics, results as ExtractOutcome[]);
}

const NO_BYTES = new Uint8Array(0);

/** Extraction reads the decoded text, never the original bytes: those need not be copied to a worker. */
function withoutBytes(seed: SeedFile): SeedFile {
  return { ...seed, bytes: NO_BYTES };
}

async function extractMany(seeds: readonly SeedFile[], pool: WorkerPool | null, entities: boolean, done: (start: number, outcomes: readonly ExtractOutcome[]) => void): Promise<void> {
  if (pool === null) {
    // Loaded here, not at the top: with workers the main thread never runs
    // extraction, and unified + remark cost a third of a second to import.
    const { extractBatch } = await import('../extract/extractBatch.js');
    const pass = entities ? await loadEntityPass() : null;
    for (let i = 0; i < seeds.length; i += BATCH) {
      done(i, extractBatch(seeds.slice(i, i + BATCH), pass));
      // Let the cache's pending writes run between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  // A bounded number of batches in flight: every batch is a structured-clone
  // copy of its seeds, so queueing them all at once doubled peak memory.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < seeds.length) {
      const start = next;
      next += BATCH;
      done(start, await pool.extract({ op: 'extract', seeds: seeds.slice(start, start + BATCH).map(withoutBytes), entities }));
    }
  };
  await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
}
