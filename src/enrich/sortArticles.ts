import type { ArticleRecord } from '../types.js';
import { compareText } from './compareText.js';

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/iu;

type SortFields = Pick<ArticleRecord, 'date' | 'slug' | 'seed' | 'id'>;

/**
 * The archive's total order, newest first:
 *
 * 1. Dated before undated (a date that does not parse counts as undated).
 * 2. By instant, newest first. A date-time is its instant (one without an
 *    offset is read as UTC, never as the build machine's zone). A bare
 *    date `2024-11-08` is the start of that day in UTC, so it sorts after
 *    every timed article of the same UTC day and before the day before.
 * 3. On equal instants, timed before bare dates (more precise first).
 * 4. Then slug, seed path and id, by code units.
 *
 * Every step compares a key of the record alone, so the order is total
 * and transitive, and the same for any input order.
 */
export function compareArticles(a: SortFields, b: SortFields): number {
  return compareKeyed(dateKey(a.date), a, dateKey(b.date), b);
}

type DateKey = ReturnType<typeof dateKey>;

function compareKeyed(ka: DateKey, a: SortFields, kb: DateKey, b: SortFields): number {
  if (ka === null || kb === null) {
    if (ka !== kb) return ka === null ? 1 : -1;
  } else {
    if (ka.instant !== kb.instant) return kb.instant - ka.instant;
    if (ka.bare !== kb.bare) return ka.bare ? 1 : -1;
  }
  return compareText(a.slug, b.slug) || compareText(a.seed, b.seed) || compareText(a.id, b.id);
}

/** A sorted copy of `records` (see `compareArticles`); the input is not touched. */
export function sortArticles<T extends ArticleRecord>(records: readonly T[]): T[] {
  // Parse each date once, not twice per comparison.
  const keyed = records.map((record) => ({ record, key: dateKey(record.date) }));
  keyed.sort((x, y) => compareKeyed(x.key, x.record, y.key, y.record));
  return keyed.map((entry) => entry.record);
}

/** Milliseconds since the epoch and whether the date had no time, or null when undated. */
export function dateKey(date: string | null): { readonly instant: number; readonly bare: boolean } | null {
  if (date === null) return null;
  const trimmed = date.trim();
  const bare = BARE_DATE.exec(trimmed);
  if (bare) {
    const [year, month, day] = [Number(bare[1]), Number(bare[2]), Number(bare[3])];
    const instant = Date.UTC(year, month - 1, day);
    const check = new Date(instant);
    // Reject 2021-02-31 rather than let Date roll it over to March.
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
    return { instant, bare: true };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/u.test(trimmed)) return null;
  const instant = Date.parse(HAS_OFFSET.test(trimmed) ? trimmed : `${trimmed}Z`);
  return Number.isNaN(instant) ? null : { instant, bare: false };
}
