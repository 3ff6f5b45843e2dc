import type { Confidence } from '../../types.js';
import { isOrgName, isPersonName, unshout, wireName } from './names.js';

/**
 * What named the publication, which decides how far it is trusted:
 * `agency` a wire dateline, `release` a press-release distribution wire
 * (`/PRNewswire/`), `issuer` the organisation that issued a release,
 * `company` a copyright holder written as a company (often a group
 * publisher rather than the masthead), `outlet` any other chrome.
 */
export type SourceKind = 'agency' | 'release' | 'issuer' | 'company' | 'outlet';

/** A publication name read from one line. */
export interface SourceHit {
  readonly source: string;
  readonly confidence: Confidence;
  /** Lines of this kind are chrome, not body (a wire dateline is body). */
  readonly chrome: boolean;
  readonly kind: SourceKind;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// `CITY, date (Agency) -`, or a date alone before the agency (`Jan. 22 (UPI) --`).
const WIRE_DATELINE = new RegExp(String.raw`^(?:[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,[^()]{1,40})?\s*|${MONTH} \d{1,2}(?:, \d{4})?\s*)?`
  + String.raw`\((\p{L}[\p{L} .&-]{0,30}?)\)\s*(?:-{1,2}|—|–|:)\s*`, 'u');
const RELEASE = /\/\s?((?:PR ?Newswire|Business ?Wire|GLOBE ?NEWSWIRE|Globe ?Newswire|Cision|Accesswire|ACCESSWIRE|EIN Presswire|PRWeb|Newsfile|Marketwired))\s?\/?/i;
const SOURCE_LINE = /^(?:source|sources|via|courtesy(?: of)?|publication|publisher|outlet)\s*:\s*(.{2,100})$/i;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.{2,120})$/i;
/** A footer that puts the name before the mark: `The Midlands Chronicle © 2025`. */
const NAME_COPYRIGHT = /^(\p{Lu}[^:/|©]{1,60}?)\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?[\s.,]*(?:all rights reserved\.?)?$/iu;
/** The closing line of a wire press release, `SOURCE Acme Foods Inc.`, names its issuer. */
const RELEASE_SOURCE = /^SOURCE\s+(\p{Lu}.{1,80})$/u;
const PROVIDED_BY = /^(?:news provided by\s*:?|(?:from|issued by)\s*:)\s*(.{2,80})$/i;
/** Legal forms of a company, which a copyright line adds to the trading name. */
const COMPANY_FORM = /,?\s+(?:Pty\.? Ltd|Inc|Ltd|LLC|L\.L\.C|LLP|L\.P|LP|PLC|plc|GmbH|AG|KG|DAC|SA|S\.A|SAS|SpA|S\.p\.A|NV|N\.V|BV|B\.V|AB|ASA|Oy|Limited|Corp|Corporation|Co)\.?$/;
/** Words naming a business rather than a title (`National World Publishing`, `Times Media Limited`). */
const CORPORATE_WORD = /\b(?:Publishing|Publications|Publishers|Group|Holdings|Enterprises|Media Limited|Media Group)\b/;
const BACK_HOME = /^(.{2,60}?)\s*(?:[-–—|:»]\s*)?back to (?:home|homepage|the homepage|front page|main page)$/i;
const APPEARED = /(?:appeared first on|originally (?:appeared|published) (?:on|in|at|by)|first (?:appeared|published) (?:on|in|at|by)|republished (?:from|with permission from))\s+(.{2,80}?)\.?$/i;

/** Parenthesised labels that are story flags, not outlets (`LONDON (Updated) —`). */
const NOT_OUTLET = /^(?:updated?|corrected|correction|breaking|video|live|watch|photos?|exclusive|analysis|opinion|file|archive)$/i;

/** Host name of a URL, without `www.`. */
function hostOf(text: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#].*)?$/i.exec(text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Strip years, rights notices, a repeated `Copyright` and trailing punctuation from a copyright holder. */
function cleanHolder(text: string): string {
  return text
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, '')
    .replace(/^[\s,.©-]+|[\s,.|-]+$/g, '')
    .replace(/^(?:copyright\b|©|\(c\))[\s©]*/i, '')
    // `Example Gazette | examplegazette.com`: the name, not what follows a separator.
    .replace(/\s+[|•·]\s.*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Whether the words before a trailing `©` are a publication's name: every
 * word capitalised (`All photographs are subject to copyright` is a
 * sentence), and not a person's name, which is a photographer's credit.
 */
function nameBeforeMark(text: string): boolean {
  const words = text.split(/\s+/);
  if (!words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|de|la|du|der|die|el)$/.test(w))) return false;
  return isOrgName(text) || !isPersonName(text);
}

