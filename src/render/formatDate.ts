// The package root loads all of date-fns (~100 ms of start-up per thread); this loads one function.
import { format } from 'date-fns/format';

/** A record date ready for display: machine value and human text. */
export interface DateView {
  /** Value for `<time datetime>`. */
  readonly iso: string;
  /** e.g. `8 November 2024` or `8 November 2024, 09:11 (UTC+01:00)`. */
  readonly text: string;
  readonly year: string;
  readonly month: string;
  readonly monthName: string;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Formatted dates, by ISO string. An archive repeats few distinct dates per
 * list, and formatting through date-fns was a third of the cost of building
 * page views; views are immutable, so sharing them is safe.
 */
const formatted = new Map<string, DateView>();
/** Cleared when full: bounded memory however many dates an archive holds. */
const MAX_FORMATTED = 50_000;

/**
 * Format an ISO record date as stated, never shifted into the build
 * machine's time zone: the components are read from the string itself and
 * formatted through date-fns on a UTC-neutral calendar value.
 */
export function formatDate(iso: string): DateView {
  let view = formatted.get(iso);
  if (view === undefined) {
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    view = Object.freeze(formatIso(iso));
    formatted.set(iso, view);
  }
  return view;
}

function formatIso(iso: string): DateView {
  const m = isoPattern.exec(iso);
  if (!m) return { iso, text: iso, year: iso.slice(0, 4), month: iso.slice(5, 7), monthName: '' };
  const [, y, mo, d, hh, mm, , zone] = m;
  // A local Date built from the stated components, formatted back with local
  // getters: the round trip cannot shift the calendar day.
  const calendar = new Date(Number(y), Number(mo) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0));
  calendar.setFullYear(Number(y));
  const day = format(calendar, 'd MMMM yyyy');
  const time = hh === undefined ? '' : `, ${hh}:${mm}${zone ? ` (${zone === 'Z' ? 'UTC' : `UTC${zone}`})` : ''}`;
  return { iso, text: day + time, year: y!, month: mo!, monthName: format(calendar, 'MMMM yyyy') };
}

/** Name of a month page, e.g. `November 2024`. */
export function monthTitle(year: string, month: string): string {
  const calendar = new Date(Number(year), Number(month) - 1, 1);
  calendar.setFullYear(Number(year));
  return format(calendar, 'MMMM yyyy');
}
