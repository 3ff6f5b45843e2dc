import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, KnownSeed } from '../types.js';
import { hashText } from './hashText.js';
import { RACY_MS } from '../load/fileStamp.js';

const fileFor = (cacheDir: string, seedsDir: string): string => path.join(cacheDir, `seeds-${hashText(path.resolve(seedsDir)).slice(0, 16)}.json`);

/**
 * The record, as columns: one array per field, a seed's fields at the same
 * index in each, its load diagnostics by index only where it had any. Read
 * as a JSON object per seed, 100,000 seeds took over half a second to parse.
 */
interface StoredSeedStats {
  readonly format: 2;
  readonly writtenMs: number;
  readonly paths: readonly string[];
  readonly stamps: readonly string[];
  readonly changedMs: readonly number[];
  readonly hashes: readonly string[];
  readonly encodings: readonly KnownSeed['encoding'][];
  readonly diagnostics: Readonly<Record<string, readonly Diagnostic[]>>;
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/** The seeds the last build of `seedsDir` read, by path; empty when there is no usable record. */
export async function readSeedStats(cacheDir: string | null, seedsDir: string): Promise<Map<string, KnownSeed>> {
  const known = new Map<string, KnownSeed>();
  if (cacheDir === null) return known;
  try {
    const saved = JSON.parse(await readFile(fileFor(cacheDir, seedsDir), 'utf8')) as Partial<StoredSeedStats>;
    const { writtenMs, paths, stamps, changedMs, hashes, encodings, diagnostics } = saved;
    const n = paths?.length;
    if (saved.format !== 2 || typeof writtenMs !== 'number' || !Array.isArray(paths) || typeof diagnostics !== 'object' || diagnostics === null) return known;
    if (![stamps, changedMs, hashes, encodings].every((column) => Array.isArray(column) && column.length === n)) return known;
    const trusted = writtenMs - RACY_MS;
    for (let i = 0; i < paths.length; i++) {
      if (!(changedMs![i]! < trusted) || typeof hashes![i] !== 'string' || typeof stamps![i] !== 'string') continue;
      known.set(paths[i]!, { stamp: stamps![i]!, changedMs: changedMs![i]!, hash: hashes![i]!, encoding: encodings![i]!, diagnostics: Object.hasOwn(diagnostics, i) ? diagnostics[i]! : NO_DIAGNOSTICS });
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
    const entries = [...seeds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const diagnostics: Record<string, readonly Diagnostic[]> = {};
    entries.forEach(([, entry], i) => {
      if (entry.diagnostics.length > 0) diagnostics[i] = entry.diagnostics;
    });
    const stored: StoredSeedStats = {
      format: 2,
      // The clock decides only which entries the next build may trust, never what it outputs.
      writtenMs: Date.now(),
      paths: entries.map(([seed]) => seed), stamps: entries.map(([, e]) => e.stamp), changedMs: entries.map(([, e]) => e.changedMs),
      hashes: entries.map(([, e]) => e.hash), encodings: entries.map(([, e]) => e.encoding), diagnostics,
    };
    await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(stored));
    await rename(`${file}.${process.pid}.tmp`, file);
  } catch { /* the next build reads every seed */ }
}

/**
 * Whether what a build learnt of its seeds is what it was told (every entry
 * the very one read back by `readSeedStats`, none added or gone): the record
 * then need not be written again (at 100,000 seeds it is 20 MB of JSON).
 * Entries too recent to trust were not read back, so they never count as the same.
 */
export function sameSeedStats(before: ReadonlyMap<string, KnownSeed>, now: ReadonlyMap<string, KnownSeed>): boolean {
  if (before.size !== now.size) return false;
  for (const [seed, entry] of now) if (before.get(seed) !== entry) return false;
  return true;
}
