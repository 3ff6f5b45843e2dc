import { parseDateText, type DateMatch } from '../dates/parseDateText.js';
import { isOrgName, isPersonName, isRole, joinNames, splitNameOutlet, titleCaseName, unshout, wireName, withoutHonorifics } from './names.js';

/** What a byline line states. */
export interface Byline {
  readonly author: string | null;
  readonly source: string | null;
  readonly date: DateMatch | null;
}

/**
 * What a byline may say the author did before `by`: `Story by`, `Review
 * by`, `Opinion by`, `Words and photographs by` (the writer who also took
 * the pictures; `Photographs by` alone is a photo credit).
 */
const BY_WORK = '(?:written|posted|reported|words|story|text|compiled|filed|produced|interview|interviewed|analysis|review|reviewed|opinion|commentary|column|essay)(?:\\s+and\\s+(?:photos|photographs|pictures|images))?';
const BY = new RegExp(`^(?:${BY_WORK}\\s+)?(?:by|von|par|por|door)\\s*[:\\s]\\s*(.+)$`, 'i');
const POSTED_BY = /^(?:posted|published|written|updated)\b.{0,60}?\bby\s+(.{3,60})$/i;
const BYLINE_START = /^(?:written|posted|reported|words|story|text|compiled|filed|produced|interview|interviewed|analysis|review|reviewed|opinion|commentary|column|essay|by|von|par|por|door|authors?|reporters?|writers?|columnists?|byline|published|updated)\b/i;
/** `Text: Jane Doe` and `Columnist: Jane Doe` want their colon: `Text Messages Reveal Plot` is a headline. */
const LABELLED = /^(?:authors? of (?:the|this) (?:article|story|post)\s*:\s*|(?:authors?|reporters?|writers?|byline|words)\s*(?::\s*|\s)|(?:text|columnists?)\s*:\s*)(.+)$/i;

/** `Jane Doe in Oslo`: a name, then the place it files from (one to three capitalised words). */
const NAME_IN_PLACE = /^(.{5,50}?) in ([\p{Lu}][\p{L}'’.-]+(?:[ -][\p{Lu}][\p{L}'’.-]+){0,2})$/u;

/** A credit to a newsroom rather than a person: `Channel 5 Metro Staff`, `agencies`, `Reuters`. */
const DESK_CREDIT = /^(?:(.{2,40}?)\s+)?(?:staff(?: reports?| writers?)?|agencies|news agencies|wires|wire services|newsroom|news desk|desk)$/i;

/** The outlet a newsroom credit names (`Channel 5 Metro Staff` -> `Channel 5 Metro`), '' for a bare `Staff`, null if not a credit. */
function deskCredit(part: string): string | null {
  const wire = wireName(part);
  if (wire !== null) return wire;
  const m = DESK_CREDIT.exec(part.trim());
  if (!m) return null;
  const outlet = m[1]?.trim() ?? '';
  return outlet !== '' && /^[\p{Lu}\d]/u.test(outlet) ? wireName(outlet) ?? outlet : '';
}

/**
 * Split a list of names (`A, B and C`) into names, null if any part is not
 * name-shaped. A newsroom co-credit (`A and Channel 5 Metro Staff`, `A and
 * agencies`) is not a name but does not spoil the people's: it is returned
 * as the outlet it names.
 */
