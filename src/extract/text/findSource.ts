import type { Confidence } from '../../types.js';
import { isCapitalisedName, isOrgName, isPersonName, unshout, wireName } from './names.js';

/**
 * What named the publication, which decides how far it is trusted:
 * `agency` a wire dateline, `release` a press-release distribution wire
 * (`/PRNewswire/`), `issuer` the organisation that issued a release,
 * `company` a copyright holder written as a company (often a group
 * publisher rather than the masthead), `outlet` any other chrome.
 */
export type SourceKind = 'agency' | 'release' | 'issuer' | 'company' | 'outlet';

/** A publication name read from one line. */
export interface SourceHit {
  readonly source: string;
  readonly confidence: Confidence;
  /** Lines of this kind are chrome, not body (a wire dateline is body). */
  readonly chrome: boolean;
  readonly kind: SourceKind;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// `CITY, date (Agency) -`, or a date alone before the agency (`Jan. 22 (UPI) --`).
const WIRE_DATELINE = new RegExp(String.raw`^(?:[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,[^()]{1,40})?\s*|${MONTH} \d{1,2}(?:, \d{4})?\s*)?`
  + String.raw`\((\p{L}[\p{L} .&-]{0,30}?)\)\s*(?:-{1,2}|—|–|:)\s*`, 'u');
const RELEASE = /\/\s?((?:PR ?Newswire|Business ?Wire|GLOBE ?NEWSWIRE|Globe ?Newswire|Cision|Accesswire|ACCESSWIRE|EIN Presswire|PRWeb|Newsfile|Marketwired))\s?\/?/i;
const SOURCE_LINE = /^(?:source|sources|via|courtesy(?: of)?|publication|publisher|outlet)\s*:\s*(.{2,100})$/i;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(.{2,120})$/i;
/** A footer that puts the name before the mark: `The Example Chronicle © 2025`. */
const NAME_COPYRIGHT = /^(\p{Lu}[^:/|©]{1,60}?)\s*(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?[\s.,]*(?:all rights reserved\.?)?$/iu;
/** The closing line of a wire press release, `SOURCE Acme Foods Inc.`, names its issuer. */
const RELEASE_SOURCE = /^SOURCE\s+(\p{Lu}.{1,80})$/u;
const PROVIDED_BY = /^(?:news provided by\s*:?|(?:from|issued by)\s*:)\s*(.{2,80})$/i;
/** Legal forms of a company, which a copyright line adds to the trading name. */
const COMPANY_FORM = /,?\s+(?:FZ-?LLC|FZ LLC|FZE|FZCO|FZ-?CO|Pty\.? Ltd|Pvt\.? Ltd|Pte\.? Ltd|Sdn\.? Bhd|Bhd|Inc|Ltd|LLC|L\.L\.C|LLP|L\.P|LP|PLC|plc|GmbH|mbH|AG|KG|DAC|SA|S\.A|SAS|S\.A\.S|SpA|S\.p\.A|SRL|S\.r\.l|S\.L|NV|N\.V|BV|B\.V|AB|ASA|Oy|Sp\. z o\.o|s\.r\.o|a\.s|ApS|Limited|Corp|Corporation|Co)\.?$/;
/** Words naming a business rather than a title (`National World Publishing`, `Times Media Limited`). */
const CORPORATE_WORD = /\b(?:Publishing|Publications|Publishers|Group|Holdings|Enterprises|Corporation|Media Limited|Media Group)\b/;
/**
 * Words a company adds after its paper's name (`The Example Ledger
 * Company`, `Example Post Media`, `Example Review Newspapers`, `Example Herald News &
 * Media`).
 */
const CORPORATE_TAIL = /\s+(?:News (?:&|and) Media|Company|Companies|Co|Newspapers?|Media|Group|Holdings|Publishing|Publications|Publishers|Communications|Broadcasting|Enterprises|Verlag|Verlagsgesellschaft|Corporation)$/;
const BACK_HOME = /^(.{2,60}?)\s*(?:[-–—|:»]\s*)?back to (?:home|homepage|the homepage|front page|main page)$/i;
// The name runs to the end of the line or of its sentence (`... appeared in X. Sign up here`).
const APPEARED = /(?:appeared first on|originally (?:appeared|published) (?:on|in|at|by)|first (?:appeared|published) (?:on|in|at|by)|republished (?:from|with permission from))\s+(.{2,80}?)\.?(?:$|\.\s)/i;
/** `published in Portuguese`: a language, not a publication. */
const LANGUAGE = /^(?:English|Spanish|Portuguese|French|German|Italian|Dutch|Arabic|Chinese|Mandarin|Japanese|Korean|Russian|Turkish|Hindi|Urdu|Bengali|Indonesian|Malay|Vietnamese|Thai|Polish|Ukrainian|Greek|Hebrew|Persian|Swahili|Catalan|Swedish|Norwegian|Danish|Finnish|Czech|Hungarian|Romanian|Tagalog|the original language)$/i;
/** A paper's print line: `Published in The Example Ledger, May 17th, 2023`. */
const PRINT_LINE = /^(?:published|printed|appeared) in (?:print in )?(\p{Lu}[^,]{1,60}?),\s*(?:on\s+)?[^,]{0,20}\b\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\.?$/iu;
/**
 * A page saying what it is: `X is published by Y`, `X is owned and
 * operated by Y`, `X is a service of Y`, `X, a division of Y`.
 */
const OWNERSHIP = /^(\p{Lu}[^,.:|©]{1,60}?)(?:,| is)\s+(?:(?:published|owned(?: and operated)?|operated|produced) by|an? (?:service|division|publication|brand|property|subsidiary|product) of)\s+\p{Lu}/u;

/** Parenthesised labels that are story flags, not outlets (`LONDON (Updated) —`). */
const NOT_OUTLET = /^(?:updated?|corrected|correction|breaking|video|live|watch|photos?|exclusive|analysis|opinion|file|archive)$/i;

/** Host name of a URL, without `www.`. */
function hostOf(text: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#].*)?$/i.exec(text.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * `, Springfield, Ill` or `, 3 Front Street, Springfield, IL` closing a
 * holder: the address the paper is printed at, ending in a state (a short
 * or capitals word), never a legal form, which `COMPANY_FORM` reads.
 */
const PLACE_TAIL = /(?:,\s+[\p{Lu}\d][^,]{0,40}){1,3},\s+(?!(?:Inc|Ltd|LLC|LLP|Co|Corp|PLC|AG|SA|NV|BV|AB)\b)\p{Lu}\p{L}{1,4}\.?$/u;

/** Strip years, rights notices, a repeated `Copyright` and trailing punctuation from a copyright holder. */
function cleanHolder(text: string): string {
  return text
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b/g, '')
    .replace(/^[\s,.©-]+|[\s,.|-]+$/g, '')
    .replace(/^(?:copyright\b|©|\(c\))[\s©]*/i, '')
    // `Example Gazette | examplegazette.com`: the name, not what follows a separator.
    .replace(/\s+[|•·]\s.*$/, '')
    // `Example Herald B.V. - News from the Netherlands`: a tagline after a dash, once no year range is left to hold one.
    .replace(/\s+[-–—]\s+.*$/, '')
    // `Example Gazette. Published by Example Media Ltd.`, `Example Voice. Proudly powered by WordPress`: a credit sentence after the name.
    .replace(/\.\s+(?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:published|powered|designed|developed|hosted|built|owned|operated|run|produced|made)\s+(?:by|with)\b.*$/iu, '')
    // `The Example Times. Permission required for reproduction`, `WXYZ-TV. Springfield, Ohio. A ... station`:
    // the name is the first sentence (not after an abbreviation's stop: `Example Co. Ltd`).
    .replace(/(?<!\b\p{Lu}|\b(?:Co|Inc|Ltd|Corp|Bros|Jr|Sr|St|No))\.\s+\p{Lu}(?=[^.]*\p{Ll}).*$/u, '')
    // `The Example Courier, a division of Example Media LLC`: the paper, not its owner.
    .replace(/,\s+(?:an? |part of )[^,]*$/i, '')
    // `Example Media Ltd or its affiliated companies`: the group's hedge, not its name.
    .replace(/\s+(?:and\/or|or|and) its (?:affiliated companies|affiliates|subsidiaries|licensors|group companies)\b.*$/i, '')
    // `Example Herald Sdn Bhd (200501012345)`: a company's registration number after its legal form.
    .replace(/\s*\((?:(?:reg(?:istration)?|company|co)\.?\s*(?:no\.?|number)?\s*:?\s*)?[\dA-Z-]*\d{5,}[\dA-Z-]*\)$/i, '')
    // `The Example Ledger, Springfield, Ill`: the town and state the paper is printed in.
    .replace(PLACE_TAIL, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Whether the words before a trailing `©` are a publication's name: every
 * word capitalised (`All photographs are subject to copyright` is a
 * sentence), and not a person's name, which is a photographer's credit.
 */
function isMarkHolder(text: string): boolean {
  return isCapitalisedName(text) && (isOrgName(text) || !isPersonName(text));
}


/**
 * A copyright holder as the outlet: the legal form dropped (`The Example
 * Times Ltd` -> `The Example Times`), and marked `company` when it read as
 * a business, since a group publisher often owns many mastheads.
 */
function holderHit(holder: string): SourceHit | null {
  const name = holder.replace(COMPANY_FORM, '').replace(COMPANY_FORM, '').trim();
  // `A Example Media Station © 2024` describes the holder without naming it; `© Crown copyright` is a licence.
  if (!plausible(name) || /^an?\s/i.test(name) || /^crown(?: copyright)?$/i.test(name)) return null;
  const paper = paperOf(name);
  const company = name !== holder || paper !== null || CORPORATE_WORD.test(name);
  return { source: unshout(paper ?? name), confidence: 'medium', chrome: true, kind: company ? 'company' : 'outlet' };
}

/**
 * The paper's name inside its company's (`The Example Ledger Company`,
 * `Example Review Newspapers`): the name left once the corporate words
 * after it are dropped, if that ends in a newspaper word. A group's own
 * name (`Example Media Group`) has none and stays as it is.
 */
function paperOf(company: string): string | null {
  let rest = company;
  for (let k = 0; k < 3; k++) {
    const tail = CORPORATE_TAIL.exec(rest);
    if (!tail) return null;
    rest = rest.slice(0, tail.index);
    if (isOrgName(rest) && !CORPORATE_TAIL.test(rest)) return rest;
  }
  return null;
}

/** Whether a candidate name is plausible: short, capitalised, not a sentence. */
function plausible(name: string): boolean {
  return name.length >= 2 && name.length <= 60 && /^[\p{Lu}\d]/u.test(name) && name.split(/\s+/).length <= 7 && !/[.!?]$/.test(name.replace(/\b(?:Inc|Ltd|Co|Corp)\.$/, ''));
}

/** A wire dateline `CITY (Agency) -` or press-release `/PRNewswire/` at the start of a paragraph. */
function wireOnly(text: string): SourceHit | null {
  const paren = text.indexOf('(');
  if (paren >= 0 && paren <= 90 && text.length > 60) {
    const wire = WIRE_DATELINE.exec(text);
    const inner = wire?.[1]?.trim() ?? '';
    // After an ALL-CAPS city, any capitalised name in parentheses is the outlet (`LAGOS (Metro Watch) —`).
    const cityLed = wire !== null && /^\p{Lu}{3,}/u.test(text) && !NOT_OUTLET.test(inner) && /^(?:The |the )?\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3}$/u.test(inner);
    const name = wire ? wireName(inner) ?? (isOrgName(inner) || cityLed ? inner : null) : null;
    if (name) return { source: name, confidence: 'high', chrome: false, kind: 'agency' };
  }
  const slash = text.indexOf('/');
  if (slash < 0 || slash > 120) return null;
  const release = RELEASE.exec(text.slice(0, 160));
  return release ? { source: release[1]!, confidence: 'high', chrome: false, kind: 'release' } : null;
}

/**
 * Read the publication from a line of page chrome or a wire dateline:
 * `CITY (Reuters) -`, `(AP) —`, `Source: X`, `© 2016 Publication`,
 * `Publication - Back to home`, `The post ... appeared first on X.`,
 * and a press release's issuer (`SOURCE Acme Foods Inc.`).
 */
export function findSource(text: string): SourceHit | null {
  if (text.length > 300) return wireOnly(text);
  const wire = wireOnly(text);
  if (wire) return wire;
  const src = SOURCE_LINE.exec(text);
  if (src) {
    const value = src[1]!.trim();
    const host = /^(?:https?:\/\/|www\.)/i.test(value) ? hostOf(value) : null;
    // `Source: Al Jazeera and news agencies`: the named outlet is the source, not the wire pool.
    const name = host ?? value.replace(/[.;]+$/, '').replace(/\s+(?:and|&|\+|with)\s+(?:(?:news|wire|other)\s+)?(?:agencies|wires|wire services)$/i, '');
    if (host || plausible(name)) return { source: wireName(name) ?? name, confidence: 'high', chrome: true, kind: 'outlet' };
  }
  const issuer = RELEASE_SOURCE.exec(text) ?? PROVIDED_BY.exec(text);
  // (`From: Jane Doe` heads a forwarded e-mail: a person is no issuer. `From: The Example Post <news@example.com>`: the sender's name.)
  const issuerName = issuer?.[1]!.replace(/\s*<[^<>\s]+@[^<>\s]+>$/, '').replace(/^["“](.+)["”]$/, '$1').trim();
  if (issuerName && plausible(issuerName) && !isPersonName(issuerName)) return { source: issuerName, confidence: 'high', chrome: true, kind: 'issuer' };
  // (Every line comes here: a substring test before the regex, whose alternatives all hold one of these.)
  const appeared = text.length <= 300 && (text.includes('ppeared') || text.includes('ublished')) ? APPEARED.exec(text) : null;
  if (appeared) {
    // `appeared in X's weekly newsletter`: the publication is X.
    // `appeared on X and is republished here with permission`: the name ends before the rest of the sentence.
    const name = appeared[1]!.replace(/\s+on\s+.*$/i, '').replace(/['’]s\s.*$/, '').replace(/,?\s+(?:and|which)\s+(?:is|was|has|are|were|republished|reprinted|appears)\b.*$/i, '').trim();
    // `First published on Tue 4 Mar 2025 15.45 GMT` names a time, not a publication.
    if (plausible(name) && !/\d{4}|\d[:.]\d{2}/.test(name) && !LANGUAGE.test(name)) return { source: name, confidence: 'medium', chrome: true, kind: 'outlet' };
  }
  const print = text.length <= 120 && /^(?:published|printed|appeared) in /i.test(text) ? PRINT_LINE.exec(text) : null;
  if (print && plausible(print[1]!)) return { source: print[1]!.trim(), confidence: 'high', chrome: true, kind: 'outlet' };
  const home = /back to/i.test(text) ? BACK_HOME.exec(text) : null;
  if (home && plausible(home[1]!.trim())) return { source: home[1]!.trim(), confidence: 'medium', chrome: true, kind: 'outlet' };
  if (text.length > 160 || !/©|\(c\)|copyright/i.test(text)) return null;
  return copyrightHit(text) ?? copyrightInSentences(text);
}

/** `© 2016 Publication` or `Publication © 2016`, the notice making up the line. */
function copyrightHit(text: string): SourceHit | null {
  const lead = /^(?:©|\(c\)|copyright)/i.test(text);
  const copy = lead ? COPYRIGHT.exec(text) : NAME_COPYRIGHT.exec(text);
  if (!copy || (!lead && !isMarkHolder(copy[1]!.trim()))) return null;
  return holderHit(cleanHolder(copy[1]!));
}

/**
 * The name before a trailing mark (`Example Austral © 2025. All rights
 * reserved.`) even when shaped like a person's, which `findSource` leaves
 * as a photographer's credit: the caller trusts it only if the page's top
 * shows the name too.
 */
export function nameBeforeMark(text: string): string | null {
  if (text.length > 160 || !text.includes('©')) return null;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    const copy = NAME_COPYRIGHT.exec(sentence);
    const name = copy ? cleanHolder(copy[1]!) : '';
    if (plausible(name) && isCapitalisedName(name)) return name;
  }
  return null;
}

/** What a notice says it covers, before the mark: `Text and design © X`. */
const COVERED = /^(?:all\s+)?(?:text|words|content|design|articles?|stories|text and (?:design|photos|images))\s+©\s*(.+)$/i;

/**
 * A footer of several sentences with the outlet's notice among them:
 * `All rights ... are reserved. Example News © 2023`, or `All photographs
 * © Jane Doe. Text and design © Example Atlas.` (a person's notice is a
 * photographer's, passed over).
 */
function copyrightInSentences(text: string): SourceHit | null {
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return null;
  for (const sentence of sentences) {
    if (!/©|\(c\)|copyright/i.test(sentence)) continue;
    const covered = COVERED.exec(sentence.replace(/\.$/, ''));
    const hit = covered ? holderHit(cleanHolder(covered[1]!)) : copyrightHit(sentence);
    if (hit && !isPersonName(hit.source)) return hit;
  }
  return null;
}

/**
 * `X is published by Y`, `X, a division of Y`: the page says it is X. The
 * caller reads only the footer, and trusts X only if the page's top shows
 * it too (`The Example House is published by ...` in a review is a book).
 */
export function ownershipName(text: string): string | null {
  const m = text.length <= 200 ? OWNERSHIP.exec(text) : null;
  const name = m?.[1]!.trim();
  return name && plausible(name) && isCapitalisedName(name) ? unshout(name) : null;
}
