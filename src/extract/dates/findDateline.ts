import { monthNumber } from './monthNames.js';
import { parseDateText, weekdayReading, type DateMatch, type DateOptions } from './parseDateText.js';

/** A line that states when the article was published or updated. */
export interface Dateline {
  readonly match: DateMatch;
  /** `published` for Published/Posted lines, `updated` for Updated lines, `plain` for a bare dateline. */
  readonly kind: 'published' | 'updated' | 'plain';
}

const PREFIX = /^(?:(first |originally )?(published|posted|released|issued|dated?|created|(?:last )?updated|modified|edited|revised|publié|mis à jour|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?: on| at| le| am| el| il| op)?|on)(?![\p{L}])\s*:?\s*/iu;
/** `Updated 2 hours ago` beside a stated date: a relative age, never resolved, but no sign of running text. */
const RELATIVE = /\b(?:(?:last )?updated|published|posted|edited)?\s*:?\s*(?:\d{1,3}|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|[smhd])\s+ago\b/gi;
const UPDATED_WORD = /\b(?:last )?(?:updated|modified|edited|revised)(?: on| at)?\b/gi;
const FILLER = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|at|on|am|pm|a\.m|p\.m|gmt|utc|local time|time|hrs|uhr|um|à|a las|alle|heure)\b|\d{1,2}[:.h]\d{2}(?::\d{2})?|\b[A-Z]{2,5}\b|[+-]\d{2}:?\d{2}/gi;

/**
 * Stamps of site upkeep (`Date modified:`, `Page last updated`, `Reviewed:`):
 * they say when a web page was last touched, not when the story came out.
 */
const MAINTENANCE = /^(?:date (?:modified|updated|reviewed)|(?:page|content|site) (?:last )?(?:modified|updated|reviewed|changed)|last (?:modified|reviewed)|(?:page )?reviewed(?: on)?)\b/i;

/** Whether a line is a page-maintenance stamp rather than a publication dateline. */
export function isMaintenanceStamp(text: string): boolean {
  return text.length <= 120 && MAINTENANCE.test(text.trim());
}

/** A place as datelines write it: capitalised words (`St. John's`, `Newfoundland and Labrador`), up to three comma-separated parts. */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|of|de|du|la|del|upon|on))*`;
const DASH_PLACE = new RegExp(String.raw`^\s*(?:[-–—|])\s*${PLACE}(?:,\s*${PLACE}){0,2}\.?\s*$`, 'u');

/**
 * A release dateline naming where it was issued: `March 4, 2025 – Regina,
 * Saskatchewan`. The date opens the line and after a dash comes a short
 * place name (at most six words), nothing that reads as a sentence.
 */
export function isPlaceDateline(text: string, match: DateMatch): boolean {
  const after = text.slice(match.end);
  if (text.slice(0, match.index).trim() !== '' || after.length > 60) return false;
  return DASH_PLACE.test(after) && after.trim().split(/\s+/).length <= 7;
}

/** `BHOPAL, `: the place a report is filed from, in capitals, leading its dateline (`BHOPAL, August 02, 2020 23:11 IST`). */
const CAPS_PLACE = /^\p{Lu}{2}[\p{Lu}.'’ -]{0,30},\s*$/u;

/**
 * Whether a line is a dateline: a date standing alone (maybe with weekday,
 * time, zone), with the place of issue before or after it, or after `Published`/`Updated`/`Posted on`.
 * Running text that merely mentions a date is not a dateline, nor is a
 * page-maintenance stamp.
 */
export function findDateline(text: string, options: DateOptions = {}): Dateline | null {
  if (text.length > 120 || !/\d/.test(text) || isMaintenanceStamp(text)) return null;
  const prefix = PREFIX.exec(text);
  const dates = parseDateText(text, options);
  const match = dates[0];
  if (!match) return null;
  if (!prefix && dates.length === 1 && isPlaceDateline(text, match)) return { match, kind: 'plain' };
  const word = (prefix?.[2] ?? '').toLowerCase();
  const kind = /updated|modified|edited|revised|mis à jour|aktualisiert|actualizado|aggiornato|bijgewerkt/.test(word) ? 'updated' : word !== '' ? 'published' : 'plain';
  if (kind !== 'plain' && match.index <= (prefix?.[0].length ?? 0) + 30) return { match, kind };
  // `Mar 4, 2025 Updated Mar 5, 2025`: a later updated date on the same line is no running text.
  const rest = dates.slice(1).reduce((t, d) => t.replace(d.text, ' '), text.slice(match.end)).replace(UPDATED_WORD, ' ');
  const residue = (text.slice(0, match.index).replace(CAPS_PLACE, '') + ' ' + rest)
    .replace(RELATIVE, ' ')
    .replace(PREFIX, '')
    .replace(FILLER, ' ')
    .replace(/[^\p{L}]+/gu, '');
  return residue.length <= 3 ? { match, kind } : null;
}

const WEEKDAY_SLASH = /\b((?:sun|mon|tue|wed|thu|fri|sat)\p{L}{0,6}\.?,?\s*)(\d{1,2})\/(\d{1,2})\/(\d{4})\b/giu;
const DAY_MONTH = /\b\d{1,2}\.?\s(?:de\s)?(\p{L}{3,10})\.?,?\s(?:de\s)?\d{4}\b/gu;

/** Whether a day-first reading suits the document: it writes `d.m.yyyy`, `13/05/2025`-style or `5 December 2025` dates. */
export function prefersDayFirst(whole: string): boolean {
  // The first 200k characters are plenty to tell a document's date style.
  const text = whole.length > 200_000 ? whole.slice(0, 200_000) : whole;
  // (`28-09-2023` with dashes too: a teaser's date settles the order of the story's own `07-11-2023`.)
  if (/\b(?:1[3-9]|2\d|3[01])([/-])(?:0?[1-9]|1[0-2])\1\d{4}\b/.test(text)) return true;
  if (/\b(?:0?[1-9]|1[0-2])([/-])(?:1[3-9]|2\d|3[01])\1\d{4}\b/.test(text)) return false;
  if (/\b\d{1,2}\.\d{1,2}\.\d{4}\b/.test(text)) return true;
  // `Tue 04/03/2025`: a weekday that only one reading falls on shows the page's order.
  // (The plain test first: the weekday pattern is a Unicode scan of every position, a fifth of extraction.)
  if (/\d\/\d{1,2}\/\d{4}/.test(text)) for (const m of text.matchAll(WEEKDAY_SLASH)) {
    const reading = weekdayReading(m[1] ?? '', Number(m[2]), Number(m[3]), Number(m[4]));
    if (reading !== null) return reading === 'dayFirst';
  }
  for (const m of text.matchAll(DAY_MONTH)) if (monthNumber(m[1] ?? '') !== null) return true;
  return false;
}
