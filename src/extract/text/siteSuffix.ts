import type { Annotated } from './annotate.js';
import { isOrgName } from './names.js';

/** A headline with the site name a page title appends (`Headline | Site`). */
export interface SiteSuffix {
  readonly headline: string;
  readonly site: string;
}

const SUFFIX = /^(.{20,}?)\s+(\||-|–|—|::)\s+([^|–—]{2,40})$/;

/**
 * Split `Headline | Site` (or ` - Site`) when the tail is a site name:
 * capitalised, at most five words, and either after a pipe, shaped like a
 * news organisation, or named again elsewhere on the page.
 */
export function siteSuffix(text: string, all: readonly Annotated[]): SiteSuffix | null {
  if (text.length > 240) return null;
  const m = SUFFIX.exec(text);
  if (!m) return null;
  const site = m[3]!.trim();
  const words = site.split(/\s+/);
  if (words.length > 5 || !words.every((w) => /^[\p{Lu}\d&.]/u.test(w) || /^(?:of|the|and|de|la|du)$/.test(w))) return null;
  const lower = site.toLowerCase();
  const named = all.some((l) => l.text !== text && l.text.length <= 160 && l.text.toLowerCase().includes(lower));
  // The seed's first line is where a page title (`Headline - Site`) sits.
  const pageTitle = all[0]?.text === text && words.length >= 2;
  if (m[2] !== '|' && !isOrgName(site) && !named && !pageTitle) return null;
  return { headline: m[1]!.trim(), site };
}

/** A headline with a section label in front (`Opinion | Headline`). */
export interface SectionPrefix {
  readonly headline: string;
  readonly section: string;
}

const PREFIX = /^([\p{Lu}][\p{L}&-]*(?: [\p{L}&-]+)?)\s+\|\s+(.{20,})$/u;

/**
 * Split `Opinion | Headline`: one or two words before a pipe and a long
 * title after it are a section label and the headline (the mirror of a
 * site suffix, where the long part comes first).
 */
export function sectionPrefix(text: string): SectionPrefix | null {
  const m = text.length <= 240 ? PREFIX.exec(text) : null;
  if (!m || m[2]!.includes(' | ') || m[2]!.split(' ').length < 4) return null;
  return { section: m[1]!, headline: m[2]!.trim() };
}
