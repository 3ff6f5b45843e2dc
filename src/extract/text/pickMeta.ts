import type { Confidence } from '../../types.js';
import type { Annotated } from './annotate.js';
import { isContactLine, isMenuLine } from './boilerplate.js';
import { nameBeforeMark, ownershipName } from './findSource.js';
import { isCapitalisedName, isOrgName, isPersonName, isRole, joinNames, outletOf, titleCaseName, unshout, wireName, withoutHonorifics } from './names.js';
import { siteWithTagline } from './pageTitle.js';
import { found, notFound, type Found } from './provenance.js';

/** `Reporting by X and Y; Editing by Z`, `(Additional reporting by X in Place)`: a wire's credit line, up to its next credit. */
const REPORTING = /^\(?(?:[Aa]dditional )?[Rr]eporting by ([^;)]{3,160})/u;

/** The reporters a credit names: `X, Y and Z in Place` -> `X, Y and Z`; null unless every one is a person's name. */
function reporters(credit: string): string | null {
  const names = credit.replace(/\s+(?:in|from|at)\s+\p{Lu}.*$/u, '').trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return names.length > 0 && names.every(isPersonName) ? joinNames(names) : null;
}

/** `Comments (4)`, `12 Comments`, `Reader reactions`, `Leave a reply`: where readers' posts begin. (A count linked in the header comes before the text.) */
const COMMENTS_HEADING = /^(?:\d+\s+)?(?:reader\s+)?(?:comments?|reactions|responses)(?:\s*\(\d+\))?:?$|^(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|have your say|show comments|view comments)\b/i;

/**
 * The author: a byline in the header zone (high), a byline elsewhere in
 * the article above any readers' comments (medium), or a `Reporting by X`
 * credit line, a bare name beside the dateline, or a dash-led closing note
 * on the writer (low).
 */
export function pickAuthor(lines: readonly Annotated[], headerFrom: number, headerTo: number, from: number, to: number): Found<string | null> {
  for (let i = Math.max(0, headerFrom); i < Math.min(lines.length, headerTo); i++) {
    const line = lines[i]!;
    if (!line.byline?.author) continue;
    const below = kickerByline(line) ? nameBelowHeadline(lines, i + 1, headerTo) : null;
    if (below) return found(titleCaseName(below.text), 'extracted', below.text, below.no, 'medium');
    return found(withContinuation(withoutGluedCrumb(line.byline.author, lines), lines, i + 1), 'extracted', line.text, line.no, 'high');
  }
  const end = commentsStart(lines, from, to);
  for (let i = Math.max(0, from); i < end; i++) {
    const line = lines[i]!;
    if (line.role === 'byline' && line.byline?.author) return found(withContinuation(line.byline.author, lines, i + 1), 'extracted', line.text, line.no, 'medium');
    const credit = line.text.length <= 240 ? REPORTING.exec(line.text) : null;
    const named = credit ? reporters(credit[1]!) : null;
    if (named) return found(named, 'extracted', line.text, line.no, 'low');
  }
  return headerField(lines, headerFrom) ?? bareName(lines, from, metaEnd(lines, headerTo)) ?? closingNote(lines, from, end) ?? aboutTheAuthor(lines, from, end)
    ?? writerTagline(lines, from, end) ?? letterSignature(lines, from, end) ?? notFound();
}

/** `NewsJane Doe`: a capitalised word of four letters or more run into a capitalised name. */
const GLUED_WORD = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+ .+)$/u;

/**
 * `NewsJane Doe`: a scrape that lost the space between a breadcrumb's last
 * crumb and the byline. The crumb is a line of its own elsewhere on the
 * page (a menu item); a name's own inner capital (`McDonald`, `DeShawn`)
 * follows a short prefix that no menu prints.
 */
export function withoutGluedCrumb(author: string, lines: readonly Annotated[]): string {
  const m = GLUED_WORD.exec(author);
  if (!m || !isPersonName(m[2]!)) return author;
  return lines.some((line) => line.text === m[1]) ? m[2]! : author;
}

/** `Title: …`, `Word count: 842`: one field of a saved page's header, a key of one or two words and its value. */
const FIELD_LINE = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?: \S/u;

