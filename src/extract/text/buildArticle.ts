import type { ExtractedArticle } from '../../types.js';
import type { DateOptions } from '../dates/parseDateText.js';
import { pickDate } from '../dates/pickDate.js';
import type { Annotated } from './annotate.js';
import { buildBlocks } from './blocks.js';
import { deriveHeadline } from './deriveHeadline.js';
import { findDek } from './findDek.js';
import { findGluedCopies, findHeadline, findTeasers } from './findHeadline.js';
import { findSection } from './findSection.js';
import { sectionPrefix, siteSuffix, type SectionPrefix, type SiteSuffix } from './siteSuffix.js';
import { refineHeadline } from './refineHeadline.js';
import { isFieldLine, outletLine, pickAuthor, pickSource } from './pickMeta.js';
import { found, notFound, type Found } from './provenance.js';
import { measureRun, nextContent } from './structure.js';

/** Index of the first footer line after the body has started, or `lines.length`. */
function footerStart(lines: readonly Annotated[], bodyFrom: number): number {
  let seenBody = false;
  for (let i = bodyFrom; i < lines.length; i++) {
    const line = lines[i]!;
    if (seenBody && line.footer) return i;
    if (line.role === 'para') seenBody = true;
  }
  return lines.length;
}

/** The first paragraph that can open an article (not a copy, not chrome). */
function firstParagraph(lines: readonly Annotated[], skip: ReadonlySet<number>, teasers: ReadonlySet<number>): number {
  let fallback = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role !== 'para' || skip.has(i) || teasers.has(i - 1)) continue;
    if (line.text.length >= 60) return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}

/**
 * Lines of a teaser chain (other stories: title + blurb, twice or more)
 * that runs to the end of the body without a "Related" marker.
 */
function trailingTeasers(lines: readonly Annotated[], teasers: ReadonlySet<number>, skip: ReadonlySet<number>, after: number, bodyTo: number): number[] {
  let end = bodyTo;
  while (end > after && lines[end - 1]!.role !== 'para' && lines[end - 1]!.role !== 'title') end--;
  const out: number[] = [];
  let pairs = 0;
  for (const t of [...teasers].filter((i) => i > after && i < end).sort((a, b) => b - a)) {
    if (measureRun(lines, t, skip).end < end) break;
    for (let i = t; i < end; i++) out.push(i);
    end = t;
    pairs++;
  }
  // A live blog is all such entries: only trim when real body text comes first.
  let before = 0;
  for (let i = after; i < end; i++) if (lines[i]!.role === 'para') before++;
  return pairs >= 2 && before >= 2 ? out : [];
}

/**
 * A headline written as a sentence (`Prices fell again.`): a short
 * one-sentence first line followed by a long paragraph.
 */
