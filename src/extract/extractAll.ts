import type { Diagnostic, LoadedSeeds } from '../types.js';
import { assembleArchive, type ExtractedArchive } from './assembleArchive.js';
import { extractBatch } from './extractBatch.js';

export type { ExtractedArchive } from './assembleArchive.js';

/**
 * Extract every loaded seed in-process (no cache, no workers): the reference
 * the build's parallel, cached extraction must equal.
 * @param loadDiagnostics diagnostics of the load stage (files that could not be read are `failed`)
 */
export function extractAll(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[], entities = false): ExtractedArchive {
  return assembleArchive(loaded, loadDiagnostics, extractBatch(loaded.seeds, entities));
}