/** Whether a line is one field of a saved page's or an export's header (`Byline: Jane Doe`, `Length: 734 words`). */
export function isFieldLine(text: string): boolean {
  return text.length <= 300 && FIELD_LINE.test(text);
}

/**
 * A page saved by a reader or an archiver opens with a header of fields
 * (`Title:`, `Byline: Jane Doe`, `Published:`) above the article: its
 * byline field names the author even when the article under it prints the
 * name bare. Three field lines in a row mark such a header; a lone
 * `Author: X` elsewhere above the headline may be another story's.
 */
function headerField(lines: readonly Annotated[], headerFrom: number): Found<string> | null {
  let run = 0;
  let byline: Annotated | null = null;
  for (let i = 0; i < Math.min(lines.length, headerFrom, 12); i++) {
    const line = lines[i]!;
    if (!isFieldLine(line.text)) { run = 0; byline = null; continue; }
    run++;
    if (line.role === 'byline' && line.byline?.author) byline ??= line;
    if (run >= 3 && byline) return found(byline.byline!.author!, 'extracted', byline.text, byline.no, 'medium');
  }
  return null;
}

/**
 * `OCEAN SHIPPING | Apr 11, 2022` over a headline: a section label in
 * capitals with the date, shaped like a byline without its `By`.
 */
function kickerByline(line: Annotated): boolean {
  const head = line.text.split(/\s*[|·•]\s*/)[0]!;
  return line.text.length <= 60 && !/\p{Ll}/u.test(head) && !/^by\b/i.test(head) && line.byline?.date !== null;
}

/**
 * A name on a line of its own under the headline (and any dek), before
 * the text: the byline a capitals kicker above the headline only looks like.
 */
function nameBelowHeadline(lines: readonly Annotated[], from: number, to: number): Annotated | null {
  let titles = 0;
  for (let i = from; i < Math.min(lines.length, to); i++) {
    const line = lines[i]!;
    if (line.role === 'para') return null;
    if (line.role === 'title') titles++;
    else if (titles > 0 && line.role === 'label' && isPersonName(line.text) && !isRole(line.text) && !isOrgName(line.text)) return line;
  }
  return null;
}

/**
 * Where readers' comments begin past the text (`Comments (4)` after some
 * paragraphs), else `to`: the names below are readers' (`Asif K | 17 May,
 * 2023`), never the author.
 */
function commentsStart(lines: readonly Annotated[], from: number, to: number): number {
  let paragraphs = 0;
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    const line = lines[i]!;
    if (line.role === 'para') paragraphs++;
    else if (paragraphs >= 3 && line.text.length <= 40 && COMMENTS_HEADING.test(line.text)) return i;
  }
  return Math.min(lines.length, to);
}

/**
 * The header zone's end, moved past a dateline at its edge: the name may
 * sit under the date when a dek was read as the first body line.
 */
function metaEnd(lines: readonly Annotated[], headerTo: number): number {
  return lines[headerTo - 1]?.role === 'date' ? Math.min(lines.length, headerTo + 1) : headerTo;
}

/** `About the author`, `About the writer`: the heading of a box on the writer. */
const ABOUT_AUTHOR = /^about (?:the )?(?:author|writer|reporter|columnist)s?:?$/i;
/** `Jane Doe is the Example Times' economics correspondent.`: the box's first words name the writer. */
const IS_THE = /^([\p{Lu}][\p{L}'’.-]+(?: (?:[\p{Lu}][\p{L}'’.-]+|van|von|de|der|den|da|del|la|le|bin|al|el)){1,4}) (?:is|was|has been|covers|writes)\s/u;

/**
 * A box on the writer after the text (`About the author` / `Jane Doe is
 * the paper's economics correspondent ...`): the name its first sentence
 * opens with. Only right under such a heading, so a paragraph about
 * someone in the story is never read as the author.
 */
function aboutTheAuthor(lines: readonly Annotated[], from: number, to: number): Found<string> | null {
  for (let i = Math.max(0, from); i < to - 1; i++) {
    const line = lines[i]!;
    if (line.text.length > 30 || !ABOUT_AUTHOR.test(line.text)) continue;
    const next = lines[i + 1]!;
    const name = next.text.length <= 600 ? IS_THE.exec(next.text)?.[1] : undefined;
    if (name && isPersonName(name) && !isOrgName(name)) return found(name, 'extracted', next.text, next.no, 'low');
  }
  return null;
}

