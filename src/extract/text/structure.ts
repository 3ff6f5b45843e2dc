import type { Annotated, Role } from './annotate.js';
import { isPersonName } from './names.js';

/** Roles that describe or decorate an article rather than being its text. */
const META: ReadonlySet<Role> = new Set<Role>(['boiler', 'date', 'byline', 'credit', 'caption', 'sourceLine', 'topics', 'post', 'quoteText', 'label']);

/** Whether a line is metadata or chrome, skipped when measuring structure. */
export function isMeta(line: Annotated | undefined, skip: ReadonlySet<number>, index: number): boolean {
  return line !== undefined && (META.has(line.role) || skip.has(index));
}

/** Index of the next line after `from` that is not metadata, or `lines.length`. */
export function nextContent(lines: readonly Annotated[], from: number, skip: ReadonlySet<number>): number {
  let i = from + 1;
  while (i < lines.length && isMeta(lines[i], skip, i)) i++;
  return i;
}

/** Paragraphs after a title until the next title: how much text it heads. */
export interface Run {
  /** Index of the first paragraph (or `lines.length`). */
  readonly first: number;
  readonly paragraphs: number;
  readonly longParagraphs: number;
  /** Index of the line that ends the run (next title or end). */
  readonly end: number;
  /** A standfirst-shaped title line was skipped right after the title. */
  readonly dek: number | null;
}

/**
 * Whether the second title is a headline with a kicker of its own: a label
 * right above it, below the first (a name and an outlet under a headline
 * are a byline, not a kicker and a headline).
 */
function kickerAbove(lines: readonly Annotated[], first: number, second: number, skip: ReadonlySet<number>): boolean {
  const above = second - 1;
  return above > first && !skip.has(above) && isKicker(lines[above]!) && lines[second]!.text.split(' ').length >= 4;
}

/**
 * A section or format label (`EXPLAINER`, `Business`, `PHOTO ESSAY`) as
 * set above a headline, in capitalised words; a reporter's name on a line
 * of its own is not one, nor a widget's label (`Enlarge this image`).
 */
export function isKicker(line: Annotated): boolean {
  if (line.role !== 'label' || !line.text.split(' ').every((word) => /^[\p{Lu}\d&>›|/]/u.test(word))) return false;
  return !isPersonName(line.text) || line.text === line.text.toUpperCase();
}

/** Measure the run of paragraphs a title at `index` heads, allowing one dek line. */
export function measureRun(lines: readonly Annotated[], index: number, skip: ReadonlySet<number>): Run {
  let i = nextContent(lines, index, skip);
  let dek: number | null = null;
  // A kicker or section label right above the second of two titles heads it: a headline of its own, not the first one's dek.
  if (lines[i]?.role === 'title' && !kickerAbove(lines, index, i, skip)) {
    const after = nextContent(lines, i, skip);
    if (lines[after]?.role === 'para') { dek = i; i = after; }
  }
  const first = i;
  let paragraphs = 0;
  let longParagraphs = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.role === 'title' && !skip.has(i)) break;
    if (line.role === 'readMore' || line.footer) break;
    if (line.role === 'para' && !skip.has(i)) {
      paragraphs++;
      if (line.text.length >= 120) longParagraphs++;
    }
    i++;
  }
  return { first, paragraphs, longParagraphs, end: i, dek };
}
