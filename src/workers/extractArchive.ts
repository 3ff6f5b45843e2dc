import type { ArticleRecord, Diagnostic, LoadedSeeds, SeedFile, Taxonomy } from '../types.js';
import type { ExtractCache } from '../cache/extractCache.js';
import { assembleArchive, type ExtractedArchive, type ExtractOutcome } from '../extract/assembleArchive.js';
import { loadEntityPass } from '../extract/entityPass.js';
import { packOutcomes, type PackedOutcome, type PackRequest } from '../cache/packOutcomes.js';
import type { WorkerPool } from './workerPool.js';

/** Seeds per worker message: large enough to amortise structured cloning, small enough to balance two cores. */
const BATCH = 64;

/** How `extractArchive` treats the seeds and their records. */
export interface ExtractOptions {
  /** Recognise entities per record (see `extractBatch`). */
  readonly entities?: boolean;
  /**
   * The seeds were loaded without their contents (`readSeeds` with
   * `keepContents: false`): those not in the cache are read again from
   * here, batch by batch, by whoever extracts them.
   */
  readonly seedsDir?: string | null;
  /**
   * Records get their `signals` with this taxonomy where they are extracted
   * (see `withSignals`), so they are cached with the seed.
   */
  readonly taxonomy?: Taxonomy | null;
  /**
   * Applied to each record as soon as its seed is extracted or found in
   * the cache (the build lets the text go there: see `textSignals`).
   */
  readonly prepare?: (record: ArticleRecord) => ArticleRecord;
}

/**
 * `extractAll` with a cache and worker threads: every seed whose key is in
 * the cache is not extracted again, the rest are extracted in batches across
 * the pool (`poolFor` decides: in-process for a few seeds). The bookkeeping (outcomes,
 * crash isolation, slug resolution) is `assembleArchive`, as for
 * `extractAll`, so the result is identical; a test holds the two together.
 */
export async function extractArchive(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[], cache: ExtractCache, poolFor: (items: number) => WorkerPool | null, options: ExtractOptions = {}): Promise<ExtractedArchive> {
  const { entities = false, seedsDir = null, taxonomy = null, prepare } = options;
  const ready = (outcome: ExtractOutcome): ExtractOutcome =>
    prepare === undefined || !outcome.ok ? outcome : { ok: true, value: { ...outcome.value, records: outcome.value.records.map(prepare) } };
  const results: (ExtractOutcome | undefined)[] = loaded.seeds.map((seed) => {
    const hit = cache.get(seed);
    return hit === undefined ? undefined : ready({ ok: true, value: hit });
  });
  const missing = loaded.seeds.flatMap((seed, i) => (results[i] === undefined ? [i] : []));
  // Results come back as cache entries (see `packOutcomes`); each goes into
  // the cache as it comes, and its records are read from it as a hit's are.
  const remember = (start: number, outcomes: readonly PackedOutcome[]): void => {
    outcomes.forEach((outcome, k) => {
      const seedIndex = missing[start + k]!;
      if (!('entry' in outcome)) {
        results[seedIndex] = ready(outcome);
        return;
      }
      const value = cache.put(loaded.seeds[seedIndex]!, outcome.entry);
      results[seedIndex] = ready(value === undefined ? { ok: false, message: 'its extraction could not be read back (a damaged cache entry)' } : { ok: true, value });
    });
  };
  await extractMany(missing.map((i) => loaded.seeds[i]!), poolFor(missing.length), { entities, seedsDir, taxonomy }, (seeds) => cache.packRequest(seeds), remember);
  return assembleArchive(loaded, loadDiagnostics, results as ExtractOutcome[]);
}

const NO_BYTES = new Uint8Array(0);

/** Extraction reads the decoded text, never the original bytes: those need not be copied to a worker. */
function withoutBytes(seed: SeedFile): SeedFile {
  return { ...seed, bytes: NO_BYTES };
}

async function extractMany(
  seeds: readonly SeedFile[], pool: WorkerPool | null, how: { entities: boolean; seedsDir: string | null; taxonomy: Taxonomy | null },
  pack: (seeds: readonly SeedFile[]) => PackRequest | null, done: (start: number, outcomes: readonly PackedOutcome[]) => void,
): Promise<void> {
  if (pool === null) {
    // Loaded here, not at the top: with workers the main thread never runs
    // extraction, and unified + remark cost a third of a second to import.
    const { extractBatch } = await import('../extract/extractBatch.js');
    const pass = how.entities ? await loadEntityPass() : null;
    for (let i = 0; i < seeds.length; i += BATCH) {
      const batch = seeds.slice(i, i + BATCH);
      const outcomes = extractBatch(batch, pass, how.seedsDir, how.taxonomy);
      const request = pack(batch);
      done(i, request === null ? outcomes : packOutcomes(outcomes, request));
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
      const batch = seeds.slice(start, start + BATCH);
      done(start, await pool.extract({ op: 'extract', seeds: batch.map(withoutBytes), ...how, pack: pack(batch) }));
    }
  };
  await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
}