/** `— Jane Doe is the communications officer of …`: a note on the writer, set off by a dash, closing the text. */
const WRITER_NOTE = /^(?:-{1,2}|[–—])\s*([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){1,3}) is (?:a|an|the)\s/u;

/**
 * A page with no byline may name its writer only in a closing note (a
 * church or club newsletter). A dash sets the note apart from the text,
 * which a sentence about someone in the story (`Jane Doe is the chair`)
 * lacks. `to` ends before any readers' comments.
 */
function closingNote(lines: readonly Annotated[], from: number, to: number): Found<string> | null {
  for (let i = Math.max(0, from); i < to; i++) {
    const line = lines[i]!;
    if (line.role !== 'para') continue;
    const note = line.text.length <= 300 && /^[-–—]/.test(line.text) ? WRITER_NOTE.exec(line.text) : null;
    if (note && isPersonName(note[1]!)) return found(note[1]!, 'extracted', line.text, line.no, 'low');
  }
  return null;
}

/**
 * `Jane Doe covers the environment for The Example Ledger.`, `Jane Doe is a
 * staff writer at Example News.`: the line on the writer that ends a story
 * (often one republished from elsewhere). It ties the name to a beat or a
 * newsroom job at a publication, which a sentence about someone in the
 * story does not.
 */
const WRITER_TAGLINE = /^([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){1,3}) (?:covers|reports on|writes about|is (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:reporter|writer|correspondent|journalist|editor|columnist))\b[^.!?]{0,140}\b(?:for|at|with) (?:the )?\p{Lu}[^.!?]{1,60}\.$/u;

/** How a letter to the editor opens: `To the editor:`, `Dear Editor,`, `Sir,`. */
const SALUTATION = /^(?:to the editor|dear editor|dear sir(?: or madam)?|sir|madam|editor)\s*[:,—–-]?$/i;

/**
 * A letter to the editor opens with its salutation and is signed under
 * its last paragraph: a name, perhaps over the writer's town.
 */
function letterSignature(lines: readonly Annotated[], from: number, to: number): Found<string> | null {
  const opening = lines.slice(Math.max(0, from), Math.min(lines.length, from + 4)).some((line) => SALUTATION.test(line.text));
  if (!opening) return null;
  // The first line after the letter's paragraphs.
  let paragraphs = 0;
  let signed: Annotated | undefined;
  for (let i = Math.max(0, from); i < Math.min(lines.length, to) && signed === undefined; i++) {
    if (lines[i]!.role === 'para') paragraphs++;
    else if (paragraphs >= 2) signed = lines[i];
  }
  if (!signed || (signed.role !== 'label' && signed.role !== 'title') || !isPersonName(signed.text) || isOrgName(signed.text)) return null;
  return found(titleCaseName(signed.text.replace(/[,.]$/, '')), 'extracted', signed.text, signed.no, 'medium');
}

/** How many text lines from the end of the story a writer's tagline may sit. */
const TAGLINE_LINES = 4;

function writerTagline(lines: readonly Annotated[], from: number, to: number): Found<string> | null {
  let seen = 0;
  for (let i = Math.min(lines.length, to) - 1; i >= Math.max(0, from) && seen < TAGLINE_LINES; i--) {
    const line = lines[i]!;
    if (line.role !== 'para') continue;
    seen++;
    const m = line.text.length <= 240 ? WRITER_TAGLINE.exec(line.text) : null;
    if (m && isPersonName(m[1]!) && !isOrgName(m[1]!)) return found(m[1]!, 'extracted', line.text, line.no, 'low');
  }
  return null;
}

/**
 * `By Jane Doe` with `and John Roe` on the next line: both names. A job
 * title may sit under the first name before it (`Senior Correspondent,
 * Lisbon`).
 */
