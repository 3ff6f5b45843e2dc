import type { Annotated } from './annotate.js';
import { found, notFound, type Found } from './provenance.js';

const BREADCRUMB = /^(?:[\p{L}][\p{L}&' -]{0,30})(?:\s*[>»›/]\s*[\p{L}][\p{L}&' -]{0,30}){1,5}$/u;

/** `NorthKorea` -> `North Korea`: split words glued by a scraper. */
export function splitGlued(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').trim();
}

/**
 * The section label: a lone short label line beside the headline or
 * dateline (`War`, `Politics`), the last crumb of a breadcrumb
 * (`Home > World > Asia`), or words glued in front of a copy of the headline.
 * @param from first index of the header zone
 * @param to index after the header zone
 * @param gluedPrefix breadcrumb words glued to a headline copy, if any
 */
export function findSection(lines: readonly Annotated[], from: number, to: number, headline: string, gluedPrefix: { text: string; line: number } | null): Found<string | null> {
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    const line = lines[i]!;
    if (line.role === 'label' && line.text !== headline && !/^(?:by|and|home|news|menu)$/i.test(line.text)) {
      const prev = lines[i - 1];
      const next = lines[i + 1];
      if (prev?.role === 'label' && next?.role === 'label') continue;
      return found(line.text, 'extracted', line.text, line.no, 'medium');
    }
    if (line.text.length <= 120 && BREADCRUMB.test(line.text) && /[>»›]/.test(line.text)) {
      const crumbs = line.text.split(/\s*[>»›/]\s*/).filter((c) => c !== '' && !/^home$/i.test(c));
      const last = crumbs[crumbs.length - 1];
      if (last) return found(last, 'extracted', line.text, line.no, 'medium');
    }
  }
  if (gluedPrefix && gluedPrefix.text.length >= 2 && gluedPrefix.text.length <= 40) {
    return found(splitGlued(gluedPrefix.text), 'extracted', gluedPrefix.text, gluedPrefix.line, 'low');
  }
  return notFound();
}