function splitNames(text: string): { names: string[]; outlet: string | null } | null {
  const parts = text.split(/\s*,\s*|\s+(?:and|&|with)\s+/).map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return null;
  const names: string[] = [];
  let outlet: string | null = null;
  for (const written of parts) {
    // `By Deacon Jane Doe`: the name, without its form of address.
    const part = withoutHonorifics(written);
    // `TOMÁS FERREIRA Global Wire Service`: the last name runs into the agency, no comma between.
    const affiliated = part.split(' ').length > 2 && (isOrgName(part) || wireName(part.slice(part.lastIndexOf(' ') + 1)) !== null) ? splitNameOutlet(part) : null;
    if (affiliated !== null && !isRole(affiliated.name)) { names.push(affiliated.name); outlet ??= affiliated.outlet; continue; }
    // `Meteorologist Jane Doe`, `state political reporter Jane Doe`: a job title written before the name.
    const titled = /^(\S+)\s+(.+)$/.exec(part);
    if (titled && isRole(titled[1]!) && isPersonName(titled[2]!)) { names.push(titled[2]!); continue; }
    const described = LEADING_ROLE.exec(part);
    if (described && isPersonName(described[1]!)) { names.push(described[1]!); continue; }
    if (isPersonName(part) && !isRole(part)) { names.push(part); continue; }
    // `Jane Doe in Oslo and John Roe in Singapore`: each name with the place it files from.
    const filed = part.includes(' in ') ? NAME_IN_PLACE.exec(part) : null;
    if (filed && isPersonName(filed[1]!) && !isRole(filed[1]!)) { names.push(filed[1]!); continue; }
    // `MARK ELLISON Staff Writer`: the job title after the name, no comma between.
    const role = names.length === 0 ? nameBeforeRole(part) : null;
    if (role !== null) { names.push(role); continue; }
    const desk = names.length > 0 ? deskCredit(part) : null;
    // `Jane Doe, News Editor and John Roe, Staff Writer`: each name's job title after it.
    if (desk === null && names.length > 0 && isRole(part) && !isPersonName(part)) continue;
    if (desk === null) return null;
    if (desk !== '') outlet ??= desk;
  }
  return names.length > 0 ? { names, outlet } : null;
}

/** Join names back the way bylines write them, in normal case. */
function joinCased(list: readonly string[]): string {
  return joinNames(list.map(titleCaseName));
}

/** `JANE DOE FOR THE EXAMPLE TIMES`: a name, `for`, and the outlet the piece was written for. */
const FOR_OUTLET = /^(.{5,50}?) for (?:the )?(.{3,50})$/i;

/**
 * `By Jane Doe for The Example Times`, in any case: the writer only. The
 * outlet is the page's own, spelled as its masthead spells it, so it is
 * left to the masthead (a wire is still named).
 */
function nameForOutlet(head: string): Byline | null {
  const m = / for /i.test(head) ? FOR_OUTLET.exec(head) : null;
  if (!m || !isPersonName(m[1]!) || isRole(m[1]!)) return null;
  const outlet = unshout(m[2]!);
  if (wireName(outlet) === null && !isOrgName(outlet)) return null;
  return { author: titleCaseName(m[1]!), source: wireName(outlet), date: null };
}

