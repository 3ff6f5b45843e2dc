import type { Annotated, Role } from './annotate.js';
import { filedFromByline } from './findByline.js';
import { isCapitalisedName, isOrgName, isPersonName, isRole, titleCaseName, withoutHonorifics } from './names.js';
import { isPageTitle, repeatsTitle, siteWithTagline } from './pageTitle.js';
import { isKicker } from './structure.js';

/*
 * Second looks at line roles that a line's own text cannot settle: whether a
 * short line is a headline or a menu item, a name a byline or a subheading,
 * a title-shaped line the page's masthead, a ticker or a list item depends
 * on the lines around it. Each pass rewrites roles in place, in the order
 * `rolesFromNeighbours` runs them.
 */

/** `Jane Doe in Springfield` right above or below a dateline is a byline, not a subheading. */
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

/** A menu item or a link of the page chrome. */
function nav(line: Annotated | undefined): boolean {
  return line?.role === 'boiler' || line?.role === 'label';
}

/** Page chrome at the very top, before the navigation: the masthead and its tagline. */
function mastheadAndTagline(out: Annotated[]): void {
  // `Harbour Valley Post — News of the harbour towns` over the menu: the site's name and tagline on the title line.
  if (out[0] && siteWithTagline(out[0].text) !== null && menuFollows(out, 1)) out[0] = { ...out[0], role: 'label' };
  // The masthead is the first line that is not account or skip links, nor the page title (`Headline | Site`) a scrape starts with.
  let m = 0;
  while (m < 4 && (out[m]?.role === 'boiler' || (m === 0 && isPageTitle(out[0]!.text)))) m++;
  const first = out[m];
  if (!first || first.text.length > 50 || first.text.split(' ').length > 6) return;
  // `Freight & Logistics Weekly`: a name in capitalised words over a menu is the masthead, not a headline.
  const named = isCapitalisedName(first.text);
  if (first.role === 'title' && named && nav(out[m + 1]) && nav(out[m + 2])) out[m] = { ...first, role: 'label' };
  // `Independent news for the Upper Valley` right under it, then the menu: its tagline.
  const second = out[m + 1];
  const tagline = second?.role === 'title' && !/[.!?]$/.test(second.text) && second.text.split(' ').length <= 12 && menuFollows(out, m + 2);
  if (first.role === 'title' && named && tagline) out[m] = { ...first, role: 'label' };
  if (out[m]!.role === 'label' && tagline) out[m + 1] = { ...second, role: 'label' };
}


/**
 * The navigation starts at `from`: two of the next three lines are menu
 * items, links or short widgets (`Search...`, `EN | BM`), after at most
 * the masthead's date of the day, and no byline or running text comes first.
 */
function menuFollows(out: readonly Annotated[], from: number): boolean {
  let i = from;
  if (out[i]?.role === 'date') i++;
  // A whole menu on one line (`News | Sport | What's On | Jobs`).
  if (out[i]?.role === 'boiler' && (out[i]!.text.match(/ \| /g) ?? []).length >= 2) return true;
  const next = out.slice(i, i + 3);
  if (next.length < 2 || next.slice(0, 2).some((l) => l.role === 'byline' || (l.role === 'para' && l.text.length > 24))) return false;
  return next.filter((l) => l.role === 'boiler' || l.role === 'label' || ((l.role === 'para' || l.role === 'title') && l.text.length <= 24)).length >= 2;
}

/**
 * `OPINION` / `Our library hours were cut. Nobody asked the kids.` / `By
 * Jane Doe`: a short line of one or two sentences between a kicker and
 * its byline or dateline is a headline written as sentences.
 */
function kickedSentenceHeadlines(out: Annotated[]): void {
  for (let i = 1; i + 1 < out.length; i++) {
    const line = out[i]!;
    if (line.role !== 'para' || line.text.length < 20 || line.text.length > 120 || !/^[\p{Lu}"“‘']/u.test(line.text) || !/[.!?]["”’]?$/.test(line.text) || !isKicker(out[i - 1]!)) continue;
    if ((line.text.match(/[.!?](?:\s|$)/g) ?? []).length > 2) continue;
    if (out[i + 1]!.role === 'byline' || out[i + 1]!.role === 'date') out[i] = { ...line, role: 'title' };
  }
}

