import { parseDateText, type DateMatch } from '../dates/parseDateText.js';
import { isOrgName, isPersonName, isRole, splitNameOutlet, titleCaseName, wireName } from './names.js';

/** What a byline line states. */
export interface Byline {
  readonly author: string | null;
  readonly source: string | null;
  readonly date: DateMatch | null;
}

const BY = /^(?:(?:written|posted|reported|words|story|text|compiled|filed|produced)\s+)?(?:by|von|par|por|door)\s*[:\s]\s*(.+)$/i;
const POSTED_BY = /^(?:posted|published|written|updated)\b.{0,60}?\bby\s+(.{3,60})$/i;
const BYLINE_START = /^(?:written|posted|reported|words|story|text|compiled|filed|produced|by|von|par|por|door|authors?|reporters?|writers?|byline|published|updated)\b/i;
const LABELLED = /^(?:authors?|reporters?|writers?|byline|words)\s*:\s*(.+)$/i;

/** Split a list of names (`A, B and C`) into names; null if any is not name-shaped. */
function splitNames(text: string): string[] | null {
  const names = text.split(/\s*,\s*|\s+(?:and|&)\s+/).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0 || names.length > 6) return null;
  return names.every(isPersonName) ? names : null;
}

/** Join names back the way bylines write them. */
function joinNames(list: string[]): string {
  const names = list.map(titleCaseName);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Read the part after `By`: names, then maybe an agency, role or date. */
function readByPart(rest: string): Byline | null {
  const date = parseDateText(rest)[0] ?? null;
  let head = date ? rest.slice(0, date.index) : rest;
  const pieces = head.split(/\s+[|•·–—]\s+|\s*\|\s*|\s+-\s+/);
  head = pieces[0] ?? '';
  // `By Jane Doe | The Daily Example`: an outlet after the separator.
  const after = pieces[1]?.trim() ?? '';
  const outletAfter = pieces.length === 2 && !isRole(after) && (wireName(after) !== null || isOrgName(after)) ? wireName(after) ?? after : null;
  head = head.replace(/[\s,;:|–—-]+(?:published|updated|posted|on|at)?[\s,;:|–—-]*$/i, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const wholeWire = wireName(head.replace(/^the\s+/i, 'the '));
  if (wholeWire) return { author: null, source: wholeWire, date };
  const parts = head.split(/\s*,\s*/);
  const hasAndList = parts.length > 1 && / (?:and|&) /.test(parts[parts.length - 1] ?? '');
  if (hasAndList) {
    const names = splitNames(head);
    return names ? { author: joinNames(names), source: null, date } : null;
  }
  // `By MICHAEL JONES Associated Press`: the affiliation follows the name without a comma.
  const split = splitNameOutlet(parts[0] ?? '');
  if (split) return { author: titleCaseName(split.name), source: split.outlet, date };
  const names = splitNames(parts[0] ?? '');
  if (!names) return null;
  let source: string | null = null;
  for (const extra of parts.slice(1)) {
    if (isRole(extra)) continue;
    if (isOrgName(extra) || /^[A-Z]{2,6}$/.test(extra)) source = wireName(extra) ?? extra;
  }
  return { author: joinNames(names), source: source ?? outletAfter, date };
}

/**
 * Read a byline line: `By X`, `Written by X and Y`, `By X, Reuters`,
 * `By X | Month D, YYYY`, `Author: X`, or `X, Reuters`. Returns null for
 * lines that are not bylines, e.g. the sentence `By Tuesday, the ...`:
 * bylines are short and name-shaped.
 */
export function findByline(text: string): Byline | null {
  if (text.length > 140 || (!BYLINE_START.test(text) && !text.includes(',') && !text.includes('|'))) return null;
  const m = BY.exec(text) ?? LABELLED.exec(text);
  if (m) return readByPart(m[1] ?? '');
  const posted = POSTED_BY.exec(text);
  if (posted) {
    const byline = readByPart(posted[1] ?? '');
    const date = parseDateText(text)[0] ?? null;
    if (byline) return { ...byline, date: byline.date ?? date };
  }
  const piped = /^([^|]{3,50}?)\s*\|\s*(.{2,60})$/.exec(text);
  if (piped && isPersonName(piped[1] ?? '')) {
    const right = piped[2]!.trim();
    const date = parseDateText(right)[0] ?? null;
    const source = wireName(right) ?? (isOrgName(right) ? right : null);
    if (date || source) return { author: titleCaseName(piped[1]!.trim()), source, date };
  }
  const wire = /^([^,]{3,50}),\s*([^,]{2,40})$/.exec(text);
  if (wire && isPersonName(wire[1] ?? '')) {
    const rest = wire[2]!.trim();
    const source = wireName(rest) ?? (isOrgName(rest) && !isRole(rest) ? rest : null);
    // `Jane Doe, Reuters`, `Jane Doe, BBC News` or `Jane Doe, Europe Correspondent`: a name with its affiliation.
    if (source || isRole(rest)) return { author: titleCaseName(wire[1]!.trim()), source, date: null };
  }
  return null;
}
