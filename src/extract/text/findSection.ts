import type { Annotated } from './annotate.js';
import { isPersonName, isRole, outletOf, wireName } from './names.js';
import { found, notFound, type Found } from './provenance.js';

const BREADCRUMB = /^(?:[\p{L}][\p{L}&' -]{0,30})(?:\s*[>»›/]\s*[\p{L}][\p{L}&' -]{0,30}){1,5}$/u;

/** `NorthKorea` -> `North Korea`: split words glued by a scraper. */
export function splitGlued(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').trim();
}

const HOME = /^(?:home|homepage|start|startseite|accueil|inicio|news|menu|by|and)$/i;

/** Whether a label can be a section: not a home link, job title, agency or reading-time note. */
function isSectionName(text: string): boolean {
  return !HOME.test(text) && !isRole(text) && wireName(text) === null && !isPersonName(text) && !/\d/.test(text);
}

/** A breadcrumb line's last crumb, or null. */
function lastCrumb(text: string): string | null {
  if (text.length > 120 || !BREADCRUMB.test(text) || !/[>»›]/.test(text)) return null;
  const crumbs = text.split(/\s*[>»›/]\s*/).filter((c) => c !== '' && !HOME.test(c));
  return crumbs[crumbs.length - 1] ?? null;
}

/** A label near the headline that the page repeats as its last text line (a section footer). */
function repeatedAtEnd(lines: readonly Annotated[], headline: number, to: number): Annotated | null {
  let last = lines.length - 1;
  while (last > to && lines[last]!.role === 'boiler') last--;
  const tail = lines[last];
  if (!tail || tail.role !== 'label' || last <= to) return null;
  for (let i = Math.max(0, headline - 3); i < Math.min(lines.length, to); i++) {
    const line = lines[i]!;
    if (line.role === 'label' && line.text.toLowerCase() === tail.text.toLowerCase()) return line;
  }
  return null;
}

/** A label line right before the headline that is not the tail of a menu (at most two labels in a row). */
function labelBefore(lines: readonly Annotated[], headline: number): Annotated | null {
  let run = 0;
  let pick: Annotated | null = null;
  for (let i = headline - 1; i >= 0 && i >= headline - 4; i--) {
    const line = lines[i]!;
    if (line.role !== 'label' && !(line.role === 'boiler' && line.text.length <= 30)) break;
    run++;
    if (line.role === 'label' && isSectionName(line.text)) pick ??= line;
    if (line.gap) break;
  }
  return run >= 1 && run <= 2 ? pick : null;
}

/**
 * The section label: a lone short label line beside the headline or
 * dateline (`War`, `Politics`; after the headline preferred), the last
 * crumb of a breadcrumb (`Home > World > Asia`), or words glued in front of
 * a copy of the headline (low confidence).
 * @param headline index of the headline line
 * @param to index of the first body line
 * @param gluedPrefix breadcrumb words glued to a headline copy, if any
 */
export function findSection(lines: readonly Annotated[], headline: number, to: number, gluedPrefix: { text: string; line: number } | null): Found<string | null> {
  const title = lines[headline]?.text ?? '';
  const repeated = repeatedAtEnd(lines, headline, to);
  if (repeated) return found(repeated.text, 'extracted', repeated.text, repeated.no, 'high');
  const before = labelBefore(lines, headline);
  if (before) return found(before.text, 'extracted', before.text, before.no, 'medium');
  for (let i = headline + 1; i < Math.min(lines.length, to); i++) {
    const line = lines[i]!;
    // After the headline an outlet-shaped label is the publisher (`BBC News`), not a section.
    if (line.role === 'label' && line.text !== title && isSectionName(line.text) && outletOf(line.text) === null) return found(line.text, 'extracted', line.text, line.no, 'medium');
  }
  for (let i = Math.max(0, headline - 3); i < headline; i++) {
    const crumb = lastCrumb(lines[i]!.text);
    if (crumb && crumb !== title) return found(crumb, 'extracted', lines[i]!.text, lines[i]!.no, 'medium');
  }
  if (gluedPrefix && gluedPrefix.text.length >= 2 && gluedPrefix.text.length <= 40) {
    return found(splitGlued(gluedPrefix.text), 'extracted', gluedPrefix.text, gluedPrefix.line, 'low');
  }
  return notFound();
}
