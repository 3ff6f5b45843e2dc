import type { Confidence } from '../../types.js';
import { isOrgName, wireName } from './names.js';

/** A publication name read from one line. */
export interface SourceHit {
  readonly source: string;
  readonly confidence: Confidence;
  /** Lines of this kind are chrome, not body (a wire dateline is body). */
  readonly chrome: boolean;
}

const WIRE_DATELINE = /^(?:[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,[^()]{1,40})?\s*)?\((\p{L}[\p{L} .&-]{0,30}?)\)\s*(?:-{1,2}|—|–|:)\s*/u;
const RELEASE = /\/\s?((?:PR ?Newswire|Business ?Wire|GLOBE ?NEWSWIRE|Globe ?Newswire|Cision|Accesswire|ACCESSWIRE|EIN Presswire|PRWeb|Newsfile|Marketwired))\s?\/?/i;
const SOURCE_LINE = /^(?:source|sources|via|courtesy(?: of)?|publication|publisher|outlet)\s*:\s*(.{2,100})$/i;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.{2,120})$/i;
const BACK_HOME = /^(.{2,60}?)\s*(?:[-–—|:»]\s*)?back to (?:home|homepage|the homepage|front page|main page)$/i;
const APPEARED = /(?:appeared first on|originally (?:appeared|published) (?:on|in|at|by)|first (?:appeared|published) (?:on|in|at|by)|republished (?:from|with permission from))\s+(.{2,80}?)\.?$/i;

/** Parenthesised labels that are story flags, not outlets (`LONDON (Updated) —`). */
const NOT_OUTLET = /^(?:updated?|corrected|correction|breaking|video|live|watch|photos?|exclusive|analysis|opinion|file|archive)$/i;

/** Host name of a URL, without `www.`. */
function hostOf(text: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#].*)?$/i.exec(text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Strip years, rights notices and trailing punctuation from a copyright holder. */
function cleanHolder(text: string): string {
  return text
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, '')
    .replace(/^[\s,.©-]+|[\s,.|-]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
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
    if (name) return { source: name, confidence: 'high', chrome: false };
  }
  const slash = text.indexOf('/');
  if (slash < 0 || slash > 120) return null;
  const release = RELEASE.exec(text.slice(0, 160));
  return release ? { source: release[1]!, confidence: 'high', chrome: false } : null;
}

/**
 * Read the publication from a line of page chrome or a wire dateline:
 * `CITY (Reuters) -`, `(AP) —`, `Source: X`, `© 2016 Publication`,
 * `Publication - Back to home`, `The post ... appeared first on X.`
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
    if (host || plausible(name)) return { source: wireName(name) ?? name, confidence: 'high', chrome: true };
  }
  const appeared = text.length <= 300 ? APPEARED.exec(text) : null;
  if (appeared) {
    const name = appeared[1]!.replace(/\s+on\s+.*$/i, '').trim();
    // `First published on Tue 4 Mar 2025 15.45 GMT` names a time, not a publication.
    if (plausible(name) && !/\d{4}|\d[:.]\d{2}/.test(name)) return { source: name, confidence: 'medium', chrome: true };
  }
  const home = /back to/i.test(text) ? BACK_HOME.exec(text) : null;
  if (home && plausible(home[1]!.trim())) return { source: home[1]!.trim(), confidence: 'medium', chrome: true };
  const copy = /^(?:©|\(c\)|copyright)/i.test(text) ? COPYRIGHT.exec(text) : null;
  if (copy && text.length <= 160) {
    const name = cleanHolder(copy[1] ?? '');
    if (plausible(name)) return { source: name, confidence: 'medium', chrome: true };
  }
  return null;
}
