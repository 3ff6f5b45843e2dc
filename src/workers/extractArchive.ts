import type { Diagnostic, LoadedSeeds, SeedFile, SeedOutcome, ArticleRecord } from '../types.js';
import type { ExtractedArchive } from '../extract/extractAll.js';
import type { ExtractCache } from '../cache/extractCache.js';
import { codes } from '../diagnostics/codes.js';
import { resolveSlugs } from '../extract/resolveSlugs.js';
import { extractBatch, type ExtractOutcome } from './worker.js';
import type { WorkerPool } from './workerPool.js';

/** Seeds per worker message: large enough to amortise structured cloning, small enough to balance two cores. */
const BATCH = 64;

/**
 * `extractAll` with a cache and worker threads: every seed whose key is in
 * the cache is not extracted again, the rest are extracted in batches across
 * the pool (`poolFor` decides: in-process for a few seeds). The bookkeeping (outcomes,
 * crash isolation, slug resolution) is the same as `extractAll`'s, in the
 * same seed order, so the result is identical; a test holds the two together.
 */
export async function extractArchive(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[], cache: ExtractCache, poolFor: (items: number) => WorkerPool | null): Promise<ExtractedArchive> {
  const results: (ExtractOutcome | undefined)[] = loaded.seeds.map((seed) => {
    const hit = cache.get(seed);
    return hit === undefined ? undefined : { ok: true, value: hit };
  });
  const missing = loaded.seeds.flatMap((seed, i) => (results[i] === undefined ? [i] : []));
  // Each batch goes into the cache as soon as it is done, so the cache can
  // write it out while later batches are still being extracted.
  const remember = (start: number, outcomes: readonly ExtractOutcome[]): void => {
    outcomes.forEach((outcome, k) => {
      const seedIndex = missing[start + k]!;
      results[seedIndex] = outcome;
      if (outcome.ok) cache.set(loaded.seeds[seedIndex]!, outcome.value);
    });
  };
  await extractMany(missing.map((i) => loaded.seeds[i]!), poolFor(missing.length), remember);
  return assemble(loaded, loadDiagnostics, results as ExtractOutcome[]);
}

async function extractMany(seeds: readonly SeedFile[], pool: WorkerPool | null, done: (start: number, outcomes: readonly ExtractOutcome[]) => void): Promise<void> {
  if (pool === null) {
    for (let i = 0; i < seeds.length; i += BATCH) {
      done(i, extractBatch(seeds.slice(i, i + BATCH)));
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
      done(start, await pool.extract({ op: 'extract', seeds: seeds.slice(start, start + BATCH) }));
    }
  };
  await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
}

/** The bookkeeping of `extractAll`, over outcomes computed elsewhere. */
function assemble(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[], results: readonly ExtractOutcome[]): ExtractedArchive {
  const records: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  const outcomes: SeedOutcome[] = loaded.skipped.map((s) => ({ path: s.path, status: 'skipped', records: 0, reason: s.reason }));
  const loadedPaths = new Set(loaded.seeds.map((s) => s.path));
  const skippedPaths = new Set(loaded.skipped.map((s) => s.path));
  for (const d of loadDiagnostics) {
    if (d.severity === 'error' && !loadedPaths.has(d.file) && !skippedPaths.has(d.file)) {
      outcomes.push({ path: d.file, status: 'failed', records: 0, reason: d.message });
      skippedPaths.add(d.file);
    }
  }
  loaded.seeds.forEach((seed, i) => {
    const outcome = results[i]!;
    if (outcome.ok) {
      const result = outcome.value;
      diagnostics.push(...result.diagnostics);
      records.push(...result.records);
      const firstError = result.diagnostics.find((d) => d.severity === 'error');
      const firstNote = firstError ?? result.diagnostics[0];
      outcomes.push(result.records.length > 0
        ? { path: seed.path, status: 'built', records: result.records.length, reason: null }
        : { path: seed.path, status: firstError ? 'failed' : 'skipped', records: 0, reason: firstNote?.message ?? 'no article text found' });
    } else {
      const message = `extraction crashed: ${outcome.message}`;
      diagnostics.push({ code: codes.EXTRACT_CRASHED, severity: 'error', file: seed.path, message, hint: 'This is a bug in the generator; please report it with the seed attached.' });
      outcomes.push({ path: seed.path, status: 'failed', records: 0, reason: message });
    }
  });
  const slugs = resolveSlugs(records);
  diagnostics.push(...slugs.diagnostics);
  outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { records: slugs.value, outcomes, diagnostics };
}
