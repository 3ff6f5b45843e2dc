import { parseDateText, type DateMatch, type DateOptions } from './parseDateText.js';

/** A line that states when the article was published or updated. */
export interface Dateline {
  readonly match: DateMatch;
  /** `published` for Published/Posted lines, `updated` for Updated lines, `plain` for a bare dateline. */
  readonly kind: 'published' | 'updated' | 'plain';
}

const PREFIX = /^(?:(first |originally )?(published|posted|released|issued|dated?|created|(?:last )?updated|modified|edited|revised)(?: on| at)?|on)\b\s*:?\s*/i;
const FILLER = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|at|on|am|pm|a\.m|p\.m|gmt|utc|local time|time|hrs|uhr)\b|\d{1,2}[:.]\d{2}(?::\d{2})?|\b[A-Z]{2,5}\b|[+-]\d{2}:?\d{2}/gi;

/**
 * Whether a line is a dateline: a date standing alone (maybe with weekday,
 * time, zone) or after `Published`/`Updated`/`Posted on`. Running text that
 * merely mentions a date is not a dateline.
 */
export function findDateline(text: string, options: DateOptions = {}): Dateline | null {
  if (text.length > 120) return null;
  const prefix = PREFIX.exec(text);
  const dates = parseDateText(text, options);
  const match = dates[0];
  if (!match) return null;
  const word = (prefix?.[2] ?? '').toLowerCase();
  const kind = /updated|modified|edited|revised/.test(word) ? 'updated' : word !== '' ? 'published' : 'plain';
  if (kind !== 'plain' && match.index <= (prefix?.[0].length ?? 0) + 30) return { match, kind };
  const residue = (text.slice(0, match.index) + ' ' + text.slice(match.end))
    .replace(PREFIX, '')
    .replace(FILLER, ' ')
    .replace(/[^\p{L}]+/gu, '');
  return residue.length <= 3 ? { match, kind } : null;
}

/** Whether a day-first reading suits the document: it writes `d.m.yyyy`, `13/05/2025`-style or `5 December 2025` dates. */
export function prefersDayFirst(text: string): boolean {
  if (/\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/\d{4}\b/.test(text)) return true;
  if (/\b(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/\d{4}\b/.test(text)) return false;
  return /\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{1,2}\.? (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|de \p{L}+)\b/iu.test(text);
}
