import type { ArticleRecord, Diagnostic, LoadedSeeds, SeedOutcome } from '../types.js';
import { codes } from '../diagnostics/codes.js';
import { extractSeed } from './extractSeed.js';
import { resolveSlugs } from './resolveSlugs.js';

/** Records of every seed, plus what became of each file in seeds/. */
export interface ExtractedArchive {
  readonly records: ArticleRecord[];
  readonly outcomes: SeedOutcome[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Extract every loaded seed, isolating failures: one bad seed becomes a
 * `failed` outcome with a diagnostic and never stops the others.
 * @param loadDiagnostics diagnostics of the load stage (files that could not be read are `failed`)
 */
export function extractAll(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[]): ExtractedArchive {
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
  for (const seed of loaded.seeds) {
    try {
      const result = extractSeed(seed);
      diagnostics.push(...result.diagnostics);
      records.push(...result.records);
      const firstError = result.diagnostics.find((d) => d.severity === 'error');
      const firstNote = firstError ?? result.diagnostics[0];
      outcomes.push(result.records.length > 0
        ? { path: seed.path, status: 'built', records: result.records.length, reason: null }
        : { path: seed.path, status: firstError ? 'failed' : 'skipped', records: 0, reason: firstNote?.message ?? 'no article text found' });
    } catch (error) {
      const message = `extraction crashed: ${(error as Error).message}`;
      diagnostics.push({ code: codes.EXTRACT_CRASHED, severity: 'error', file: seed.path, message, hint: 'This is a bug in the generator; please report it with the seed attached.' });
      outcomes.push({ path: seed.path, status: 'failed', records: 0, reason: message });
    }
  }
  const slugs = resolveSlugs(records);
  diagnostics.push(...slugs.diagnostics);
  outcomes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { records: slugs.value, outcomes, diagnostics };
}