/** Read the part after `By`: names, then maybe an agency, role or date. */
function readByPart(rest: string): Byline | null {
  const date = parseDateText(rest)[0] ?? null;
  let head = date ? rest.slice(0, date.index) : rest;
  // `By Jane Doe/Staff Reporter`, `By Jane Doe / Example Shimbun Staff Writer`: a slash sets off the post or outlet too.
  const pieces = head.split(/\s+[|•·–—]\s+|\s*[|/]\s*|\s+-\s+/);
  head = pieces[0] ?? '';
  // `By Jane Doe | The Daily Example`: an outlet after the separator (past a contact: `| jane@example.com |`).
  const others = pieces.slice(1).map((piece) => piece.trim()).filter((piece) => piece !== '' && !EMAIL.test(piece) && !HANDLE.test(piece));
  const after = others[0] ?? '';
  const outletAfter = others.length === 1 && !isRole(after) && (wireName(after) !== null || isOrgName(after)) ? wireName(after) ?? after : null;
  head = head.replace(/[\s,;:|–—-]+(?:published|updated|posted|on|at)?[\s,;:|–—-]*$/i, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const wholeWire = wireName(head.replace(/^the\s+/i, 'the '));
  if (wholeWire) return { author: null, source: wholeWire, date };
  const forOutlet = nameForOutlet(head);
  if (forOutlet) return { ...forOutlet, date };
  const parts = head.split(/\s*,\s*/);
  const hasAndList = parts.length > 1 && / (?:and|&) /.test(parts[parts.length - 1] ?? '');
  // `A, B and C`; but in `Jane Doe, Senior Editor, Ports & Terminals` the `&` joins a beat's words, not names.
  const andList = hasAndList ? splitNames(head) : null;
  if (andList) return { author: joinCased(andList.names), source: andList.outlet ?? outletAfter, date };
  // `By MICHAEL JONES Associated Press`: the affiliation follows the name without a comma.
  const split = splitNameOutlet(parts[0] ?? '');
  if (split) return { author: titleCaseName(split.name), source: split.outlet, date };
  // `by: Jane Doe, John Roe`: names separated by commas only.
  const commaList = parts.length > 1 ? splitNames(head) : null;
  if (commaList && commaList.names.length === parts.length) return { author: joinCased(commaList.names), source: commaList.outlet ?? outletAfter, date };
  const list = splitNames(parts[0] ?? '');
  if (!list) return null;
  let source: string | null = list.outlet;
  for (const extra of parts.slice(1)) {
    if (isRole(extra)) continue;
    if (isOrgName(extra) || /^[A-Z]{2,6}$/.test(extra)) source = wireName(extra) ?? extra;
  }
  return { author: joinCased(list.names), source: source ?? outletAfter, date };
}

/** A text browser's numbered link marker (`[14]`), printed before each link's text. */
const LINK_MARK = /\[\d{1,4}\]/g;
/** `From Jane Doe, Abuja`: `From`, a name, a comma and the place (one to three capitalised words). */
const FROM_PLACE = /^From ([^,]{3,50}), ([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,2})$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
/** `Special to the Example Chronicle`: a contributor's credit in place of a job title. */
const SPECIAL_TO = /^special (?:to|for) (?:the )?\p{Lu}/iu;
const HANDLE = /^@\w{2,30}$/;
/** Where one segment of a byline says when, which: an `Updated` date yields to any other. */
const UPDATED_SEGMENT = /^(?:last\s+)?(?:updated|modified)\b/i;
const DATE_LABEL = /^(?:(?:last\s+)?(?:updated|modified)|posted|published|first published)(?:\s+on)?\s*:?\s+\S/i;
const ROLE_NOUN = '(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|critic|photographer|meteorologist|presenter|anchor)';
/** A line that ends in a job title: the cheap test before trying every split of a name and a title. */
const ROLE_NOUN_END = new RegExp(`${ROLE_NOUN}$`, 'i');
/** A job title in lower case before a name, ending in the role itself (`state political reporter Jane Doe`). */
const LEADING_ROLE = new RegExp(String.raw`^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}${ROLE_NOUN}\s+(\p{Lu}.+)$`, 'u');
/** A job title after a name, ending in the role itself (`Political Correspondent`, `Senior Reporter`). */
const TRAILING_ROLE = new RegExp(String.raw`^(?:[\p{Lu}][\p{L}&-]*\s+){0,3}${ROLE_NOUN}$`, 'iu');

/**
 * A byline of segments: names, then each other segment an outlet, a role,
 * a contact or a date (`Jane Doe · Example News · Posted: Mar 04, 2025
 * 10:15 AM CST | Last Updated: March 5`, `Jane Doe | jane@example.com`).
 * Any other segment means the line is something else.
 */
function segmentedByline(text: string): Byline | null {
  const segments = text.split(/\s+[·•|/]\s+|\s*[|·•]\s*/).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2) return null;
  // `WXYZ | By Jane Doe`: the outlet first, then the byline.
  const outletFirst = /^by\s/i.test(segments[1]!) && (isOrgName(segments[0]!) || /^\p{Lu}{2,6}$/u.test(segments[0]!));
  if (outletFirst) {
    const rest = readByPart(segments.slice(1).join(' | ').replace(/^by\s+/i, ''));
    if (rest?.author) return { ...rest, source: rest.source ?? wireName(segments[0]!) ?? segments[0]! };
  }
  const list = splitNames(segments[0]!.replace(/^by\s+/i, ''));
  if (!list) return null;
  let source = list.outlet;
  let date: DateMatch | null = null;
  let updated: DateMatch | null = null;
  for (const segment of segments.slice(1)) {
    if (EMAIL.test(segment) || HANDLE.test(segment) || TRAILING_ROLE.test(segment) || SPECIAL_TO.test(segment)) continue;
    const outlet = wireName(segment) ?? (isOrgName(segment) && !isRole(segment) ? segment : null);
    if (outlet !== null) { source ??= outlet; continue; }
    const stated = parseDateText(segment)[0];
    // `Last Updated: March 5`: a labelled time the parser cannot place (no year) is still a byline's segment.
    if (stated === undefined) {
      if (DATE_LABEL.test(segment)) continue;
      return null;
    }
    if (UPDATED_SEGMENT.test(segment)) updated ??= stated;
    else date ??= stated;
  }
  return { author: joinCased(list.names), source, date: date ?? updated };
}