/**
 * A copyright holder as the outlet: the legal form dropped (`The Example
 * Times Ltd` -> `The Example Times`), and marked `company` when it read as
 * a business, since a group publisher often owns many mastheads.
 */
function holderHit(holder: string): SourceHit | null {
  const name = holder.replace(COMPANY_FORM, '').replace(COMPANY_FORM, '').trim();
  if (!plausible(name)) return null;
  const company = name !== holder || CORPORATE_WORD.test(name);
  return { source: unshout(name), confidence: 'medium', chrome: true, kind: company ? 'company' : 'outlet' };
}

/** Whether a candidate name is plausible: short, capitalised, not a sentence. */
function plausible(name: string): boolean {
  return name.length >= 2 && name.length <= 60 && /^[\p{Lu}\d]/u.test(name) && name.split(/\s+/).length <= 7 && !/[.!?]$/.test(name.replace(/\b(?:Inc|Ltd|Co|Corp)\.$/, ''));
}

/** A wire dateline `CITY (Agency) -` or press-release `/PRNewswire/` at the start of a paragraph. */
function wireOnly(text: string): SourceHit | null {
  const paren = text.indexOf('(');
  if (paren >= 0 && paren <= 90 && text.length > 60) {
    const wire = WIRE_DATELINE.exec(text);
    const inner = wire?.[1]?.trim() ?? '';
    // After an ALL-CAPS city, any capitalised name in parentheses is the outlet (`LAGOS (Metro Watch) —`).
    const cityLed = wire !== null && /^\p{Lu}{3,}/u.test(text) && !NOT_OUTLET.test(inner) && /^(?:The |the )?\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3}$/u.test(inner);
    const name = wire ? wireName(inner) ?? (isOrgName(inner) || cityLed ? inner : null) : null;
    if (name) return { source: name, confidence: 'high', chrome: false, kind: 'agency' };
  }
  const slash = text.indexOf('/');
  if (slash < 0 || slash > 120) return null;
  const release = RELEASE.exec(text.slice(0, 160));
  return release ? { source: release[1]!, confidence: 'high', chrome: false, kind: 'release' } : null;
}

/**
 * Read the publication from a line of page chrome or a wire dateline:
 * `CITY (Reuters) -`, `(AP) —`, `Source: X`, `© 2016 Publication`,
 * `Publication - Back to home`, `The post ... appeared first on X.`,
 * and a press release's issuer (`SOURCE Acme Foods Inc.`).
 */
export function findSource(text: string): SourceHit | null {
  if (text.length > 300) return wireOnly(text);
  const wire = wireOnly(text);
  if (wire) return wire;
  const src = SOURCE_LINE.exec(text);
  if (src) {
    const value = src[1]!.trim();
    const host = /^(?:https?:\/\/|www\.)/i.test(value) ? hostOf(value) : null;
    // `Source: Al Jazeera and news agencies`: the named outlet is the source, not the wire pool.
    const name = host ?? value.replace(/[.;]+$/, '').replace(/\s+(?:and|&|\+|with)\s+(?:(?:news|wire|other)\s+)?(?:agencies|wires|wire services)$/i, '');
    if (host || plausible(name)) return { source: wireName(name) ?? name, confidence: 'high', chrome: true, kind: 'outlet' };
  }
  const issuer = RELEASE_SOURCE.exec(text) ?? PROVIDED_BY.exec(text);
  // (`From: Jane Doe` heads a forwarded e-mail: a person is no issuer.)
  if (issuer && plausible(issuer[1]!.trim()) && !isPersonName(issuer[1]!.trim())) return { source: issuer[1]!.trim(), confidence: 'high', chrome: true, kind: 'issuer' };
  const appeared = text.length <= 300 ? APPEARED.exec(text) : null;
  if (appeared) {
    const name = appeared[1]!.replace(/\s+on\s+.*$/i, '').trim();
    // `First published on Tue 4 Mar 2025 15.45 GMT` names a time, not a publication.
    if (plausible(name) && !/\d{4}|\d[:.]\d{2}/.test(name)) return { source: name, confidence: 'medium', chrome: true, kind: 'outlet' };
  }
  const home = /back to/i.test(text) ? BACK_HOME.exec(text) : null;
  if (home && plausible(home[1]!.trim())) return { source: home[1]!.trim(), confidence: 'medium', chrome: true, kind: 'outlet' };
  if (text.length > 160 || !/©|\(c\)|copyright/i.test(text)) return null;
  const lead = /^(?:©|\(c\)|copyright)/i.test(text);
  const copy = lead ? COPYRIGHT.exec(text) : NAME_COPYRIGHT.exec(text);
  if (!copy || (!lead && !nameBeforeMark(copy[1]!.trim()))) return null;
  return holderHit(cleanHolder(copy[1]!));
}
