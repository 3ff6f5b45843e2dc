import { isValidDate, isoDate } from './calendar.js';
import { monthNumber } from './monthNames.js';

const WIRE_DAY = /^\p{Lu}[\p{Lu}\p{L} .'’-]{1,40},\s*(?:\p{Lu}[\p{L} .'’-]{1,30},\s*)?(\p{L}{3,9})\.?\s+(\d{1,2})\s*\([^)]{2,40}\)\s*(?:-{1,2}|—|–)/u;

/**
 * The day of a wire dateline that states no year (`WASHINGTON, Dec 5
 * (Reuters) -`), completed with the year of a dated line on the same page.
 * Null when the paragraph has no such dateline or no year is known: a year
 * is never taken from the clock. When the month lies well after the
 * reference date's month (a December story updated in January), the year
 * before is meant.
 * @param reference an ISO date stated elsewhere on the page, or null
 */
export function yearlessDateline(paragraph: string, reference: string | null): { iso: string; text: string } | null {
  if (reference === null || paragraph.length < 20) return null;
  const m = WIRE_DAY.exec(paragraph.slice(0, 120));
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  const day = Number(m[2]);
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  if (month === null || !Number.isInteger(refYear)) return null;
  const year = month - refMonth > 6 ? refYear - 1 : refYear;
  return isValidDate(year, month, day) ? { iso: isoDate(year, month, day), text: m[0] } : null;
}
