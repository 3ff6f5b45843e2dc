import type { ArticleRecord, Diagnostic, ExtractedSeed, LoadedSeeds, SeedOutcome } from '../types.js';
import { codes } from '../diagnostics/codes.js';
import { resolveSlugs } from './resolveSlugs.js';
import { appendAll } from '../appendAll.js';

/** One seed's extraction, or the message of the exception it threw. */
export type ExtractOutcome = { readonly ok: true; readonly value: ExtractedSeed } | { readonly ok: false; readonly message: string };

/** Records of every seed, plus what became of each file in seeds/. */
export interface ExtractedArchive {
  readonly records: ArticleRecord[];
  readonly outcomes: SeedOutcome[];
  readonly diagnostics: Diagnostic[];
}

/**
 * The bookkeeping of extraction, whoever did the extracting (in-process,
 * worker threads, the cache): every file in seeds/ gets exactly one outcome
 * (built, skipped or failed, with the reason), a crash stays with its seed,
 * and slugs are made unique across the archive.
 * @param results one outcome per `loaded.seeds` entry, in the same order
 */
export function assembleArchive(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[], results: readonly ExtractOutcome[]): ExtractedArchive {
  const records: ArticleRecord[] = [];
  const diagnostics: Diagnostic[] = [...loadDiagnostics];
  const outcomes: SeedOutcome[] = loaded.skipped.map((s) => ({ path: s.path, status: 'skipped', records: 0, reason: s.reason }));
  const accounted = new Set([...loaded.seeds.map((s) => s.path), ...loaded.skipped.map((s) => s.path)]);
  for (const d of loadDiagnostics) {
    if (d.severity === 'error' && !accounted.has(d.file)) {
      outcomes.push({ path: d.file, status: 'failed', records: 0, reason: d.message });
      accounted.add(d.file);
    }
  }
  loaded.seeds.forEach((seed, i) => {
    const outcome = results[i];
    if (outcome?.ok) {
      const result = outcome.value;
      diagnostics.push(...result.diagnostics);
      records.push(...result.records);
      const firstError = result.diagnostics.find((d) => d.severity === 'error');
      const firstNote = firstError ?? result.diagnostics[0];
      outcomes.push(result.records.length > 0
        ? { path: seed.path, status: 'built', records: result.records.length, reason: null }
        : { path: seed.path, status: firstError ? 'failed' : 'skipped', records: 0, reason: firstNote?.message ?? 'no article text found' });
    } else {
      const message = `extraction crashed: ${outcome?.message ?? 'no result'}`;
      diagnostics.push({ code: codes.EXTRACT_CRASHED, severity: 'error', file: seed.path, message, hint: 'This is a bug in the generator; please report it with the seed attached.' });
      outcomes.push({ path: seed.path, status: 'failed', records: 0, reason: message });
    }
  });
  const slugs = resolveSlugs(records);
  appendAll(diagnostics, slugs.diagnostics);
  outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { records: slugs.value, outcomes, diagnostics };
}
