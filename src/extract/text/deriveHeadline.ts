import { firstSentence } from './sentences.js';

/** Lead-ins that attribute rather than state: dropped from a derived headline. */
const LEAD_INS: readonly RegExp[] = [
  /^(?:according to|as reported by|as per|per)\s[^,]{1,80},\s*/i,
  /^it (?:has been|had been|was|is|has now been) (?:widely )?(?:reported|revealed|confirmed|announced|learned|learnt|claimed|alleged|said|understood)(?: by [^,]{1,60})? that\s+/i,
  /^(?:(?:new |recent |latest |media |news |unconfirmed )?reports|sources|officials|experts|analysts|(?:a|the|one) (?:new |recent |latest |fresh )?(?:[\p{Lu}]{2,5} |government |intelligence |media |news )?(?:report|study|survey|analysis|investigation|source))(?: [^,]{0,50}?)? (?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed|reveal|reveals|revealed|claim|claims|claimed|state|states|stated|found|finds|(?:have|has) (?:indicated|suggested|revealed|shown|claimed|found|said|stated))(?: that)?[,:]?\s+/iu,
  /^(?:reportedly|allegedly|apparently|officially),\s*/i,
];

/**
 * A wire dateline opening the lead (`WASHINGTON —`, `LONDON, March 3 (Reuters) -`,
 * `GAZA CITY (AP) —`): where the story was filed, not part of a headline.
 */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:, [\p{L} .]{1,30}?)?(?:, [\p{L}.]{3,9} \d{1,2})?(?: \([^)]{1,40}\))? ?[—–-]{1,2} ?(?=[\p{Lu}\d“"])/u;

/** Scene-setting openers (`In a rare display of emotion,`) dropped when a capitalised subject follows. */
const OPENER = /^(?:In|As|Following|After|Amid|Despite|During|Since|Before|With|On|At|Last|This|Earlier|Later|Over|Under|For|Speaking|Following)\b[^,]{3,100}(?:, (?:a|an|the|which|who|its|his|her)\b[^,]{0,80})?,\s+(?=[\p{Lu}])/u;

const PUNCTUATION = /, | — | – | -- |; |: /g;
const CONJUNCTION = / (?:while|after|as|but|which|amid|following|because|despite|where|when|though|although|even as|and that|saying|in a move|prompting|sparking|raising|according to|before|since|until|with) /g;
const WEEKDAY = / (?:on|early on|late on|last|this|by) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?\b/g;
const DANGLING = /\s+(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|as|that|which|who|its|their|his|her|is|are|was|were|be|been|has|have|had|not|but|into|onto|over|under|about|than)$/i;
/** `soldiers who have been deployed to` -> `soldiers deployed to`: headlines drop the relative pronoun and auxiliaries. */
const RELATIVE = /\b(?:who|that|which) (?:have|has|had) been (?=\p{Ll}+ed\b)/u;
/** Trailing time phrases a headline can do without. */
const TRAILING_TIME = /,? (?:for the first time|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:earlier |later )?this (?:week|month|year)|last (?:week|month|year|night)|yesterday|today)$/;
/** Longest a lead sentence may be and still stand as a headline uncut. */
const WHOLE = 125;

/** Drop attribution and scene-setting lead-ins, at most twice. */
function dropLeadIns(sentence: string): string {
  let s = sentence.replace(DATELINE, '');
  for (let pass = 0; pass < 2; pass++) {
    const before = s;
    for (const re of [...LEAD_INS, OPENER]) {
      const next = s.replace(re, '');
      if (next !== s && next.length >= 12) { s = next; break; }
    }
    if (s === before) break;
  }
  return s;
}

/** Whether position `at` lies inside a quotation. */
function insideQuote(s: string, at: number): boolean {
  const head = s.slice(0, at);
  const curly = (head.match(/[“]/g)?.length ?? 0) - (head.match(/[”]/g)?.length ?? 0);
  const straight = (head.match(/(?:^|[\s(])"|"(?=[\s,.;:!?)]|$)/g)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
}

/** The boundary between 50 and `max` characters nearest 100, not inside a quotation, or -1. */
function bestBoundary(s: string, boundary: RegExp, max = 110, after = false): number {
  let best = -1;
  for (const m of s.matchAll(boundary)) {
    const at = (m.index ?? 0) + (after ? m[0].length : 0);
    if (at < 50 || at > max || s.length - at < 15 || insideQuote(s, at)) continue;
    // `X, an aide to Y, said`: the comma closing a short insertion is no clause boundary.
    if (m[0] === ', ' && /, [^,]{1,35}$/.test(s.slice(0, at))) continue;
    if (best < 0 || Math.abs(at - 100) < Math.abs(best - 100)) best = at;
  }
  return best;
}

/** Cut a long sentence at its best clause boundary (punctuation first, then a conjunction), else at a word. */
function cutAtClause(s: string): string {
  const punct = bestBoundary(s, PUNCTUATION);
  if (punct > 0) return s.slice(0, punct);
  // `Thousands marched in the capital on Saturday to protest ...`: the news ends with its day.
  const day = bestBoundary(s, WEEKDAY, 110, true);
  if (day > 0) return s.slice(0, day);
  const word = bestBoundary(s, CONJUNCTION);
  if (word > 0) return s.slice(0, word);
  const late = bestBoundary(s, PUNCTUATION, WHOLE);
  if (late > 0) return s.slice(0, late);
  const space = s.slice(0, 110).lastIndexOf(' ');
  let cut = space > 40 ? space : 110;
  if (insideQuote(s, cut) || /^ [“"]/.test(s.slice(cut))) {
    // Finish the quotation rather than break it.
    const close = /[”"]/g;
    close.lastIndex = cut + 2;
    const m = close.exec(s);
    if (m && m.index < 140) cut = m.index + 1;
  }
  return cut >= s.length ? s : `${s.slice(0, cut).replace(DANGLING, '')}…`;
}

/**
 * Build a headline from a lead paragraph: its first sentence without
 * attribution lead-ins ("According to a recent report,", "It has been
 * reported that"), cut when longer than 125 characters at the clause
 * boundary nearest 100 (between 50 and 110, never inside a quotation, no
 * dangling article or preposition left), with a
 * capital first letter and no final full stop.
 */
export function deriveHeadline(paragraph: string): string {
  const sentence = firstSentence(paragraph.trim()).trim();
  let s = dropLeadIns(sentence).replace(/[.]+$/, '').trim();
  if (s.length > WHOLE) s = s.replace(RELATIVE, '');
  if (s.length > WHOLE) s = s.replace(TRAILING_TIME, '');
  if (s.length > WHOLE) s = cutAtClause(s);
  for (let pass = 0; pass < 4 && !s.endsWith('…'); pass++) s = s.replace(/[\s,;:—–-]+$/, '').replace(DANGLING, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return s === '' ? paragraph.trim().slice(0, 100) : s;
}