function withContinuation(author: string, lines: readonly Annotated[], at: number): string {
  let k = at;
  while (k < at + 2 && isRoleLine(lines[k])) k++;
  // `By Jane Doe` / `and` / `John Roe`: a page that sets each name apart prints the `and` on a line between them.
  const lone = k === at && /^(?:and|&)$/.test(lines[k]?.text ?? '') ? lines[k + 1] : undefined;
  const next = lone !== undefined ? { ...lone, text: `and ${lone.text}` } : lines[k];
  const m = next && next.text.length <= 60 ? /^(?:and|&)\s+(.+)$/.exec(next.text) : null;
  // Under a job title, the next name needs no `and`: `Jane Doe` / `Legal affairs correspondent` / `John Roe`.
  const name = m && isPersonName(m[1]!) ? m[1]! : k > at && next && coAuthorLine(next) ? next.text : null;
  return name === null ? author : joinNames([...author.split(/, | and /), titleCaseName(name.trim())]);
}

/** A short line that is only a job title, maybe with a place (`Data Editor`, `Senior Correspondent, Lisbon`). */
function isRoleLine(line: Annotated | undefined): boolean {
  if (line === undefined || line.text.length > 60 || line.text.includes(':') || !isRole(line.text)) return false;
  // (`Jane Doe, Reporter` is a byline of its own; `Senior Correspondent, Lisbon` is shaped like a name but is a title.)
  const head = line.text.split(',')[0]!;
  return !isPersonName(head) || isRole(head);
}

/** `3 hours ago` under a name: when the reporter's story went up. */
const RELATIVE_TIME = /^(?:(?:updated|published|posted)\s*:?\s*)?\d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i;

/** A line shaped as one more co-author's name. */
function coAuthorLine(line: Annotated): boolean {
  return (line.role === 'label' || line.role === 'title') && isPersonName(line.text) && !isRole(line.text) && !isOrgName(line.text);
}

/**
 * `Jane Doe` / `John Roe`: co-authors on lines of their own, each
 * maybe under a job title of the one before (`Jane Doe` / `Legal affairs
 * correspondent` / `John Roe`).
 */
function coAuthors(lines: readonly Annotated[], i: number): string[] {
  const names = [lines[i]!.text];
  for (let j = i + 1; j < Math.min(lines.length, i + 4) && names.length < 4; j++) {
    const line = lines[j]!;
    if (coAuthorLine(line)) names.push(line.text);
    else if (!(isRoleLine(line) && lines[j + 1] !== undefined && coAuthorLine(lines[j + 1]!))) break;
  }
  return names;
}

/**
 * A bare name line in the header zone (no `By`), trusted only when an
 * outlet line, a dateline or a byline sits right next to it.
 */
function bareName(lines: readonly Annotated[], from: number, to: number): Found<string> | null {
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    const line = lines[i]!;
    if ((line.role !== 'label' && line.role !== 'title') || !isPersonName(line.text) || isRole(line.text)) continue;
    const next = lines[i + 1];
    const prev = lines[i - 1];
    // `News provided by` / `Acme Labs Limited`: a release's issuer, shaped like a name.
    if (prev && /\bprovided by\s*:?$/i.test(prev.text)) continue;
    const beside = [next, prev].some((l) => l && (l.role === 'date' || ((l.role === 'label' || l.role === 'title') && (outletOf(l.text) !== null || isRole(l.text)))));
    // `Jane Doe` / `Springfield` / `Published March 4, 2025`: the place filed from between the name and the dateline.
    const placeThenDate = next?.role === 'label' && next.text.split(' ').length <= 3 && !isPersonName(next.text) && lines[i + 2]?.role === 'date';
    // `Jane Doe` / `Email: news@example.ie`: a reporter's contact under the name.
    const contact = next !== undefined && next.text.length <= 80 && (isContactLine(next.text) || RELATIVE_TIME.test(next.text));
    const names = coAuthors(lines, i);
    if (beside || placeThenDate || contact) return found(joinNames(names.map((n) => titleCaseName(withoutHonorifics(n)))), 'extracted', names.join(' / '), line.no, 'low');
  }
  return null;
}

/** An outlet-shaped label line in the header zone (`BBC News`). */
export function outletLine(lines: readonly Annotated[], from: number, to: number): Found<string> | null {
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    const line = lines[i]!;
    // A one-word name with digits (`News365`) is shaped like a title line, not a label.
    const short = line.role === 'label' || (line.role === 'title' && line.text.split(' ').length <= 4);
    if (short && isOrgName(line.text)) return found(wireName(line.text) ?? line.text, 'extracted', line.text, line.no, 'medium');
  }
  return null;
}

