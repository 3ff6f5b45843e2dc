import type { Confidence } from '../../types.js';
import { isValidDate, isoDate, pad } from './calendar.js';
import { monthNumber } from './monthNames.js';
import { zoneOffset } from './timeZones.js';

/** A date found in free text. */
export interface DateMatch {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS+HH:MM` when a time and zone were stated. */
  readonly iso: string;
  /** The calendar date part alone. */
  readonly day: string;
  readonly index: number;
  readonly end: number;
  readonly text: string;
  readonly hasTime: boolean;
  readonly confidence: Confidence;
}

/** How to read dates that could be either day-first or month-first. */
export interface DateOptions {
  /** Read `05/12/2025` as 5 December (Europe) rather than May 12 (US). */
  readonly dayFirst?: boolean;
}

interface Raw { year: number; month: number; day: number; index: number; end: number; confidence: Confidence }

const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const YMD = /\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/.]\d)/g;
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;
const MONTH_FIRST = /(?<!\p{L})(\p{L}{3,10})\.?\s?(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s*[-–]\s*|\s+)(\d{4})(?!\d)/gu;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th|\.)?(?:\s+of|\s+de)?\s+(\p{L}{3,10})\.?,?(?:\s+de)?\s+(\d{4})(?!\d)/gu;
const TIME_AFTER = /^\s*(?:[,|·•@/-]|–|—)?\s*(?:at\s+)?(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*(a\.?m\.?(?![a-z])|p\.?m\.?(?![a-z]))?(?:\s*\(?((?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{1,5})\)?)?/i;

/** Collect month-name dates, checking the word really is a month. */
function monthDates(text: string, out: Raw[]): void {
  if (!/\d{4}/.test(text)) return;
  for (const m of text.matchAll(MONTH_FIRST)) {
    const month = monthNumber(m[1] ?? '');
    const before = text.charAt((m.index ?? 0) - 1);
    if (month === null || /\p{L}/u.test(before)) continue;
    out.push({ year: Number(m[3]), month, day: Number(m[2]), index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, confidence: 'high' });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    const month = monthNumber(m[2] ?? '');
    if (month === null) continue;
    out.push({ year: Number(m[3]), month, day: Number(m[1]), index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, confidence: 'high' });
  }
}

const WEEKDAY_BEFORE = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?,?\s*$/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Which reading of an ambiguous `a/b/yyyy` date a weekday written right
 * before it (`Tue 04/03/2025`) allows: `dayFirst` or `monthFirst` when only
 * one reading falls on that weekday, else null.
 */
export function weekdayReading(before: string, a: number, b: number, year: number): 'dayFirst' | 'monthFirst' | null {
  const m = WEEKDAY_BEFORE.exec(before);
  if (!m) return null;
  const wanted = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
  const fits = (month: number, day: number): boolean => isValidDate(year, month, day) && new Date(Date.UTC(year, month - 1, day)).getUTCDay() === wanted;
  const dayFirst = fits(b, a);
  const monthFirst = fits(a, b);
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dayFirst' : 'monthFirst';
}

/** Collect numeric dates; slash dates with both parts <= 12 are ambiguous unless a weekday settles them. */
function numericDates(text: string, out: Raw[], dayFirst: boolean): void {
  for (const m of text.matchAll(YMD)) {
    out.push({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, confidence: 'medium' });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (m[2] === '.') { out.push({ year: Number(m[4]), month: b, day: a, index, end, confidence: 'high' }); continue; }
    if (a > 12) out.push({ year: Number(m[4]), month: b, day: a, index, end, confidence: 'high' });
    else if (b > 12) out.push({ year: Number(m[4]), month: a, day: b, index, end, confidence: 'high' });
    else {
      // A weekday beside the date outranks the document's habit: it is about this very date.
      const reading = a === b ? null : weekdayReading(text.slice(Math.max(0, index - 16), index), a, b, Number(m[4]));
      const readDayFirst = reading === 'dayFirst' || (reading === null && dayFirst);
      const confidence = reading !== null || a === b ? 'high' : 'medium';
      out.push(readDayFirst ? { year: Number(m[4]), month: b, day: a, index, end, confidence } : { year: Number(m[4]), month: a, day: b, index, end, confidence });
    }
  }
}

const TIME_BEFORE = /(?<![\d,.])(\d{1,2})(?:[:.](\d{2}))?()\s*(a\.?m\.?(?![a-z])|p\.?m\.?(?![a-z]))?\s*\(?((?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{2,5})\)?\s*(?:[,|·•-]|on)?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*)?$/i;

/** A time match that really states a time: `7 AM ET` may give the hour alone, but a bare number (`2025 12 people`) is none. */
function statesTime(m: RegExpExecArray | null): RegExpExecArray | null {
  return m && (m[2] !== undefined || m[4] !== undefined) ? m : null;
}

/** Read a time (and zone) stated right after a date, or right before it, as an ISO suffix. */
function timeSuffix(after: string, year: number, month: number, day: number, before = ''): { suffix: string; length: number } | null {
  const afterTime = statesTime(TIME_AFTER.exec(after));
  const m = afterTime ?? statesTime(TIME_BEFORE.exec(before));
  if (!m) return null;
  const length = afterTime ? m[0].length : 0;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const second = Number(m[3] ?? '0');
  const meridiem = (m[4] ?? '').toLowerCase().replace(/\./g, '');
  if (meridiem !== '') {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59 || m[5] === undefined) return null;
  const offset = zoneOffset(m[5], year, month, day);
  if (offset === null) return null;
  return { suffix: `T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`, length };
}

/** ISO 8601 dates written as such, keeping a stated offset. */
function isoDates(text: string, out: DateMatch[]): void {
  for (const m of text.matchAll(ISO)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(y, mo, d)) continue;
    const day = isoDate(y, mo, d);
    const index = m.index ?? 0;
    let iso = day;
    let end = index + m[0].length;
    const zoneWord = m[4] !== undefined && m[7] === undefined ? /^\s?\(?([A-Z]{2,5})\)?(?![A-Za-z])/.exec(text.slice(end, end + 8)) : null;
    const zone = m[7] ?? zoneWord?.[1];
    if (m[4] !== undefined && zone !== undefined && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? '0') < 60) {
      const offset = zoneOffset(zone === 'Z' ? 'UTC' : zone, y, mo, d);
      if (offset !== null) {
        iso = `${day}T${m[4]}:${m[5]}:${pad(Number(m[6] ?? '0'))}${offset}`;
        if (zoneWord) end += zoneWord[0].length;
      }
    }
    out.push({ iso, day, index, end, text: text.slice(index, end), hasTime: iso !== day, confidence: 'high' });
  }
}

/**
 * Find every full date (day, month and year) in free text and parse it to
 * ISO 8601. A time with a zone right after a date yields a date-time with
 * offset; without a zone the date stays bare (never shifted). Invalid
 * calendar dates such as 2024-02-30 are skipped. Month-only mentions
 * ("in October") are not dates. Linear regexes only.
 */
export function parseDateText(text: string, options: DateOptions = {}): DateMatch[] {
  const found: DateMatch[] = [];
  isoDates(text, found);
  const raws: Raw[] = [];
  monthDates(text, raws);
  numericDates(text, raws, options.dayFirst ?? false);
  for (const r of raws) {
    if (!isValidDate(r.year, r.month, r.day)) continue;
    const day = isoDate(r.year, r.month, r.day);
    const time = timeSuffix(text.slice(r.end, r.end + 40), r.year, r.month, r.day, text.slice(Math.max(0, r.index - 30), r.index));
    const end = time ? r.end + time.length : r.end;
    found.push({ iso: time ? day + time.suffix : day, day, index: r.index, end, text: text.slice(r.index, end), hasTime: time !== null, confidence: r.confidence });
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: DateMatch[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.index < last.end) continue;
    kept.push(f);
  }
  return kept;
}
