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
const SOURCE_LINE = /^(?:source|sources|via|courtesy(?: of)?|publication|publisher|outlet)\s*:\s*(.{2,100})$/i;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.{2,120})$/i;
const BACK_HOME = /^(.{2,60}?)\s*(?:[-–—|:»]\s*)?back to (?:home|homepage|the homepage|front page|main page)$/i;
const APPEARED = /(?:appeared first on|originally (?:appeared|published) (?:on|in|at|by)|first (?:appeared|published) (?:on|in|at|by)|republished (?:from|with permission from))\s+(.{2,80}?)\.?$/i;

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

/**
 * Read the publication from a line of page chrome or a wire dateline:
 * `CITY (Reuters) -`, `(AP) —`, `Source: X`, `© 2016 Publication`,
 * `Publication - Back to home`, `The post ... appeared first on X.`
 */
export function findSource(text: string): SourceHit | null {
  const release = /\/\s?((?:PR ?Newswire|Business ?Wire|GLOBE ?NEWSWIRE|Globe ?Newswire|Cision|Accesswire|ACCESSWIRE|EIN Presswire|PRWeb|Newsfile|Marketwired))\s?\/?/i.exec(text.slice(0, 160));
  if (release) return { source: release[1]!, confidence: 'high', chrome: false };
  const wire = WIRE_DATELINE.exec(text);
  if (wire && text.length > 60) {
    const name = wireName(wire[1] ?? '') ?? (isOrgName(wire[1] ?? '') ? wire[1]!.trim() : null);
    if (name) return { source: name, confidence: 'high', chrome: false };
  }
  const src = SOURCE_LINE.exec(text);
  if (src) {
    const value = src[1]!.trim();
    const host = /^(?:https?:\/\/|www\.)/i.test(value) ? hostOf(value) : null;
    const name = host ?? value.replace(/[.;]+$/, '');
    if (host || plausible(name)) return { source: wireName(name) ?? name, confidence: 'high', chrome: true };
  }
  const appeared = APPEARED.exec(text);
  if (appeared) {
    const name = appeared[1]!.replace(/\s+on\s+.*$/i, '').trim();
    if (plausible(name)) return { source: name, confidence: 'medium', chrome: true };
  }
  const home = BACK_HOME.exec(text);
  if (home && plausible(home[1]!.trim())) return { source: home[1]!.trim(), confidence: 'medium', chrome: true };
  const copy = COPYRIGHT.exec(text);
  if (copy && text.length <= 160) {
    const name = cleanHolder(copy[1] ?? '');
    if (plausible(name)) return { source: name, confidence: 'medium', chrome: true };
  }
  return null;
}