/**
 * `The central bank cut rates. What comes next is harder.`: a headline
 * written as sentences has a paragraph's shape, but the page title at the
 * top of the scrape repeats it, which no paragraph is.
 */
function sentenceHeadlines(out: Annotated[]): void {
  kickedSentenceHeadlines(out);
  const first = out[0];
  if (!first || !isPageTitle(first.text)) return;
  for (let i = 1; i < Math.min(out.length, 40); i++) {
    const line = out[i]!;
    if (line.role === 'para' && line.text.length >= 20 && line.text.length <= 160 && repeatsTitle(first.text, line.text)) {
      out[i] = { ...line, role: 'title' };
      return;
    }
  }
}

/**
 * A short title-shaped item deep inside a menu (`Politics` / `Crime` / `9
 * On Your Side` / `Weather` / `Radar`): a menu item too, two menu lines on
 * each side.
 */
function menuItems(out: Annotated[]): void {
  for (let i = 2; i + 2 < out.length; i++) {
    const line = out[i]!;
    if (line.role !== 'title' || line.text.split(' ').length > 5) continue;
    if (nav(out[i - 2]) && nav(out[i - 1]) && nav(out[i + 1]) && nav(out[i + 2])) out[i] = { ...line, role: 'label' };
  }
}

/**
 * `SPONSORED`, `Promoted`, `Paid content`: a marker over paid text. (Not
 * `Advertisement`: that marks an ad slot, often empty in a scrape, with
 * the article going on under it.)
 */
const AD_MARKER = /^(?:sponsored(?: content| by)?|advertorial|promoted|paid (?:post|content)|partner content|in partnership with)\s*:?$/i;

/** The title-shaped line right under an ad marker is the ad's (`How shippers cut costs — download the free guide`), never a headline or dek. */
function sponsoredLines(out: Annotated[]): void {
  for (let i = 1; i < out.length; i++) {
    const line = out[i]!;
    if (line.role === 'title' && line.text.length <= 160 && AD_MARKER.test(out[i - 1]!.text)) out[i] = { ...line, role: 'boiler' };
  }
}

const TICKER = /^(?:(?:[\p{L}]+\s){0,2}alerts?|breaking(?: news)?|just in|developing|latest|watch(?: live)?|listen(?: live)?|live(?: video| now)?|trending)\s*:\s*\S/iu;

/** `Power cuts: Stage 2 from 09:00 today. Check your schedule`: a labelled notice of two sentences, which no headline is. */
const NOTICE = /^[\p{Lu}][\p{L} ]{2,30}:\s[^.]{3,}\.\s+\p{Lu}/u;

const META = new Set<Role>(['date', 'byline']);

/**
 * A labelled ticker or notice line. An alert bar may list several alerts
 * (`ACTIVE ALERTS: Winter Storm Warning for ... | Wind Chill Advisory for ...`),
 * so it may run longer than one.
 */
function isTickerLine(text: string): boolean {
  if (text.length > 240) return false;
  if (text.length > 140) return text.includes(' | ') && TICKER.test(text);
  return TICKER.test(text) || (text.includes(': ') && NOTICE.test(text));
}

/**
 * `Breaking: ...`, `Local Weather Alerts: ...`, `WATCH: ...`, a labelled
 * notice: a ticker or promo over the page. Not when a byline or dateline follows it as its own,
 * nor when no headline with its byline or dateline comes after it (then it
 * may be the page's own headline, as on a video page: `Watch: ...`).
 */