/** The name in `Jane Doe Political Correspondent` (a name, then its job title), or null. */
function nameBeforeRole(text: string): string | null {
  if (!ROLE_NOUN_END.test(text)) return null;
  const words = text.split(' ');
  for (let cut = 2; cut <= Math.min(4, words.length - 1); cut++) {
    const name = words.slice(0, cut).join(' ');
    if (TRAILING_ROLE.test(words.slice(cut).join(' ')) && isPersonName(name) && !isRole(name)) return name;
  }
  return null;
}

/** `Jane Doe Political Correspondent`: a name and its job title on one line. */
function nameWithRole(text: string): Byline | null {
  const name = nameBeforeRole(text);
  return name === null ? null : { author: titleCaseName(name), source: null, date: null };
}

/**
 * Read a byline line: `By X`, `Written by X and Y`, `By X, Reuters`,
 * `By X | Month D, YYYY`, `Author: X`, `X, Reuters`, `X · Outlet · Posted:
 * date`, `Outlet | By X`, `A, B and C`, `X with Reuters`, or `X Political
 * Correspondent`. Returns null for lines that are not bylines, e.g. the
 * sentence `By Tuesday, the ...`: bylines are short and name-shaped.
 */
export function findByline(written: string): Byline | null {
  // `by [14]Jane Doe`: a text browser's link numbers are no part of the name.
  const linked = written.includes('[') ? written.replace(LINK_MARK, '') : written;
  const text = unglueRole(unglueDate(linked));
  const dated = nameThenDate(text);
  if (dated) return dated;
  if (text.length > 140 || (!BYLINE_START.test(text) && !/[,|·•&]| and | with | \/ /.test(text) && !TRAILING_ROLE.test(text.slice(text.lastIndexOf(' ') + 1)))) return null;
  const m = BY.exec(text) ?? LABELLED.exec(text);
  // `Byline: By Jane Doe`: an export's field holds the byline as printed.
  if (m) return readByPart((m[1] ?? '').replace(/^by\s+/i, ''));
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
  const segmented = /[|·•]| \/ /.test(text) ? segmentedByline(text) : null;
  if (segmented) return segmented;
  const wire = /^([^,]{3,50}),\s*([^,]{2,40})$/.exec(text);
  if (wire && isPersonName(wire[1] ?? '')) {
    const rest = wire[2]!.trim();
    const source = wireName(rest) ?? (isOrgName(rest) && !isRole(rest) ? rest : null);
    // `Jane Doe, Reuters`, `Jane Doe, BBC News` or `Jane Doe, Europe Correspondent`: a name with its affiliation.
    if (source || isRole(rest)) return { author: titleCaseName(wire[1]!.trim()), source, date: null };
  }
  // `From Jane Doe, Abuja`: a correspondent's byline naming where the report came from.
  const from = text.startsWith('From ') ? FROM_PLACE.exec(text) : null;
  if (from && isPersonName(from[1]!) && !isOrgName(from[1]!) && !isRole(from[1]!)) return { author: titleCaseName(from[1]!), source: null, date: null };
  // `Jane Doe, John Roe and Ann Lee`: a line of names and nothing else, or then the date.
  // (`Plains Grain & Feed Journal`: a publication's name joins words with `&` too.)
  const joined = / and | & | with /.test(text) && !(isOrgName(text) && !text.includes(','));
  const last = joined && /\d{4}$/.test(text) ? parseDateText(text).find((d) => d.end === text.length) ?? null : null;
  const list = joined ? splitNames(last ? text.slice(0, last.index).replace(/[\s,|·•–—-]+$/, '') : text) : null;
  // `Jane Doe with Reuters, dpa`: one name is enough when agencies are credited with it.
  if (list && (list.names.length >= 2 || list.outlet !== null)) return { author: joinCased(list.names), source: list.outlet, date: last };
  return nameWithRole(text);
}

