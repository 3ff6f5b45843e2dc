import type { Diagnostic, LoadedSeeds } from '../types.js';
import { assembleArchive, type ExtractedArchive } from './assembleArchive.js';
import { extractBatch } from './extractBatch.js';
import type { EntityPass } from './entityPass.js';

export type { ExtractedArchive } from './assembleArchive.js';

/**
 * Extract every loaded seed in-process (no cache, no workers): the reference
 * the build's parallel, cached extraction must equal.
 * @param loadDiagnostics diagnostics of the load stage (files that could not be read are `failed`)
 * @param entities the entity pass (`await loadEntityPass()`), or null for none
 */
export function extractAll(loaded: LoadedSeeds, loadDiagnostics: readonly Diagnostic[], entities: EntityPass | null = null): ExtractedArchive {
  return assembleArchive(loaded, loadDiagnostics, extractBatch(loaded.seeds, entities));
}
