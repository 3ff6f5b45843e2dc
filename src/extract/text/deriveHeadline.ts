import { firstSentence } from './sentences.js';

/** Lead-ins that attribute rather than state: dropped from a derived headline. */
const LEAD_INS: readonly RegExp[] = [
  /^(?:according to|as reported by|as per|per)\s[^,]{1,80},\s*/i,
  /^it (?:has been|had been|was|is|has now been) (?:widely )?(?:reported|revealed|confirmed|announced|learned|learnt|claimed|alleged|said|understood)(?: by [^,]{1,60})? that\s+/i,
  /^(?:(?:new |recent |latest |media |news |unconfirmed )?reports|sources|officials|experts|analysts|(?:a|the|one) (?:new |recent |latest |fresh )?(?:[\p{Lu}]{2,5} |government |intelligence |media |news )?(?:report|study|survey|analysis|investigation|source))(?: [^,]{0,50}?)? (?:say|says|said|suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed|reveal|reveals|revealed|claim|claims|claimed|state|states|stated|found|finds|(?:have|has) (?:indicated|suggested|revealed|shown|claimed|found|said|stated))(?: that)?[,:]?\s+/iu,
  /^(?:reportedly|allegedly|apparently|officially),\s*/i,
];

/** Scene-setting openers (`In a rare display of emotion,`) dropped when a capitalised subject follows. */
const OPENER = /^(?:In|As|Following|After|Amid|Despite|During|Since|Before|With|On|At|Last|This|Earlier|Later|Over|Under|For|Speaking|Following)\b[^,]{3,100}(?:, (?:a|an|the|which|who|its|his|her)\b[^,]{0,80})?,\s+(?=[\p{Lu}])/u;

const PUNCTUATION = /, | — | – | -- |; |: /g;
const CONJUNCTION = / (?:while|after|as|but|which|amid|following|because|despite|where|when|though|although|even as|in a move|prompting|sparking|raising|according to) /g;
const DANGLING = /\s+(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|as|that|which|who|its|their|his|her|is|are|was|were)$/i;

/** Drop attribution and scene-setting lead-ins, at most twice. */
function dropLeadIns(sentence: string): string {
  let s = sentence;
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

/** Position of the boundary nearest 100 characters (45-150, leaving a real clause behind), or -1. */
function nearest100(s: string, boundary: RegExp): number {
  let best = -1;
  for (const m of s.matchAll(boundary)) {
    const at = m.index ?? 0;
    if (at < 45 || at > 150 || s.length - at < 25) continue;
    if (best < 0 || Math.abs(at - 100) < Math.abs(best - 100)) best = at;
  }
  return best;
}

/** Cut a long sentence at the clause boundary nearest 100 characters. */
function cutAtClause(s: string): string {
  const best = nearest100(s, PUNCTUATION);
  if (best > 0) return s.slice(0, best);
  if (s.length <= 170) return s;
  const word = nearest100(s, CONJUNCTION);
  if (word > 0) return s.slice(0, word);
  const hard = s.slice(0, 110);
  const space = hard.lastIndexOf(' ');
  return `${(space > 40 ? hard.slice(0, space) : hard).replace(DANGLING, '')}…`;
}

/**
 * Build a headline from a lead paragraph: its first sentence without
 * attribution lead-ins ("According to a recent report,", "It has been
 * reported that"), cut at a clause boundary near 100 characters, with a
 * capital first letter and no final full stop.
 */
export function deriveHeadline(paragraph: string): string {
  const sentence = firstSentence(paragraph.trim()).trim();
  let s = dropLeadIns(sentence).replace(/[.]+$/, '').trim();
  if (s.length > 120) s = cutAtClause(s);
  s = s.replace(/[\s,;:—–-]+$/, '');
  while (!s.endsWith('…') && DANGLING.test(s)) s = s.replace(DANGLING, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return s === '' ? paragraph.trim().slice(0, 100) : s;
}