const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
/** `Staff WriterSeptember 27, 2018`: a page that set the title and the date side by side lost the space between them. */
const GLUED_MONTH = new RegExp(`(?<=\\p{Ll})(?=${MONTH_WORD} \\d{1,2}\\b)`, 'u');

/** Put back the space before a month run into the word before it (`WriterSeptember 27, 2018`). */
export function unglueDate(text: string): string {
  // (Every line comes here: a byline is short, and only a line with a digit can hold a date.)
  return text.length <= 90 && /\d/.test(text) ? text.replace(GLUED_MONTH, ' ') : text;
}

/**
 * `ByJane DoeLocal Democracy Reporter`: a page that set the `By`, the name
 * and the job title side by side lost the spaces between them.
 */
function unglueRole(text: string): string {
  // (Every line comes here: a glued `By`, or a job title ending the line, before any pattern.)
  if (text.length > 90 || !((text.startsWith('By') && /^By\p{Lu}/u.test(text)) || ROLE_NOUN_END.test(text))) return text;
  const spaced = text.replace(/^By(?=\p{Lu}\p{Ll})/u, 'By ');
  // (Three lower-case letters before the capital: `Mc`, `Mac`, `De` start names with inner capitals.)
  const m = /^(.*\p{Ll}{3})(\p{Lu}[\p{L}&-]*(?:\s+[\p{Lu}][\p{L}&-]*){0,3})$/u.exec(spaced);
  return m && ROLE_NOUN_END.test(m[2]!) && TRAILING_ROLE.test(m[2]!) ? `${m[1]} ${m[2]}` : spaced;
}

/** A clock time before the date: `12:05,`, `9.30am`. */
const LEADING_TIME = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)[\s,]*$/i;

/**
 * `Jane Doe 12:05, Apr 18 2018`, `Jane Doe September 27, 2018`: a name,
 * then when the story went up, and nothing else. A date ending the line
 * and only a name (maybe a time) before it, so a sentence never reads so.
 */
function nameThenDate(text: string): Byline | null {
  // (`By Jane Doe June 3, 2024` is read as a `By` line, its date and all.)
  if (text.length > 70 || !/\d{4}$/.test(text) || BYLINE_START.test(text)) return null;
  const date = parseDateText(text).find((d) => d.end === text.length);
  if (!date || date.index < 5) return null;
  let head = text.slice(0, date.index).replace(/[\s,|·•–—-]+$/, '');
  const time = /\s(\S+(?:\s*[ap]\.?m\.?)?)$/i.exec(head);
  if (time && LEADING_TIME.test(time[1]!)) head = head.slice(0, time.index).replace(/[\s,]+$/, '');
  return isPersonName(head) && !isRole(head) && !isOrgName(head) ? { author: titleCaseName(head), source: null, date } : null;
}

/** `Jane Doe in Springfield`, `A and B in Kyiv`, `Jane Doe at Example Park` (a match report): names, and where they file from. */
const FILED_FROM = /^(.{5,80}?) (?:in|at) ([\p{Lu}][\p{L}'’.-]+(?:[ -][\p{Lu}][\p{L}'’.-]+){0,2})$/u;

/**
 * Read `Names in Place` or `Names at Venue` as a byline. Shaped like a
 * subheading (`Fewer Restrictions in Russia`) too, so the caller trusts it
 * only next to a dateline.
 */
export function filedFromByline(text: string): Byline | null {
  const filed = text.length <= 100 ? FILED_FROM.exec(text) : null;
  const list = filed ? splitNames(filed[1]!) : null;
  return list ? { author: joinCased(list.names), source: list.outlet, date: null } : null;
}
