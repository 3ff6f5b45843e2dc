import type { Confidence } from '../../types.js';
import type { Annotated } from './annotate.js';
import { isOrgName, isPersonName } from './names.js';
import { isSiteTail, repeatsTitle } from './pageTitle.js';
import { isKicker, measureRun, type Run } from './structure.js';

/** A line that is a copy of a title with words glued in front (a breadcrumb). */
export interface GluedCopy {
  /** Index of the clean title line it copies. */
  readonly of: number;
  /** What was glued in front, e.g. the section words `NorthKorea`. */
  readonly prefix: string;
}

/** Where the headline is, or that there is none. */
export interface HeadlineChoice {
  /** Index into the annotated lines, or -1 when the text has no title line. */
  readonly index: number;
  readonly confidence: Confidence;
  readonly run: Run | null;
}

/**
 * Find lines that copy a nearby title with a breadcrumb glued in front
 * (`NorthKoreaFrom Soldier...`), or that repeat it exactly.
 */
export function findGluedCopies(lines: readonly Annotated[]): Map<number, GluedCopy> {
  const out = new Map<number, GluedCopy>();
  const keys = lines.map((l) => (l.text.length <= 300 ? l.key : ''));
  for (let j = 0; j < lines.length; j++) {
    const kj = keys[j]!;
    if (kj.length < 15) continue;
    // A scrape's first line is often the page title, however far below it the headline is printed.
    const reach = j === 0 ? 40 : 6;
    // An exact repeat may sit further down (an audio player's title under the byline and the share bar).
    for (let i = Math.max(0, j - 12); i < Math.min(lines.length, j + reach + 1); i++) {
      if (i < j - 6 && keys[i] !== kj) continue;
      const ki = keys[i]!;
      if (i === j || lines[i]!.role !== 'title' || ki.length < 15 || out.has(i)) continue;
      const longer = kj.length > ki.length && kj.length - ki.length <= 40 && kj.endsWith(ki);
      const titled = kj.length > ki.length && kj.length - ki.length <= 50
        && (kj.startsWith(ki) ? isSiteTail(lines[j]!.text.slice(lines[i]!.text.length)) : j === 0 && repeatsTitle(lines[j]!.text, lines[i]!.text));
      if (longer || titled || (kj === ki && i < j)) {
        const tj = lines[j]!.text;
        const ti = lines[i]!.text;
        out.set(j, { of: i, prefix: longer && tj.endsWith(ti) ? tj.slice(0, tj.length - ti.length).trim() : '' });
        break;
      }
    }
  }
  return out;
}

/**
 * Teaser blocks: two or more consecutive (short title, one blurb) pairs,
 * as page dumps show for other stories before the article starts.
 * Returns the indices of their title lines.
 */
export function findTeasers(lines: readonly Annotated[], skip: ReadonlySet<number>): Set<number> {
  const teasers = new Set<number>();
  let chain: number[] = [];
  let expected = -1;
  const flush = (): void => {
    if (chain.length >= 2) for (const t of chain) teasers.add(t);
    chain = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.role !== 'title' || skip.has(i)) continue;
    const run = measureRun(lines, i, skip);
    const between = lines.slice(i + 1, run.end);
    const truncated = between.some((l) => l.role === 'para' && /(?:\.\.\.|…)$/.test(l.text));
    const isPair = (run.paragraphs === 1 || (run.paragraphs === 2 && truncated)) && run.dek === null
      && between.every((l) => l.role !== 'date' && l.role !== 'byline' && l.text.length <= 400);
    if (!isPair) { flush(); expected = -1; continue; }
    if (chain.length > 0 && i !== expected) flush();
    chain.push(i);
    expected = run.end;
  }
  flush();
  return teasers;
}

/** Whether a title has byline/dateline/section evidence right around it. */
function hasMetaAround(lines: readonly Annotated[], index: number, run: Run): boolean {
  const before = lines[index - 1];
  if (before && (before.role === 'byline' || before.role === 'label')) return true;
  for (let i = index + 1; i < Math.min(lines.length, Math.max(run.first, index + 3), index + 6); i++) {
    const role = lines[i]?.role;
    if (role === 'date' || role === 'byline') return true;
  }
  return false;
}

/** A dateline or byline within the two lines after a title, or after its dek and a bare name and outlet. */
function metaRightAfter(lines: readonly Annotated[], index: number): boolean {
  if ([lines[index + 1], lines[index + 2]].some((l) => l?.role === 'date' || l?.role === 'byline')) return true;
  // A dek, then a bare byline (`Jane Doe`, `Example News Service`), may come before the dateline.
  let k = lines[index + 1]?.role === 'title' ? index + 2 : index + 1;
  const named = k;
  while (k < named + 2 && lines[k]?.role === 'label' && (isPersonName(lines[k]!.text) || isOrgName(lines[k]!.text))) k++;
  return k > named && (lines[k]?.role === 'date' || lines[k]?.role === 'byline');
}

