import { statSync, type Stats } from 'node:fs';

/**
 * What tells one version of a file from another without reading it: size,
 * modification and change times and inode. The build's fingerprint and the
 * seed loader share one stat of each file (at 100,000 seeds a second round of
 * stats cost half a second).
 */
export interface FileStamp {
  /** Size, times (ms, with their sub-ms fraction) and inode, as one string. */
  readonly key: string;
  /** The later of the modification and change times (ms). */
  readonly changedMs: number;
}

/**
 * Stamps of files changed closer than this to when the stamps were recorded
 * are not trusted: a file rewritten with the same size within one tick of a
 * coarse file-system clock would look unchanged (git's "racy clean" problem).
 */
export const RACY_MS = 2_000;

/** A stamp's key from a file's stats. */
export function stampKey(stats: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

/**
 * A stamp that makes its key only when asked: the check that skips a
 * no-change build hashes the numbers, and only a build that goes on to
 * load seeds compares keys (turning 20,000 times into text was a sixth of
 * the check at 10,000 seeds).
 */
class StatsStamp implements FileStamp {
  #key: string | undefined;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly changedMs: number;
  constructor(stats: Stats) {
    this.size = stats.size;
    this.mtimeMs = stats.mtimeMs;
    this.ctimeMs = stats.ctimeMs;
    this.ino = stats.ino;
    this.changedMs = Math.max(stats.mtimeMs, stats.ctimeMs);
  }
  get key(): string {
    return (this.#key ??= stampKey(this));
  }
}

/** The stamp of a file from its stats. */
export function stampOf(stats: Stats): FileStamp & Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'> {
  return new StatsStamp(stats);
}

/** The stamp of the file at `absolute` (following links), or null when there is none. */
export function statStamp(absolute: string): FileStamp | null {
  const stats = statSync(absolute, { throwIfNoEntry: false });
  return stats === undefined ? null : stampOf(stats);
}