/**
 * The publication: the page's own name where the page states it and its
 * top shows it (`X is published by Y`, a company notice naming the top
 * line's paper); else an agency named in the byline or a wire dateline
 * (high), unless the page names itself as another outlet, which then
 * carried the story; a `Source:` line, page chrome (`© 2016 X`, `X - Back
 * to home`), a page-title line `Headline | X` or a masthead (medium), and
 * last a copyright holder written as a company, which is often the group
 * that owns the masthead rather than the masthead itself.
 * @param all every line of the seed: the name is often only in the chrome
 */
export function pickSource(all: readonly Annotated[], from: number, to: number, headline: string): Found<string | null> {
  const own = ownName(all);
  for (let i = Math.max(0, from); i < Math.min(all.length, to); i++) {
    const line = all[i]!;
    if (line.byline?.source) return hostOf(all, headline, from, own, line.byline.source) ?? stationMasthead(all, line.byline.source) ?? found(line.byline.source, 'extracted', line.text, line.no, 'high');
    const hit = line.sourceHit;
    if (!hit || hit.chrome || i - from >= 12) continue;
    // A distribution wire only carries a release: the organisation that issued it is its source.
    if (hit.kind === 'release') return releaseIssuer(all) ?? found(hit.source, 'extracted', line.text, line.no, 'high');
    return hostOf(all, headline, from, own, hit.source) ?? stationMasthead(all, hit.source) ?? found(hit.source, 'extracted', line.text, line.no, 'high');
  }
  if (own) return own;
  let best: { value: string; line: Annotated; confidence: Confidence } | null = null;
  let company: Annotated | null = null;
  for (const line of all) {
    const hit = line.sourceHit;
    if (hit?.kind === 'company') company ??= line;
    else if (hit?.chrome && (!best || (hit.confidence === 'high' && best.confidence !== 'high'))) best = { value: hit.source, line, confidence: hit.confidence };
  }
  // `© 2026 Jane Doe` on a writer's newsletter: the newsletter, when the page names it, is the publication.
  if (best && isPersonName(best.value)) return newsletterName(all, best.value) ?? found(best.value, 'extracted', best.line.text, best.line.no, best.confidence);
  if (best) return groupMasthead(all, best.value, from) ?? stationMasthead(all, callLetters(best.value)) ?? found(spelledAsShown(best.value, all), 'extracted', best.line.text, best.line.no, best.confidence);
  const chrome = titleSuffix(all, headline) ?? masthead(all, from);
  if (chrome) return chrome;
  return company ? groupMasthead(all, company.sourceHit!.source, from) ?? found(withArticle(company.sourceHit!.source, all), 'extracted', company.text, company.no, 'low') : notFound();
}

/** A holder named as a group of titles: `Example Media Group`, `The Example Foundation`, `Example Newspapers`. */
const GROUP_NAME = /^(?:The\s+)?(.{3,40}?)\s+(?:Media(?:\s+(?:Group|Company|Holdings|Network))?|Group|Publishing(?:\s+(?:Group|Company))?|Publications|Newspapers|Communications|Holdings|Network|Broadcasting(?:\s+(?:Company|Corporation))?|Digital|Foundation|Ventures|Enterprises)$/;

/**
 * A notice's holder that is the group behind the masthead (`© Example
 * Media Group`): the masthead is the publication. It is a short line at
 * the top sharing the group's name (`The Example Herald`, `EXAMPLE`), or,
 * for a group of another name, the masthead over the menus when the page
 * names it again (as its footer does).
 */
function groupMasthead(all: readonly Annotated[], holder: string, from: number): Found<string> | null {
  const stem = GROUP_NAME.exec(holder)?.[1];
  if (stem === undefined) return null;
  return sharingMasthead(all, holder, stem) ?? namedAgain(masthead(all, from), all);
}