function tickers(out: Annotated[]): void {
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    if ((line.role !== 'title' && line.role !== 'para') || !isTickerLine(line.text)) continue;
    if (META.has(out[i + 1]?.role ?? 'para')) continue;
    let headed = false;
    // A headline, maybe with its dek, then its byline or dateline.
    for (let k = i + 1; k < Math.min(out.length, i + 14) && !headed; k++) {
      headed = (out[k]!.role === 'title' || out[k]!.role === 'label') && out.slice(k + 1, k + 4).some((l) => META.has(l.role));
    }
    if (headed) out[i] = { ...line, role: 'label' };
  }
}

/**
 * A job title alone that reads as a name before a title (`Local Democracy
 * Reporter` -> `Local Democracy`): a short line with no `By` and no
 * separators, under a name line with the dateline right above or below
 * the pair. (A title-case headline over a real `Name Correspondent` line
 * has no dateline above it.)
 */
function titleReadAsByline(out: readonly Annotated[], i: number): boolean {
  const line = out[i + 1]!;
  if (line.role !== 'byline' || out[i]!.role !== 'label' || line.text.split(' ').length > 4 || /^by\b|[,|/:·•]/i.test(line.text)) return false;
  return out[i - 1]?.role === 'date' || out[i + 2]?.role === 'date';
}

/** `Jane Doe` over `Highlands and Islands reporter`: a byline written as a name and a job title. */
function namesOverRoles(out: Annotated[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i]!;
    const next = out[i + 1]!;
    if (line.role !== 'label' && line.role !== 'title') continue;
    if (next.role !== 'label' && next.role !== 'title' && !titleReadAsByline(out, i)) continue;
    // (`Editor-in-chief: Jane Doe` under a masthead names its own person: a label, not the line above's title.)
    if (next.text.split(' ').length > 6 || next.text.includes(':') || !isRole(next.text) || !isPersonName(line.text)) continue;
    out[i] = { ...line, role: 'byline', byline: { author: titleCaseName(withoutHonorifics(line.text)), source: null, date: null } };
    out[i + 1] = { ...next, role: 'label', byline: null };
  }
}

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
    // (A ticker over the page was made a label above: it stays one.)
    if (line.role !== 'label' || !line.text.includes(' ') || out[i - 1]?.role === 'title' || TICKER.test(line.text)) continue;
    // `Jane Doe` / `Scotland correspondent` above a dateline: a byline written as two labels.
    if (isPersonName(line.text) || isRole(line.text) || out[i - 1]?.role === 'byline') continue;
    // `News provided by` / `Example Foods Inc.`: a credit line, and a company's name.
    if (/\bby:?$/i.test(out[i - 1]?.text ?? '') || /\b(?:Inc|Ltd|LLC|PLC|GmbH|Corp|Limited)\.?$/i.test(line.text)) continue;
    // Under a kicker, a standfirst may come between the headline and its byline (`ANALYSIS` / `Power's winter gamble` / `The utility is betting ...` / `By ...`).
    const standfirst = out[i + 1];
    let k = out[i - 1]?.role === 'label' && (standfirst?.role === 'para' || standfirst?.role === 'title') && standfirst.text.length <= 250 && standfirst.text.split(' ').length >= 8 ? i + 2 : i + 1;
    // A bare byline (`Jane Doe`, then `The Example Ledger`) may come before the dateline.
    const named = k;
    while (k < named + 2 && out[k]?.role === 'label' && (isPersonName(out[k]!.text) || isOrgName(out[k]!.text))) k++;
    const next = out[k];
    if (next?.role !== 'date' && next?.role !== 'byline') continue;
    let j = k + 1;
    while (j < out.length && j < i + 6 && HEADER_META.has(out[j]!.role)) j++;
    // After a byline, one uncredited photo caption (title-shaped) may come before the text.
    if ((next.role === 'byline' || k > i + 1) && out[j]?.role === 'title') j++;
    if (out[j]?.role === 'para') out[i] = { ...line, role: 'title' };
  }
}

/** `5–6 minutes`, `12 min read`: a reader mode's or a site's estimate of the reading time. */
const READING_TIME = /^(?:about |approx\.? )?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes?|mins?)(?: read(?:ing time)?)?$/i;

