import { findDateline, isMaintenanceStamp, type Dateline } from '../dates/findDateline.js';
import type { DateOptions } from '../dates/parseDateText.js';
import { isBoilerplate, isFooterStart } from './boilerplate.js';
import { captionKind } from './captions.js';
import { parsePostAttribution, type PostAttribution } from './embeddedPosts.js';
import { filedFromByline, findByline, type Byline } from './findByline.js';
import { findSource, type SourceHit } from './findSource.js';
import { lineShape, type LineShape } from './lineShape.js';
import { isOrgName, isPersonName, isRole, titleCaseName } from './names.js';
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
  if (isBoilerplate(text) || isMaintenanceStamp(text)) return 'boiler';
  // `From: Department of ...` heads a news release: the issuer, never its headline.
  if (text.length <= 120 && /^(?:from|issued by)\s*:\s*\S/i.test(text)) return 'label';
  if (caption === 'caption') return 'caption';
  return lineShape(text);
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

/** `Kieran Ashdown in Grebenau` right above or below a dateline is a byline, not a subheading. */
function bylinesBesideDates(out: Annotated[]): void {
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (line.role !== 'title' && line.role !== 'label') continue;
    if (out[i + 1]?.role !== 'date' && out[i - 1]?.role !== 'date') continue;
    const byline = filedFromByline(line.text);
    if (byline) out[i] = { ...line, role: 'byline', byline };
  }
}

/**
 * `1. Story` `2. Story` …: a numbered run is a list (most-read stories in
 * the page chrome, steps in the body), never a headline or a subheading.
 */
function numberedLists(out: Annotated[]): void {
  const numberOf = (line: Annotated | undefined): number => {
    const m = line ? /^(\d{1,2})[.)]\s+\S/.exec(line.text) : null;
    return m ? Number(m[1]) : -1;
  };
  for (let i = 0; i < out.length; i++) {
    const n = numberOf(out[i]);
    if (n < 0 || (numberOf(out[i - 1]) !== n - 1 && numberOf(out[i + 1]) !== n + 1)) continue;
    const line = out[i]!;
    if (line.role === 'title' || line.role === 'label') out[i] = { ...line, role: 'para' };
  }
}

/** Page chrome at the very top, before the navigation: the masthead and its tagline. */
function mastheadAndTagline(out: Annotated[]): void {
  const nav = (l: Annotated | undefined): boolean => l?.role === 'boiler' || l?.role === 'label';
  // The masthead is the first line that is not account or skip links.
  let m = 0;
  while (m < 3 && out[m]?.role === 'boiler') m++;
  const first = out[m];
  if (!first || first.text.length > 50 || first.text.split(' ').length > 6) return;
  // `Freight & Logistics Weekly`: a name in capitalised words over a menu is the masthead, not a headline.
  const named = first.text.split(' ').every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|for|on|in|de|la)$/.test(w));
  if (first.role === 'title' && named && nav(out[m + 1]) && nav(out[m + 2])) out[m] = { ...first, role: 'label' };
  // `Independent news for the Upper Valley` right under it, then the menu: its tagline.
  const second = out[m + 1];
  if (out[m]!.role === 'label' && second?.role === 'title' && !/[.!?]$/.test(second.text) && nav(out[m + 2]) && nav(out[m + 3])) out[m + 1] = { ...second, role: 'label' };
}

const TICKER = /^(?:(?:[\p{L}]+\s){0,2}alerts?|breaking(?: news)?|just in|developing|latest|watch|listen|live video|trending)\s*:\s*\S/iu;

/** `Breaking: ...`, `Local Weather Alerts: ...`, `WATCH: ...`: a ticker or promo over the page, unless a byline or dateline follows it as its own. */
function tickers(out: Annotated[]): void {
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if ((line.role !== 'title' && line.role !== 'para') || line.text.length > 140 || !TICKER.test(line.text)) continue;
    const next = out[i + 1]?.role;
    if (next !== 'date' && next !== 'byline') out[i] = { ...line, role: 'label' };
  }
}

/** `Isla MacLeod` over `Highlands and Islands reporter`: a byline written as a name and a job title. */
function namesOverRoles(out: Annotated[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i]!;
    const next = out[i + 1]!;
    if ((line.role !== 'label' && line.role !== 'title') || (next.role !== 'label' && next.role !== 'title')) continue;
    if (next.text.split(' ').length > 6 || !isRole(next.text) || !isPersonName(line.text)) continue;
    out[i] = { ...line, role: 'byline', byline: { author: titleCaseName(line.text), source: null, date: null } };
    out[i + 1] = { ...next, role: 'label' };
  }
}

const LABELLED_CREDIT = /^(?:image|media|video|picture) (?:source|credit)\s*[,:]/i;

/** Lines that may sit between a headline and its first paragraph. */
const HEADER_META = new Set<Role>(['date', 'byline', 'credit', 'caption', 'sourceLine', 'boiler']);

/**
 * A two- or three-word line (`Council approves budget`) is shaped like a
 * menu label, but when a byline or dateline follows it directly and running
 * text follows those, it heads the article: it is a short headline. A label
 * right after a title is a kicker or section under that headline instead,
 * and a name or job title there is a byline's.
 */
function shortHeadlines(out: Annotated[]): void {
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if (line.role !== 'label' || !line.text.includes(' ') || out[i - 1]?.role === 'title') continue;
    // `Helen Marsh` / `Scotland correspondent` above a dateline: a byline written as two labels.
    if (isPersonName(line.text) || isRole(line.text) || out[i - 1]?.role === 'byline') continue;
    // `News provided by` / `Example Foods Inc.`: a credit line, and a company's name.
    if (/\bby:?$/i.test(out[i - 1]?.text ?? '') || /\b(?:Inc|Ltd|LLC|PLC|GmbH|Corp|Limited)\.?$/i.test(line.text)) continue;
    // A bare byline (`Cheryl Vance`, then `The Pinecrest Ledger`) may come before the dateline.
    let k = i + 1;
    while (k < i + 3 && out[k]?.role === 'label' && (isPersonName(out[k]!.text) || isOrgName(out[k]!.text))) k++;
    const next = out[k];
    if (next?.role !== 'date' && next?.role !== 'byline') continue;
    let j = k + 1;
    while (j < out.length && j < i + 6 && HEADER_META.has(out[j]!.role)) j++;
    // After a byline, one uncredited photo caption (title-shaped) may come before the text.
    if ((next.role === 'byline' || k > i + 1) && out[j]?.role === 'title') j++;
    if (out[j]?.role === 'para') out[i] = { ...line, role: 'title' };
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
    if (prev?.role === 'credit' && (role === 'para' || role === 'title') && line.text.length <= 160 && !LABELLED_CREDIT.test(prev.text)) role = 'caption';
    if (role === 'post' && prev && (prev.role === 'para' || prev.role === 'title' || prev.role === 'label')) {
      out[out.length - 1] = { ...prev, role: 'quoteText' };
    }
    // A plain literal, not `{ ...line, ... }`: spreading then adding eight fields took most of annotate's time.
    out.push({ text: line.text, no: line.no, gap: line.gap, role, footer: isFooterStart(line.text), dateline, byline, sourceHit, post, topics, key: lineKey(line.text) });
  }
  captionsBeforeCredits(out);
  bylineContinuations(out);
  bylinesBesideDates(out);
  namesOverRoles(out);
  numberedLists(out);
  mastheadAndTagline(out);
  tickers(out);
  shortHeadlines(out);
  return out;
}
