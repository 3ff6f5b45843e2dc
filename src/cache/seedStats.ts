import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnownSeed } from '../types.js';
import { hashText } from './hashText.js';

/**
 * Times closer than this to when the stats were written are not trusted: a
 * file rewritten with the same size within one tick of a coarse file-system
 * clock would look unchanged (git's "racy clean" problem).
 */
const RACY_MS = 2_000;

const fileFor = (cacheDir: string, seedsDir: string): string => path.join(cacheDir, `seeds-${hashText(path.resolve(seedsDir)).slice(0, 16)}.json`);

/** The seeds the last build of `seedsDir` read, by path; empty when there is no usable record. */
export async function readSeedStats(cacheDir: string | null, seedsDir: string): Promise<Map<string, KnownSeed>> {
  const known = new Map<string, KnownSeed>();
  if (cacheDir === null) return known;
  try {
    const saved = JSON.parse(await readFile(fileFor(cacheDir, seedsDir), 'utf8')) as { writtenMs?: unknown; seeds?: unknown };
    if (typeof saved.writtenMs !== 'number' || typeof saved.seeds !== 'object' || saved.seeds === null) return known;
    const trusted = saved.writtenMs - RACY_MS;
    for (const [seed, entry] of Object.entries(saved.seeds as Record<string, KnownSeed>)) {
      if (typeof entry?.hash === 'string' && typeof entry.stamp === 'string' && entry.changedMs < trusted) known.set(seed, entry);
    }
  } catch { /* none yet, or damaged: every seed is read */ }
  return known;
}

/** Remember the seeds this build read (never fails the build). */
export async function writeSeedStats(cacheDir: string | null, seedsDir: string, seeds: ReadonlyMap<string, KnownSeed>): Promise<void> {
  if (cacheDir === null) return;
  try {
    await mkdir(cacheDir, { recursive: true });
    const file = fileFor(cacheDir, seedsDir);
    // The clock decides only which entries the next build may trust, never what it outputs.
    const writtenMs = Date.now();
    await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify({ writtenMs, seeds: Object.fromEntries([...seeds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }));
    await rename(`${file}.${process.pid}.tmp`, file);
  } catch { /* the next build reads every seed */ }
}

/**
 * Whether what a build learnt of its seeds is what it was told (every entry
 * the very one read back by `readSeedStats`, none added or gone): the record
 * then need not be written again (at 100,000 seeds it is 30 MB of JSON).
 * Entries too recent to trust were not read back, so they never count as the same.
 */
export function sameSeedStats(before: ReadonlyMap<string, KnownSeed>, now: ReadonlyMap<string, KnownSeed>): boolean {
  if (before.size !== now.size) return false;
  for (const [seed, entry] of now) if (before.get(seed) !== entry) return false;
  return true;
}