/** A short capitalised line near the top with the words of the group's name (`stem`), in normal case. */
function sharingMasthead(all: readonly Annotated[], holder: string, stem: string): Found<string> | null {
  const word = new RegExp(`(?:^|\\s)${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|\\s)`, 'i');
  const line = all.slice(0, 2 * TOP_LINES).find((l) => l.role !== 'para' && l.text.length <= 40 && l.text !== holder && l.text.split(' ').length <= 5
    && !/[.!?:,|]/.test(l.text) && isCapitalisedName(l.text) && word.test(l.text));
  return line ? found(unshout(line.text), 'extracted', line.text, line.no, 'medium') : null;
}

/** A station's call letters without the service a notice adds (`WXYZ-TV`, `KXYZ-FM` -> `WXYZ`, `KXYZ`). */
function callLetters(name: string): string {
  return name.replace(/^(\p{Lu}{3,5})-(?:TV|DT|FM|AM|LD|CD)$/u, '$1');
}

/** Call letters as a station writes them in a dateline or a staff credit (`(WXYZ)`, `WXYZ Staff`). */
const CALL_LETTERS = /^\p{Lu}{3,5}$/u;

/**
 * A station credited by its call letters (`SPRINGFIELD (WXYZ) —`) whose
 * masthead, a short line at the top, starts with them and its channel
 * number (`WXYZ 7 News`, `WXYZ NewsChannel 9`): the masthead is the name
 * the station goes by. (Without a channel number, `WXYZ Public Radio` or
 * `EPW News` over `Example Press Wire` is a logo's tagline, and the
 * letters stay.)
 */
function stationMasthead(all: readonly Annotated[], letters: string): Found<string> | null {
  if (!CALL_LETTERS.test(letters)) return null;
  const line = all.slice(0, TOP_LINES).find((l) => l.text.length <= 40 && l.text.startsWith(`${letters} `) && /\d/.test(l.text) && l.text.split(' ').length <= 4 && !/[.!?:,|]/.test(l.text));
  return line ? found(unshout(line.text), 'extracted', line.text, line.no, 'high') : null;
}

/** How many lines from the bottom a page's statement of what it is may sit. */
const FOOTER_LINES = 12;

/** How many lines from the top a masthead may sit (under skip links, a page title, a tagline). */
const TOP_LINES = 8;

/**
 * Whether the page's top shows a name as a line of its own, alone or
 * before a tagline (`The Example Tide | Local news for ...`).
 */
function shownAtTop(name: string, all: readonly Annotated[]): boolean {
  const want = comparable(name);
  return all.slice(0, TOP_LINES).some((line) => {
    const text = comparable(line.text);
    return text === want || (text.startsWith(want) && /^\s+[|–—-]\s/.test(text.slice(want.length)));
  });
}

/**
 * The page's own statement of its name: `X is published by Y` in the
 * footer, or a notice (`© The Example Chronicle Ltd`), when the top of the
 * page shows X too. A footer and a masthead that agree outrank a byline's outlet.
 */
function ownName(all: readonly Annotated[]): Found<string> | null {
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const hit = line.sourceHit;
    // (A name before the mark shaped like a person's is a photographer's, unless the top shows it: `Example Austral © 2025`.)
    const name = hit?.kind === 'company' ? hit.source : hit ? null : nameBeforeMark(line.text) ?? (i >= all.length - FOOTER_LINES ? ownershipName(line.text) : null);
    if (name && shownAtTop(name, all)) return found(withArticle(name, all), 'extracted', line.text, line.no, 'high');
  }
  return null;
}

/** `Subscribe to Example Letter to keep reading`, `Subscribe to Example Letter.`: the name a newsletter asks readers to sign up to. */
const SUBSCRIBE_TO = /^Subscribe to (\p{Lu}.{1,50}?)(?:\s+(?:to|for|and)\s.*|[.!:]?)$/u;

/**
 * A newsletter's own name: what the page asks readers to subscribe to,
 * when its top shows that name as a line of its own (the platform prints
 * the newsletter's name over the post, the writer's name in the notice).
 * @param writer the person the notice names
 */
function newsletterName(all: readonly Annotated[], writer: string): Found<string> | null {
  for (const line of all) {
    if (line.text.length > 160 || !line.text.startsWith('Subscribe to ')) continue;
    const name = SUBSCRIBE_TO.exec(line.text)?.[1];
    // (A newsletter's name is often shaped like a person's: `Example Line`. Only the writer's own is not it.)
    if (name && name !== writer && shownAtTop(name, all)) return found(name, 'extracted', line.text, line.no, 'medium');
  }
  return null;
}

