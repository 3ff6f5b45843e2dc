import type { Annotated } from './annotate.js';
import { findGluedCopies, findTeasers } from './findHeadline.js';

/** Text lines that make up a story (not chrome). */
function contentCount(lines: readonly Annotated[]): { text: number; paragraphs: number } {
  let text = 0;
  let paragraphs = 0;
  for (const l of lines) {
    if (l.role === 'para') paragraphs++;
    if (l.role === 'para' || l.role === 'title' || l.role === 'quoteText') text++;
  }
  return { text, paragraphs };
}

/** Split on `Read More` lines when every piece is one short story. */
function byReadMore(lines: readonly Annotated[]): Annotated[][] | null {
  const segments: Annotated[][] = [];
  let current: Annotated[] = [];
  let separators = 0;
  for (const line of lines) {
    if (line.role === 'readMore') { separators++; segments.push(current); current = []; } else current.push(line);
  }
  segments.push(current);
  if (separators < 2) return null;
  const stories = segments.filter((s) => contentCount(s).text > 0);
  const allShort = stories.every((s) => { const c = contentCount(s); return c.paragraphs >= 1 && c.text <= 4; });
  return allShort && stories.length >= 2 ? stories : null;
}

/** Split a page made only of (title, one paragraph) pairs, with no main article. */
function byTitlePairs(lines: readonly Annotated[]): Annotated[][] | null {
  const skip = new Set(findGluedCopies(lines).keys());
  const teasers = findTeasers(lines, skip);
  if (teasers.size < 3) return null;
  const starts = [...teasers].sort((a, b) => a - b);
  const first = starts[0]!;
  for (let i = 0; i < first; i++) {
    const role = lines[i]!.role;
    if (role === 'para' && !skip.has(i)) return null;
    // A title with its own byline/dateline before the pairs is a main article (a live blog), not a digest.
    const next = lines[i + 1]?.role;
    if (role === 'title' && (next === 'date' || next === 'byline')) return null;
  }
  let owner = -1;
  for (let i = first; i < lines.length; i++) {
    if (teasers.has(i)) owner = i;
    else if (lines[i]!.role === 'title' && !skip.has(i)) owner = -1;
    else if (lines[i]!.role === 'para' && owner < 0 && !skip.has(i)) return null;
  }
  return starts.map((s, n) => lines.slice(n === 0 ? 0 : s, starts[n + 1] ?? lines.length));
}

/** A page's label for a column of short stories: `News in brief`, `Briefs`, `Round-up`. */
const BRIEFS = /^(?:(?:news|world|local|business|sport)\s+)?(?:in brief|briefs?|briefly|round-?up|digest)$/i;

/**
 * Split a column of briefs under its label: each story a title, maybe its
 * own byline or date, and one or two paragraphs, with nothing else after
 * the label but the page's footer. (Briefs run longer than teasers' blurbs.)
 */
function byBriefs(lines: readonly Annotated[]): Annotated[][] | null {
  const label = lines.findIndex((line, i) => i < 6 && line.role === 'label' && BRIEFS.test(line.text));
  if (label < 0) return null;
  const starts: number[] = [];
  let i = label + 1;
  while (i < lines.length) {
    if (lines[i]!.role !== 'title') {
      // The page's footer may follow the last brief: no more text, nor titles.
      if (starts.length >= 3 && lines.slice(i).every((line) => line.role !== 'para' && line.role !== 'title')) break;
      return null;
    }
    const start = i++;
    while (i < start + 3 && (lines[i]?.role === 'byline' || lines[i]?.role === 'date')) i++;
    const from = i;
    while (i < lines.length && lines[i]!.role === 'para' && i < from + 2) i++;
    if (i === from) return null;
    starts.push(start);
  }
  return starts.length >= 3 ? starts.map((s, n) => lines.slice(n === 0 ? 0 : s, starts[n + 1] ?? lines.length)) : null;
}

/**
 * Whether the seed is a digest of several short stories, and if so its
 * stories: split on `Read More` separators, on a labelled column of
 * briefs, or on short headline lines each followed by one paragraph when
 * there is no main article. Null otherwise.
 */
export function splitDigest(lines: readonly Annotated[]): Annotated[][] | null {
  return byReadMore(lines) ?? byBriefs(lines) ?? byTitlePairs(lines);
}
