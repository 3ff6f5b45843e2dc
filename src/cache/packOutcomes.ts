import type { ExtractOutcome } from '../extract/assembleArchive.js';
import { codes } from '../diagnostics/codes.js';
import { encodeEntry } from './extractPack.js';

/** What an extraction batch needs to make its seeds' cache entries: their keys, and what the records' signals were made with. */
export interface PackRequest {
  /** The cache key of each seed of the batch, in order. */
  readonly keys: readonly string[];
  readonly signalsKey: string | null;
}

/**
 * One seed's extraction as it leaves the thread that extracted it: the
 * cache entry of a result that may be cached (the records are in it, and
 * the main thread reads them from it as it would a hit's), else the
 * outcome itself.
 */
export type PackedOutcome = ExtractOutcome | { readonly ok: true; readonly entry: Uint8Array };

/**
 * Encode each cacheable result of a batch as its cache entry, where it was
 * extracted. Entries are made on the extraction threads, so the main thread
 * neither encodes nor digests bodies (1.4 s of a 10,000-article cold build,
 * taken from the two cores the workers need), and bodies cross threads as
 * bytes, never as strings to clone.
 */
export function packOutcomes(outcomes: readonly ExtractOutcome[], request: PackRequest): PackedOutcome[] {
  return outcomes.map((outcome, i) => {
    const key = request.keys[i];
    // A seed that changed under the build is not remembered under the key it was loaded with.
    if (!outcome.ok || key === undefined || outcome.value.diagnostics.some((d) => d.code === codes.LOAD_CHANGED_DURING_BUILD)) return outcome;
    const signalsKey = outcome.value.records.every((record) => record.signals !== undefined) ? request.signalsKey : null;
    return { ok: true, entry: encodeEntry(key, outcome.value, signalsKey) };
  });
}
