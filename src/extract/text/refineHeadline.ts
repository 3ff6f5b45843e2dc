import type { Annotated } from './annotate.js';
import { isKicker } from './structure.js';

/** The headline line and the dek line after refinement. */
export interface Refined {
  readonly headline: number;
  readonly dek: number | null;
}

/** Whether a line is a dateline or byline. */
function isMetaLine(line: Annotated | undefined): boolean {
  return line?.role === 'date' || line?.role === 'byline';
}

/** A line of three or more words set in capitals (`MAYOR'S AIDE CHARGED OVER ...`). */
function isCapitals(text: string): boolean {
  return text.split(' ').length >= 3 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Word count of a line. */
function words(line: Annotated): number {
  return line.text.split(' ').length;
}

/**
 * Second look at a chosen headline and dek:
 * - a short name-like line (a blog or site name, a kicker) above a title
 *   that carries the byline/dateline is not the headline: that title is;
 * - a short sentence (a headline written with a full stop) right above a
 *   chosen title that has no full stop is the headline, the title its dek;
 * - a headline in capitals a few title lines above the chosen one is the
 *   headline, and the lines between are its bullet points.
 */
export function refineHeadline(lines: readonly Annotated[], headline: number, dek: number | null): Refined {
  const h = lines[headline];
  if (!h) return { headline, dek };
  if (dek !== null) {
    const d = lines[dek]!;
    const metaAfter = isMetaLine(lines[dek + 1]) || isMetaLine(lines[dek + 2]);
    // (Under a kicker of its own, a two- or three-word line over a long standfirst is the headline: `ANALYSIS` / `Harbour's dredging dilemma` / `The port authority is betting ...`.)
    const kicked = lines[headline - 1] !== undefined && isKicker(lines[headline - 1]!) && words(h) <= 3 && words(d) >= 15;
    if (metaAfter && words(h) <= 6 && words(d) > words(h) && dek === headline + 1 && !/[.!?]$/.test(d.text) && !kicked) {
      return { headline: dek, dek: null };
    }
  }
  // A tabloid headline in capitals over its bullet points: the bullets, not the headline, sit right above the byline.
  if (!isCapitals(h.text)) {
    for (let c = headline - 1; c >= Math.max(0, headline - 4) && lines[c]!.role === 'title'; c--) {
      if (isCapitals(lines[c]!.text)) return { headline: c, dek: c + 1 };
    }
  }
  let p = headline - 1;
  while (p >= 0 && lines[p]!.role === 'label') p--;
  const prev = lines[p];
  if (prev && prev.role === 'para' && prev.text.length <= 110 && /[.!?]["”’]?$/.test(prev.text) && !/(?:\.\.\.|…)$/.test(prev.text) && dek === null) {
    const before = lines[p - 1];
    const opens = !before || before.role === 'label' || before.role === 'boiler' || before.role === 'date';
    if (opens && !/[.!?]$/.test(h.text) && h.text.length > 40) return { headline: p, dek: headline };
  }
  return { headline, dek };
}
