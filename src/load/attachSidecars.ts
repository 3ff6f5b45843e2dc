import type { SkippedFile } from '../types.js';

/** Which sidecar file belongs to which seed. */
export interface SidecarMatch {
  /** Seed path -> sidecar path. */
  readonly bySeed: ReadonlyMap<string, string>;
  /** Sidecars that belong to no seed, with the reason. */
  readonly orphans: readonly SkippedFile[];
}

/** Suffix of a sidecar file. */
export const SIDECAR_SUFFIX = '.meta.yml';

import { stemOf } from '../seedStem.js';


/**
 * Pair sidecars with seeds. A sidecar may be named after the whole seed
 * file (`000_x.txt.meta.yml`) or after its stem (`000_x.meta.yml`, which
 * then applies to every seed with that stem, e.g. both `000_x.txt` and
 * `000_x.md`). When both exist the full-name sidecar wins, because it is
 * the more specific; the stem sidecar is then reported as shadowed.
 * @param seeds seed paths, sorted
 * @param sidecars sidecar paths (ending in `.meta.yml`), sorted
 */
export function attachSidecars(seeds: readonly string[], sidecars: readonly string[]): SidecarMatch {
  const seedSet = new Set(seeds);
  const bySeed = new Map<string, string>();
  const used = new Set<string>();
  for (const sidecar of sidecars) {
    const base = sidecar.slice(0, -SIDECAR_SUFFIX.length);
    if (seedSet.has(base)) {
      bySeed.set(base, sidecar);
      used.add(sidecar);
    }
  }
  const orphans: SkippedFile[] = [];
  for (const sidecar of sidecars) {
    if (used.has(sidecar)) continue;
    const base = sidecar.slice(0, -SIDECAR_SUFFIX.length);
    const owners = seeds.filter((s) => stemOf(s) === base);
    const free = owners.filter((s) => !bySeed.has(s));
    for (const seed of free) bySeed.set(seed, sidecar);
    if (free.length > 0) continue;
    orphans.push({
      path: sidecar,
      reason: owners.length > 0
        ? `sidecar shadowed by ${owners.map((s) => s + SIDECAR_SUFFIX).join(', ')} (the full-name sidecar wins)`
        : `sidecar without a seed: no ${base}.txt or ${base}.md next to it`,
    });
  }
  return { bySeed, orphans };
}