/**
 * A notice's `The Example Wire` where the masthead, a line of its own at
 * the top, reads `Example Wire`: the masthead's own spelling is the name
 * (a notice adds the article a sentence would).
 */
function spelledAsShown(name: string, all: readonly Annotated[]): string {
  if (!name.startsWith('The ')) return name;
  const bare = name.slice(4);
  const top = all.slice(0, TOP_LINES);
  // (A logo line `Example Wire` over a line `The Example Wire`: the page spells it out with the article too.)
  return top.some((line) => line.text === bare) && !top.some((line) => line.text === name) ? bare : name;
}

/** Whether two names are one outlet (`BBC` and `BBC News`, `The Example Post` and `Example Post`). */
function sameOutlet(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  return x.includes(y) || y.includes(x);
}

/** A name as two spellings of one outlet compare: lower case, without a leading `The`. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '');
}

/**
 * A story from an agency or another paper, carried by a site that names
 * itself: its own statement, its footer notice, its page title's tail or
 * a masthead the page names again. The site that published the page is the source, and an
 * agency on its own site is named as the site spells itself out (`EPW`
 * in the dateline, `Example Press Wire` on the masthead).
 */
function hostOf(all: readonly Annotated[], headline: string, from: number, own: Found<string> | null, carried: string): Found<string> | null {
  // The byline names the site's own masthead: no other site carried it.
  if (shownAtTop(carried, all)) return null;
  const host = own ?? footerOutlet(all) ?? titleSuffix(all, headline) ?? namedAgain(masthead(all, from), all);
  return host?.value && !sameOutlet(host.value, carried) ? host : null;
}

/**
 * A masthead the page names again below it (a notice, a credit): a first
 * menu item (`Top News`) is shaped like a masthead but named only once.
 */
function namedAgain(top: Found<string> | null, all: readonly Annotated[]): Found<string> | null {
  const name = top?.value.toLowerCase();
  if (!top || !name) return null;
  return all.some((line) => line.no !== top.provenance.line && line.text.length < 400 && line.text.toLowerCase().includes(name)) ? top : null;
}

/** The last outlet a chrome line names (`© 2025 The Example Courier`): the footer, after any notice quoted in the story. */
function footerOutlet(all: readonly Annotated[]): Found<string> | null {
  for (let i = all.length - 1; i >= 0; i--) {
    const line = all[i]!;
    if (line.sourceHit?.chrome && line.sourceHit.kind === 'outlet') return found(spelledAsShown(line.sourceHit.source, all), 'extracted', line.text, line.no, 'medium');
  }
  return null;
}

/**
 * A company's name drops the article its paper carries (`Example Review
 * Newspapers Ltd` for `The Example Review`): restore it when the page
 * writes the name with it.
 */
function withArticle(name: string, all: readonly Annotated[]): string {
  if (/^the\s/i.test(name)) return name;
  // `Example Post — News in English` over the page: the masthead spells the name without the article a sentence gives it.
  if (all.slice(0, TOP_LINES).some((line) => line.text.startsWith(name))) return name;
  // (`Get the Example Ledger newsletter`: a lower-case `the` is the sentence's, not the name's.)
  const titled = `The ${name}`;
  const shouted = titled.toUpperCase();
  return all.some((line) => line.text.length < 400 && (line.text.includes(titled) || line.text.includes(shouted))) ? titled : name;
}

/** `SOURCE Acme Foods Inc.`, or `News provided by` with the name on its own next line. */
function releaseIssuer(all: readonly Annotated[]): Found<string> | null {
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (line.sourceHit?.kind === 'issuer') return found(line.sourceHit.source, 'extracted', line.text, line.no, 'high');
    const next = all[i + 1];
    if (next && /^news provided by\s*:?$/i.test(line.text) && next.text.length <= 80 && /^\p{Lu}/u.test(next.text)) {
      return found(next.text, 'extracted', next.text, next.no, 'high');
    }
  }
  return null;
}

const NAV_ROLES = new Set(['boiler', 'label']);