/**
 * A kicker above, then the title, then up to four title-shaped summary
 * lines (bullet points without their bullets), then the byline or
 * dateline: the title heads the story however many summary lines it has.
 * Under page chrome instead of a kicker it takes three or more
 * sentence-length summary lines (a tabloid's bullet points).
 */
function metaAfterDeks(lines: readonly Annotated[], index: number): boolean {
  const above = lines[index - 1];
  if (above === undefined) return false;
  // Under page chrome rather than a kicker, the summary lines must read as sentences (a tabloid's bullet points).
  const kicked = isKicker(above);
  if (!kicked && above.role !== 'boiler' && above.role !== 'date') return false;
  for (let k = index + 1; k <= index + 5 && k < lines.length; k++) {
    const role = lines[k]!.role;
    if (role === 'date' || role === 'byline') return k > index + 2 && (kicked || k > index + 3);
    if (role !== 'title' || (!kicked && lines[k]!.text.split(' ').length < 8)) return false;
  }
  return false;
}

/** A dateline but no byline between a title and the next one (a masthead and the day's date). */
function datedOnly(lines: readonly Annotated[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (lines[k]!.role === 'byline') return false;
  return true;
}

/**
 * Whether the title at `next` is a headline with its article under it: a
 * kicker right above it, and two long paragraphs under it. A title above
 * it that heads nothing but a dateline is a masthead with the day's date,
 * not a headline whose body starts with title-shaped lines.
 */
function headsBodyNext(lines: readonly Annotated[], next: number, skip: ReadonlySet<number>, copied: ReadonlySet<number>): boolean {
  const above = lines[next - 1];
  if (lines[next]?.role !== 'title' || skip.has(next) || above === undefined || !isKicker(above) || lines[next]!.text.split(' ').length < 5) return false;
  const run = measureRun(lines, next, skip);
  return run.longParagraphs >= 2 && (copied.has(next) || hasMetaAround(lines, next, run));
}

/**
 * Choose the article's own headline: the first title that heads body text
 * and is not a teaser; a title with a breadcrumb copy, a duplicate, or a
 * byline/dateline next to it wins over a title that only heads a blurb.
 */
export function findHeadline(lines: readonly Annotated[], skip: ReadonlySet<number>, teasers: ReadonlySet<number>, copied: ReadonlySet<number>): HeadlineChoice {
  let first: { index: number; run: Run; strong: boolean } | null = null;
  let longBefore = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role === 'para' && !skip.has(i) && line.text.length >= 120 && first === null) longBefore++;
    if (line.role !== 'title' || skip.has(i) || teasers.has(i)) continue;
    const run = measureRun(lines, i, skip);
    // A title whose run passes over menus to a title with its own byline or dateline (or its
    // breadcrumb's copy) is chrome over that headline: a ticker item, a menu's last title.
    // So is a masthead over the day's date when that title has its own byline.
    const around = hasMetaAround(lines, i, run);
    const dek = run.dek;
    if (dek !== null && dek > i + 2 && (copied.has(dek) || metaRightAfter(lines, dek))) {
      const meta = around || metaRightAfter(lines, i);
      const bylined = lines[dek + 1]?.role === 'byline' || lines[dek + 2]?.role === 'byline';
      if (!meta || (bylined && datedOnly(lines, i, dek))) continue;
    }
    const deks = metaAfterDeks(lines, i);
    const strong = copied.has(i) || around || deks;
    const metaAfter = metaRightAfter(lines, i) || deks;
    if (run.paragraphs === 0 && !(strong && metaAfter && !(datedOnly(lines, i, run.end) && headsBodyNext(lines, run.end, skip, copied)))) continue;
    // A newsletter's name over the day's date and a greeting, then a kicker and the lead story's headline: the story is the article.
    if (run.paragraphs <= 1 && datedOnly(lines, i, run.end) && headsBodyNext(lines, run.end, skip, copied)) continue;
    if (first === null) {
      // Strong but heading one short line only (a tagline under a masthead): a later headline may still win.
      const heads = run.longParagraphs >= 1 || run.paragraphs >= 2 || metaAfter;
      if ((strong && heads) || run.longParagraphs >= 2) return { index: i, confidence: strong ? 'high' : 'medium', run };
      first = { index: i, run, strong };
      continue;
    }
    if (strong && (run.longParagraphs >= 1 || run.paragraphs >= 2)) return { index: i, confidence: 'medium', run };
    if (run.longParagraphs >= 2) break;
  }
  if (first && longBefore < 2) return { index: first.index, confidence: first.run.longParagraphs > 0 ? 'medium' : 'low', run: first.run };
  return { index: -1, confidence: 'low', run: null };
}
