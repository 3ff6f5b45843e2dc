/** The outcome of checking a stated date. */
export type DateCheck =
  | { readonly ok: true; readonly date: string; readonly note?: 'no-zone' | 'far-future' | 'before-1900' }
  | { readonly ok: false; readonly reason: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?[ \t]*(Z|[+-]\d{2}:?\d{2})?$/;
/** Dates this late are almost certainly typos; a fixed bound keeps builds reproducible (no clock). */
const LATEST_PLAUSIBLE_YEAR = 2100;
const EARLIEST_PLAUSIBLE_YEAR = 1900;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Check a date stated by the archivist. Accepts `YYYY-MM-DD` and
 * `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)` (also Jekyll's `2024-11-08 09:11:00 +0100`). A date-time with an offset is
 * normalised to `YYYY-MM-DDTHH:MM:SS±HH:MM` (Z becomes +00:00); a date-time
 * without one keeps only its calendar date, because the wall-clock time
 * means nothing without a zone. The calendar date is never shifted.
 */
export function validateDate(value: string): DateCheck {
  const trimmed = value.trim();
  const m = DATE.exec(trimmed) ?? DATE_TIME.exec(trimmed);
  if (m === null) return { ok: false, reason: `"${value}" is not a date in the form YYYY-MM-DD` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, reason: `${trimmed} has no month ${m[2]}` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `${trimmed} does not exist: month ${m[2]} of ${m[1]} has ${daysInMonth(year, month)} days` };
  const calendar = `${m[1]}-${m[2]}-${m[3]}`;
  let date = calendar;
  let note: 'no-zone' | undefined;
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
    if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `${trimmed} has an impossible time of day` };
    const zone = m[7];
    if (zone === undefined) note = 'no-zone';
    else {
      const offset = zone === 'Z' ? '+00:00' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
      if (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59) return { ok: false, reason: `${trimmed} has an impossible UTC offset` };
      date = `${calendar}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`;
    }
  }
  if (year > LATEST_PLAUSIBLE_YEAR) return { ok: true, date, note: 'far-future' };
  if (year < EARLIEST_PLAUSIBLE_YEAR) return { ok: true, date, note: 'before-1900' };
  return note === undefined ? { ok: true, date } : { ok: true, date, note };
}