/** The reading time after the date, on the date's line. */
const DATED_READING_TIME = /\s[·•|-]\s*\d{1,3}\s*min(?:ute)?s?(?: read)?$/i;

/**
 * A reader mode's header: the site, the title, the author's name and the
 * reading time (alone, or after the date), a line each and run together.
 * The name over the reading time is the byline, and the line over the
 * name the headline.
 */
function readerModeHeaders(out: Annotated[]): void {
  for (let i = 2; i < Math.min(out.length, 12); i++) {
    const line = out[i]!;
    // The time alone, or after the date: `Aug 16, 2021 · 6 min read`.
    const alone = line.text.length <= 30 && READING_TIME.test(line.text);
    if (!alone && !(line.role === 'date' && line.text.length <= 60 && DATED_READING_TIME.test(line.text))) continue;
    const name = out[i - 1]!;
    const title = out[i - 2]!;
    if (name.role !== 'label' || !isPersonName(name.text) || isOrgName(name.text) || isRole(name.text)) continue;
    if (alone) out[i] = { ...line, role: 'boiler' };
    out[i - 1] = { ...name, role: 'byline', byline: { author: titleCaseName(withoutHonorifics(name.text)), source: null, date: null } };
    if ((title.role === 'label' || title.role === 'title') && title.text.split(' ').length >= 3 && !/[.:]$/.test(title.text)) out[i - 2] = { ...title, role: 'title' };
    // Over the title, the site's name as the reader mode found it.
    const site = out[i - 3];
    if (i === 3 && site?.role === 'label' && site.sourceHit === null && site.text.length <= 50 && isCapitalisedName(site.text) && (isOrgName(site.text) || !isPersonName(site.text))) {
      out[i - 3] = { ...site, sourceHit: { source: site.text, confidence: 'medium', chrome: true, kind: 'outlet' } };
    }
  }
}

/** `Example United 2-2 Example Rovers`, `... 0-1 ... FT`: a match's score line. */
const SCORELINE = /^\p{Lu}[\p{L}.'’& -]{1,40}? \d{1,2}\s?[-–]\s?\d{1,2}(?: \(\d{1,2}\s?[-–]\s?\d{1,2}\))? \p{Lu}[\p{L}.'’& -]{1,40}?(?: (?:FT|HT|AET|\(?aet\)?|\(?pens?\)?))?$/u;

/**
 * Score lines of a results ticker or a match report's scorebox are labels
 * when a headline of words sits beside them (above, or within two lines
 * below): the report's headline is that line. A score line alone may be
 * the headline of a match page.
 */
function scorelines(out: Annotated[]): void {
  const score = (line: Annotated | undefined): boolean => line?.role === 'title' && line.text.length <= 90 && /\d\s?[-–]\s?\d/.test(line.text) && SCORELINE.test(line.text);
  const worded = (line: Annotated | undefined): boolean => line?.role === 'title' && !SCORELINE.test(line.text);
  for (let i = 0; i < out.length; i++) {
    if (!score(out[i])) continue;
    // A run of them (a results ticker) goes together.
    let end = i;
    while (score(out[end + 1])) end++;
    if (worded(out[i - 1]) || worded(out[end + 1]) || worded(out[end + 2])) for (let k = i; k <= end; k++) out[k] = { ...out[k]!, role: 'label' };
    i = end;
  }
}

/** Run every pass, in order: bylines first, since the headline passes look for them. */
export function rolesFromNeighbours(out: Annotated[]): void {
  readerModeHeaders(out);
  bylinesBesideDates(out);
  namesOverRoles(out);
  numberedLists(out);
  menuItems(out);
  mastheadAndTagline(out);
  // (After the masthead pass: a score line taken for a label would read as a menu under a headline.)
  scorelines(out);
  sentenceHeadlines(out);
  sponsoredLines(out);
  tickers(out);
  shortHeadlines(out);
}