/** Words of a menu's own heading, never of a publication's name. */
const NAV_WORD = /\b(?:navigation|menu|search|sections|sign in|log in)\b/i;

/**
 * A masthead: the first line of the page (under any skip links), a short
 * capitalised name (`The Daily Example`, `Example Times`), followed by a
 * navigation run of two or more short menu lines, and not the article's
 * own first line.
 */
function masthead(all: readonly Annotated[], bodyFrom: number): Found<string> | null {
  let top = 0;
  while (top < 5 && all[top] && (all[top]!.role === 'boiler')) top++;
  const line = all[top];
  // `The Example Advertiser | Serving the valley since 1887`: the name before its tagline.
  const named = line ? siteWithTagline(line.text) : null;
  const first = line && named !== null ? { ...line, text: named } : line;
  // Four or more capitalised words are shaped like a title, but a name heading the nav is a masthead all the same.
  if (!first || bodyFrom <= top + 2 || (first.role !== 'label' && first.role !== 'title') || first.text.length > 40) return null;
  const words = first.text.split(' ');
  if (words.length > 6 || !isCapitalisedName(first.text) || /[.!?:,]$/.test(first.text)) return null;
  if (words.length === 1 && !isOrgName(first.text) && !acronymMasthead(all, first.text)) return null;
  // (`Search & Section Navigation` heads the menus, and names them.)
  if (NAV_WORD.test(first.text)) return null;
  // Menu items, or a menu row (`Home | News | Sport`); a tagline under the name may come first.
  const navigation = all.slice(top + 1, top + 5).filter((l) => (NAV_ROLES.has(l.role) && (l.text.length <= 30 || /[|•·]/.test(l.text))) || isMenuLine(l.text)).length;
  // (The evidence is the line as the page shows it, tagline and all.)
  if (navigation >= 2) return found(wireName(first.text) ?? unshout(first.text), 'extracted', line!.text, first.no, 'medium');
  // A clip of the article area may keep the masthead over the headline without the menus: a
  // newspaper's name with its article (`The Example Valley Times`; `Business News` is a section).
  return words.length >= 3 && /^the\s/i.test(first.text) && isOrgName(first.text) ? found(unshout(first.text), 'extracted', line!.text, first.no, 'low') : null;
}

/**
 * A one-word capitals line (`KQED`) may be a broadcaster's logo or a menu
 * label in capitals (`WORLD`); a logo's letters recur in the page's own
 * text, in photo credits (`Jane Doe/KQED`) or links (`KQED.org`).
 */
function acronymMasthead(all: readonly Annotated[], text: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(text)) return false;
  const word = new RegExp(`(?:^|[^\\p{L}])${text}(?![\\p{L}])`, 'u');
  return all.some((line, i) => i > 0 && line.text.length > 30 && word.test(line.text));
}

/**
 * The publication in a page title's tail: `Business - The Daily Example`
 * and `Daily Example | dailyexample.com` name a section or an address
 * beside it. The part the page shows as a line of its own (the masthead)
 * wins, else the last part that is no address (sections come first).
 */
function publicationOf(tail: string, all: readonly Annotated[]): string | undefined {
  const parts = tail.split(/\s+(?:[|–—-]|::)\s+/).filter((part) => !/^(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+\/?$/i.test(part));
  if (parts.length <= 1) return parts[0];
  const shown = parts.find((part) => all.some((line) => line.text.length === part.length && line.text.toLowerCase() === part.toLowerCase()));
  return shown ?? parts[parts.length - 1];
}

/** A page-title line `Headline | Publication` (or ` - `, ` – `, ` — `). */
function titleSuffix(all: readonly Annotated[], headline: string): Found<string> | null {
  if (headline.length < 10) return null;
  for (const line of all) {
    if (line.text.length <= headline.length + 3 || !line.text.startsWith(headline)) continue;
    const rest = line.text.slice(headline.length);
    const m = /^\s*(?:[|–—-]|::)\s*(.{2,60})$/.exec(rest);
    const name = m ? publicationOf(m[1]!.trim(), all) : undefined;
    if (name && (isOrgName(name) || name.split(' ').length <= 5) && /^[\p{Lu}\d]/u.test(name)) {
      return found(name, 'extracted', line.text, line.no, 'medium');
    }
  }
  return null;
}
