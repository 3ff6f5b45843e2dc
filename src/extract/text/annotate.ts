import { findDateline, isMaintenanceStamp, type Dateline } from '../dates/findDateline.js';
import { parseDateText, type DateOptions } from '../dates/parseDateText.js';
import { isBoilerplate, isContactLine, isFooterStart } from './boilerplate.js';
import { captionKind, figureLabel, isFormatKicked } from './captions.js';
import { parsePostAttribution, type PostAttribution } from './embeddedPosts.js';
import { findByline, type Byline } from './findByline.js';
import { findSource, type SourceHit } from './findSource.js';
import { lineShape, type LineShape } from './lineShape.js';
import { isPersonName } from './names.js';
import { rolesFromNeighbours } from './rolesFromNeighbours.js';
import { lineKey, type Line } from './lines.js';
import { parseTopics } from './topics.js';

/** What one line is, before the article is assembled. */
export type Role = 'boiler' | 'date' | 'byline' | 'credit' | 'caption' | 'post' | 'topics' | 'sourceLine' | 'readMore' | 'quoteText' | LineShape;

/** A line with its role and whatever it states. */
export interface Annotated extends Line {
  readonly role: Role;
  readonly footer: boolean;
  readonly dateline: Dateline | null;
  readonly byline: Byline | null;
  readonly sourceHit: SourceHit | null;
  readonly post: PostAttribution | null;
  readonly topics: readonly string[];
  /** `lineKey` of the text, computed once. */
  readonly key: string;
}

/** The role of one line, from its own text only. */
function roleOf(text: string, dateline: Dateline | null, byline: Byline | null, hit: SourceHit | null, post: PostAttribution | null, topics: readonly string[]): Role {
  if (/^read (?:more|full (?:story|article))\b.{0,3}$|^continue reading\W{0,3}$/i.test(text)) return 'readMore';
  if (post) return 'post';
  if (topics.length > 0 || /^(?:tags|topics|filed under|keywords)\s*:?$/i.test(text)) return 'topics';
  if (byline) return 'byline';
  if (dateline) return 'date';
  if (hit?.chrome) return 'sourceLine';
  const caption = captionKind(text);
  if (caption === 'credit') return 'credit';
  // `Date modified: 2025-03-05` is site upkeep: chrome, so no date fallback reads it either.
  // An address under a byline is chrome: never a headline, nor a title that splits the headline from its dek.
  if ((isBoilerplate(text) && !isFormatKicked(text)) || isMaintenanceStamp(text) || isContactLine(text)) return 'boiler';
  // `From: Department of ...` heads a news release: the issuer, never its headline.
  if (text.length <= 120 && /^(?:from|issued by)\s*:\s*\S/i.test(text)) return 'label';
  if (caption === 'caption') return 'caption';
  // `Medically reviewed by Dr X on May 2`, `Edited by X`: who checked the story, never its headline nor its author.
  if (text.length <= 160 && /^(?:medically |legally )?(?:reviewed|fact[- ]?checked|edited|produced) by\b/i.test(text)) return 'boiler';
  const shape = lineShape(text);
  // `Central bank raises rates — June 9, 2022`: a listed story with its own date, not this page's headline.
  return shape === 'title' && datedListing(text) ? 'boiler' : shape;
}

/** A title with a date after a dash or bar at its end: an entry of a list of stories. */
function datedListing(text: string): boolean {
  const m = /\s[—–|-]\s+([^—–|]{6,32}\d{4})$/.exec(text);
  if (!m) return false;
  const date = parseDateText(m[1]!)[0];
  return date !== undefined && date.index === 0 && date.end >= m[1]!.length - 1;
}

/**
 * A short line right before a credit is that photo's caption, unless the
 * caption follows the credit instead (then the line before is body text);
 * a caption repeated on both sides is a caption on both sides.
 */
function captionsBeforeCredits(out: Annotated[]): void {
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.role !== 'credit') continue;
    const prev = out[i - 1]!;
    const next = out[i + 1];
    if ((prev.role !== 'para' && prev.role !== 'title') || prev.text.length > 200) continue;
    const same = next !== undefined && next.key === prev.key;
    if (next?.role === 'caption' && !same) continue;
    // A title, then a photo credit, then the dateline or byline: the headline over its lead photo.
    if (prev.role === 'title' && (next?.role === 'date' || next?.role === 'byline')) continue;
    out[i - 1] = { ...prev, role: 'caption' };
  }
  // Scrapers often print a caption twice (alt text, then figcaption): the copy is a caption too.
  for (let i = 1; i < out.length; i++) {
    const line = out[i]!;
    if (out[i - 1]!.role === 'caption' && line.role !== 'caption' && line.key === out[i - 1]!.key) out[i] = { ...line, role: 'caption' };
  }
}

/** `By Jane Doe` then `and John Roe` on its own line: the second line is byline too. */
function bylineContinuations(out: Annotated[]): void {
  for (let i = 1; i < out.length; i++) {
    const line = out[i]!;
    if (out[i - 1]!.role !== 'byline' || line.role === 'byline' || line.text.length > 60) continue;
    const m = /^(?:and|&)\s+(.+)$/.exec(line.text);
    if (m && isPersonName(m[1]!)) out[i] = { ...line, role: 'byline', byline: { author: m[1]!.trim(), source: null, date: null } };
  }
}

/**
 * Give every line a role (boilerplate, dateline, byline, caption, title,
 * paragraph, ...). A short line right after a photo credit is its caption.
 */
export function annotate(lines: readonly Line[], options: DateOptions): Annotated[] {
  const out: Annotated[] = [];
  for (const line of lines) {
    const dateline = findDateline(line.text, options);
    const byline = findByline(line.text);
    const sourceHit = findSource(line.text);
    const post = parsePostAttribution(line.text);
    const topics = parseTopics(line.text);
    let role = roleOf(line.text, dateline, byline, sourceHit, post, topics);
    const prev = out[out.length - 1];
    // (A labelled `Image source, X` closes its figure: the text after it is the article's.)
    if (prev?.role === 'credit' && (role === 'para' || role === 'title') && line.text.length <= 160 && figureLabel(prev.text) === null) role = 'caption';
    if (role === 'post' && prev && (prev.role === 'para' || prev.role === 'title' || prev.role === 'label')) {
      out[out.length - 1] = { ...prev, role: 'quoteText' };
    }
    // A plain literal, not `{ ...line, ... }`: spreading then adding eight fields took most of annotate's time.
    out.push({ text: line.text, no: line.no, gap: line.gap, role, footer: isFooterStart(line.text), dateline, byline, sourceHit, post, topics, key: lineKey(line.text) });
  }
  captionsBeforeCredits(out);
  bylineContinuations(out);
  rolesFromNeighbours(out);
  return out;
}
