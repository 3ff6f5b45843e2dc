import type { Confidence } from '../../types.js';
import type { Annotated } from '../text/annotate.js';
import { found, notFound, type Found } from '../text/provenance.js';
import { labelledDates } from './labelledDates.js';
import { parseDateText, type DateMatch, type DateOptions } from './parseDateText.js';
import { breadcrumbDate, urlPathDate } from './urlDate.js';
import { yearlessDateline } from './yearlessDateline.js';

/** Where to look for the publication date. */
export interface DateZones {
  /** Index of the headline line (or of the first body line when derived). */
  readonly headline: number;
  /** Header zone: bylines and datelines that belong to this article. */
  readonly headerFrom: number;
  readonly headerTo: number;
  /** Body range, whose mentioned dates give a lower bound. */
  readonly bodyFrom: number;
  readonly bodyTo: number;
  /**
   * Where the article ends (footer, related list, trailing teasers): dates
   * from here on belong to other stories, comments or the site, never to it.
   */
  readonly articleEnd: number;
}

interface Candidate { match: DateMatch; line: Annotated; rank: number }

/**
 * Dateline candidates on one line: a dateline, or a byline carrying a date.
 * In the header a line that is neither (a byline the name reader could not
 * take) still states dates under `Published`/`Updated` labels.
 */
function candidateOf(line: Annotated, header: boolean, options: DateOptions): Candidate | null {
  if (line.role === 'date' && line.dateline) {
    // `Updated 5 Feb 2024; Published 3 Feb 2024`: the line leads with its update, and states its publication after it.
    const published = line.dateline.kind === 'updated' ? labelledDates(line.text, options).published : null;
    if (published) return { match: published, line, rank: 0 };
    const rank = line.dateline.kind === 'published' ? 0 : line.dateline.kind === 'plain' ? 1 : 3;
    return { match: line.dateline.match, line, rank };
  }
  if (line.role === 'byline' && line.byline?.date) return { match: line.byline.date, line, rank: 2 };
  if (!header || line.role === 'boiler' || line.role === 'post' || line.role === 'quoteText') return null;
  const labelled = labelledDates(line.text, options);
  if (labelled.published) return { match: labelled.published, line, rank: 0 };
  if (labelled.updated) return { match: labelled.updated, line, rank: 3 };
  return null;
}

/** The best candidate in a range: published before plain before byline before updated, then nearest the headline. */
function bestIn(lines: readonly Annotated[], from: number, to: number, headline: number, header: boolean, options: DateOptions): Candidate | null {
  let best: Candidate | null = null;
  let bestDistance = Infinity;
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    const c = candidateOf(lines[i]!, header, options);
    if (!c) continue;
    const distance = Math.abs(i - headline);
    if (!best || c.rank < best.rank || (c.rank === best.rank && distance < bestDistance)) { best = c; bestDistance = distance; }
  }
  return best;
}

/** Confidence of a stated dateline: lower when the numeric form was ambiguous or the line is far away. */
function confidenceOf(c: Candidate, near: boolean): Confidence {
  if (c.match.confidence !== 'high') return c.match.confidence === 'medium' && near ? 'medium' : 'low';
  return near ? 'high' : 'medium';
}

/** A `CITY, Month D, YYYY --` dateline opening the first body paragraph (wires, press releases). */
function cityDateline(lines: readonly Annotated[], bodyFrom: number, options: DateOptions): Found<string> | null {
  for (let i = Math.max(0, bodyFrom); i < Math.min(lines.length, bodyFrom + 4); i++) {
    const line = lines[i]!;
    if (line.role !== 'para') continue;
    const match = parseDateText(line.text.slice(0, 100), options)[0];
    const lead = match ? line.text.slice(0, match.index) : '';
    if (match && match.index <= 50 && /^\p{Lu}{3,}/u.test(lead) && /^[\p{L} .,'’()/-]*$/u.test(lead)) {
      return found(match.iso, 'extracted', line.text.slice(0, match.end), line.no, 'high');
    }
    return null;
  }
  return null;
}

/** A year-less wire dateline in the first body paragraph, dated with the year of another dated line. */
function wireDayWithYear(lines: readonly Annotated[], zones: DateZones, reference: Candidate | null): Found<string> | null {
  if (!reference) return null;
  for (let i = Math.max(0, zones.bodyFrom); i < Math.min(lines.length, zones.bodyFrom + 4); i++) {
    const line = lines[i]!;
    if (line.role !== 'para') continue;
    const day = yearlessDateline(line.text, reference.match.day);
    // A dateline that states the same day with a time stays the better answer.
    if (!day || day.iso === reference.match.day) return null;
    return found(day.iso, 'extracted', `${day.text} (year from: ${reference.line.text})`, line.no, 'medium');
  }
  return null;
}

/** A `/YYYY/MM/DD/` day in a line holding only the story's address, or in a breadcrumb trail, above or in the header. */
function addressDay(lines: readonly Annotated[], to: number): Found<string> | null {
  for (let i = 0; i < Math.min(lines.length, to); i++) {
    // (`Home / News / 2021 / 08 / 09`: a breadcrumb trail prints the same dated path.)
    const day = urlPathDate(lines[i]!.text) ?? breadcrumbDate(lines[i]!.text);
    if (day) return found(day.iso, 'inferred', `date in the page address: ${lines[i]!.text}`, lines[i]!.no, 'medium');
  }
  return null;
}

/**
 * The publication date: a dateline in the header zone (Published preferred
 * over Updated; a year-less wire dateline `CITY, Dec 5 (Agency) -` beats an
 * Updated line when another dated line gives the year), else a Published/dateline line elsewhere in the article, else
 * a `/YYYY/MM/DD/` day in the page address printed in the header (`inferred`,
 * medium), else the latest full date mentioned in the body as a lower bound
 * (`inferred`, low confidence), else none. Nothing after the article's end
 * counts. Never the current date.
 */
export function pickDate(lines: readonly Annotated[], zones: DateZones, options: DateOptions): Found<string | null> {
  const near = bestIn(lines, zones.headerFrom, zones.headerTo, zones.headline, true, options);
  const anywhere = (): Candidate | null => bestIn(lines, 0, zones.articleEnd, zones.headline, false, options);
  if (!near || near.rank === 3) {
    const wireDay = wireDayWithYear(lines, zones, near ?? anywhere());
    if (wireDay) return wireDay;
  }
  if (near) return found(near.match.iso, 'extracted', near.line.text, near.line.no, confidenceOf(near, true));
  const wire = cityDateline(lines, zones.bodyFrom, options);
  if (wire) return wire;
  const far = anywhere();
  if (far) return found(far.match.iso, 'extracted', far.line.text, far.line.no, confidenceOf(far, false));
  const address = addressDay(lines, zones.headerTo);
  if (address) return address;
  let latest: { match: DateMatch; line: Annotated } | null = null;
  for (let i = Math.max(0, zones.bodyFrom); i < Math.min(lines.length, zones.bodyTo, zones.articleEnd); i++) {
    const line = lines[i]!;
    if (line.role === 'boiler' || line.role === 'readMore') continue;
    for (const match of parseDateText(line.text, options)) {
      if (!latest || match.day > latest.match.day) latest = { match, line };
    }
  }
  if (latest) {
    return found(latest.match.day, 'inferred', `latest full date mentioned: ${latest.match.text}`, latest.line.no, 'low');
  }
  return notFound();
}