function sentenceHeadline(lines: readonly Annotated[], skip: ReadonlySet<number>): number {
  const i = nextContent(lines, -1, skip);
  const line = lines[i];
  const next = lines[nextContent(lines, i, skip)];
  if (!line || line.role !== 'para' || line.text.length > 110 || /[.!?]["”’]?\s+\S/.test(line.text)) return -1;
  return next?.role === 'para' && next.text.length >= 120 && !/(?:\.\.\.|…)$/.test(line.text) ? i : -1;
}

/** `Headline: X`, `Title: X`: the headline field of a database export or a saved page's header. */
const HEADLINE_FIELD = /^(?:headline|title|head)\s*:\s*(\S.{2,250})$/i;
/** The line the body follows in an export (`Body`, `Text:`). */
const BODY_FIELD = /^(?:body|text|full text|article text)\s*:?$/i;

/**
 * A headline field among an export's fields (`Headline:`, `Byline:`,
 * `Date:`, `Source:` ... `Body:`): the index of its line, and where the
 * body starts (after `Body:`, else after the last field), or null.
 */
function headlineField(lines: readonly Annotated[]): { index: number; headline: string; bodyFrom: number } | null {
  const top = Math.min(lines.length, 30);
  for (let i = 0; i < top; i++) {
    const m = lines[i]!.text.length <= 260 ? HEADLINE_FIELD.exec(lines[i]!.text) : null;
    if (!m) continue;
    let fields = 0;
    let last = i;
    for (let k = Math.max(0, i - 8); k < Math.min(lines.length, i + 12); k++) {
      if (k === i || !isFieldLine(lines[k]!.text)) continue;
      fields++;
      if (k > last) last = k;
    }
    if (fields < 2) continue;
    let bodyFrom = last + 1;
    for (let k = i + 1; k < Math.min(lines.length, i + 16); k++) if (BODY_FIELD.test(lines[k]!.text)) { bodyFrom = k + 1; break; }
    return { index: i, headline: m[1]!.trim(), bodyFrom };
  }
  return null;
}

/** Topics from `Tags:` lines of the article. */
function topicsIn(lines: readonly Annotated[], from: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < lines.length; i++) for (const t of lines[i]!.topics) if (!out.includes(t)) out.push(t);
  return out;
}

/**
 * Assemble one article from annotated lines: find the headline (or derive
 * one), then dek, section, byline, dateline and source around it, and the
 * body up to the footer. Returns null when there is no text at all.
 * @param chrome every line of the seed, for the publication name
 */
export function buildArticle(lines: readonly Annotated[], chrome: readonly Annotated[], options: DateOptions): ExtractedArticle | null {
  const glued = findGluedCopies(lines);
  const skip = new Set(glued.keys());
  const copied = new Set([...glued.values()].map((g) => g.of));
  const teasers = findTeasers(lines, skip);
  const choice = findHeadline(lines, skip, teasers, copied);
  const refined = choice.index >= 0 ? refineHeadline(lines, choice.index, choice.run?.dek ?? null) : null;
  let headline: Found<string>;
  let suffix: SiteSuffix | null = null;
  let kicker: SectionPrefix | null = null;
  let h = refined?.headline ?? -1;
  let bodyFrom: number;
  let firstBody: number;
  // An export states its headline in a field: that outranks any title found by shape.
  const record = headlineField(lines);
  if (record !== null) {
    h = record.index;
    const line = lines[h]!;
    headline = found(record.headline, 'extracted', line.text, line.no, 'high');
    bodyFrom = record.bodyFrom;
    firstBody = nextContent(lines, record.bodyFrom - 1, skip);
  } else if (h >= 0) {
    const line = lines[h]!;
    suffix = siteSuffix(line.text, chrome);
    kicker = sectionPrefix(suffix?.headline ?? line.text);
    headline = found(kicker?.headline ?? suffix?.headline ?? line.text, 'extracted', line.text, line.no, choice.confidence);
    firstBody = refined?.headline === choice.index ? choice.run?.first ?? nextContent(lines, h, skip) : nextContent(lines, Math.max(h, refined?.dek ?? h), skip);
    bodyFrom = h + 1;
  } else if ((h = sentenceHeadline(lines, skip)) >= 0) {
    const line = lines[h]!;
    headline = found(line.text.replace(/\.$/, ''), 'extracted', line.text, line.no, 'low');
    bodyFrom = h + 1;
    firstBody = nextContent(lines, h, skip);
  } else {
    const p = firstParagraph(lines, skip, teasers);
    h = p >= 0 ? p : lines.findIndex((l) => l.role === 'title' || l.role === 'label' || l.role === 'quoteText');
    if (h < 0) return null;
    const line = lines[h]!;
    const derived = line.role === 'para' || line.role === 'quoteText';
    headline = found(derived ? deriveHeadline(line.text) : line.text, derived ? 'derived' : 'extracted', line.text, line.no, derived ? 'medium' : 'low');
    bodyFrom = derived ? h : h + 1;
    firstBody = derived ? h : nextContent(lines, h, skip);
  }
  const headerFrom = Math.max(0, h - 3);
  const headerTo = Math.min(lines.length, firstBody + 2);
  const exclude = new Set<number>(skip);
  const dek = refined ? findDek(lines, h, refined.dek, skip) : notFound();
  if (dek.provenance.line !== undefined) exclude.add(lines.findIndex((l) => l.no === dek.provenance.line));
  const gluedCopy = [...glued.entries()].find(([, g]) => g.of === h && g.prefix !== '');
  const prefix = gluedCopy ? { text: gluedCopy[1].prefix, line: lines[gluedCopy[0]]!.no } : kicker ? { text: kicker.section, line: lines[h]!.no } : null;
  const section = findSection(lines, h, firstBody, prefix);
  for (let i = bodyFrom; i < firstBody; i++) if (lines[i]!.role === 'label') exclude.add(i);
  const bodyTo = footerStart(lines, bodyFrom);
  const trailing = trailingTeasers(lines, teasers, skip, firstBody, bodyTo);
  for (const i of trailing) exclude.add(i);
  const body = buildBlocks(lines, bodyFrom, bodyTo, exclude, section.value);
  const articleEnd = Math.min(bodyTo, ...trailing);
  const date = pickDate(lines, { headline: h, headerFrom, headerTo, bodyFrom, bodyTo, articleEnd }, options);
  const author = pickAuthor(lines, headerFrom, headerTo, bodyFrom, lines.length);
  const picked = pickSource(chrome, lines[bodyFrom] ? chrome.findIndex((l) => l.no === lines[bodyFrom]!.no) : 0, chrome.length, headline.value);
  const source = picked.value !== null ? picked
    : suffix ? found(suffix.site, 'extracted', lines[h]!.text, lines[h]!.no, 'medium')
      : outletLine(lines, h + 1, headerTo) ?? picked;
  return {
    headline: headline.value, dek: dek.value, date: date.value, source: source.value, author: author.value,
    section: section.value, topics: topicsIn(lines, h), slug: null,
    body: { kind: 'text', blocks: body.blocks }, text: body.text, line: lines[h]!.no,
    provenance: {
      headline: headline.provenance, date: date.provenance, source: source.provenance,
      author: author.provenance, dek: dek.provenance, section: section.provenance,
    },
  };
}
