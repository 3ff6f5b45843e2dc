import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnownSeed } from '../types.js';
import { hashText } from './hashText.js';

/**
 * Times closer than this to when the stats were written are not trusted: a
 * file rewritten with the same size within one tick of a coarse file-system
 * clock would look unchanged (git's "racy clean" problem).
 */
const RACY_NS = 2_000_000_000n;

const fileFor = (cacheDir: string, seedsDir: string): string => path.join(cacheDir, `seeds-${hashText(path.resolve(seedsDir)).slice(0, 16)}.json`);

/** The seeds the last build of `seedsDir` read, by path; empty when there is no usable record. */
export async function readSeedStats(cacheDir: string | null, seedsDir: string): Promise<Map<string, KnownSeed>> {
  const known = new Map<string, KnownSeed>();
  if (cacheDir === null) return known;
  try {
    const saved = JSON.parse(await readFile(fileFor(cacheDir, seedsDir), 'utf8')) as { writtenNs?: unknown; seeds?: unknown };
    if (typeof saved.writtenNs !== 'string' || typeof saved.seeds !== 'object' || saved.seeds === null) return known;
    const trusted = BigInt(saved.writtenNs) - RACY_NS;
    for (const [seed, entry] of Object.entries(saved.seeds as Record<string, KnownSeed>)) {
      if (typeof entry?.hash === 'string' && typeof entry.mtimeNs === 'string' && BigInt(entry.mtimeNs) < trusted && BigInt(entry.ctimeNs) < trusted) known.set(seed, entry);
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
    const writtenNs = (BigInt(Date.now()) * 1_000_000n).toString();
    await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify({ writtenNs, seeds: Object.fromEntries([...seeds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }));
    await rename(`${file}.${process.pid}.tmp`, file);
  } catch { /* the next build reads every seed */ }
}
