import nlp from 'compromise';
import type { Entities } from '../types.js';
import { cleanEntityName, type EntityKind } from './cleanEntityName.js';
import { compareText, foldCase } from './compareText.js';
import { findAttributedPeople } from './findAttributedPeople.js';
import { findInstitutions } from './findInstitutions.js';
import { mergeEntityNames } from './mergeEntityNames.js';
import { extendName, lexiconDemonyms, surname } from './nameShape.js';
import { containsWord, isBoundary } from './wordBoundary.js';

/**
 * compromise tags about 8-15 µs per character, so only the headline and
 * the first characters of the text are tagged. News is written as an
 * inverted pyramid: the people, places and organisations of a story are
 * named in its opening paragraphs. Attributed people ("X said") are found
 * in the whole text, and mentions are counted over the whole text.
 */
export const ENTITY_SCAN_CHARS = 1500;
/** Credit lines ("Reporting by ...; Editing by ...") name the newsroom, not the story. */
const CREDIT_LINE = /^[ \t(]*(?:additional )?(?:reporting|writing|editing|written|compiled|edited|photos?|photography|graphics)\b[^\n]*\bby\b[^\n]*$/gimu;
/** At most this many entities of each kind per article. */
const MAX_PER_KIND = 10;
/** An entity not in the headline must be mentioned this often (headline mentions count)... */
const MIN_MENTIONS = 2;
/** ... unless the text is a brief this short, where one mention is all a name gets. */
const BRIEF_WORDS = 150;

interface Match {
  readonly text: string;
  readonly offset: { readonly start: number; readonly length: number };
}

export { hasEntities } from './hasEntities.js';

/**
 * The people, places and organisations of an article, cleaned (titles,
 * possessives and punctuation removed; "Dietz" merged into "Charlie
 * Dietz"), kept when mentioned at least twice (once in a brief) or named
 * in the headline, at most ten per kind, most mentioned first, ties by name.
 */
export function extractEntities(text: string, headline: string): Entities {
  const full = normaliseQuotes(`${headline}\n\n${text.replace(CREDIT_LINE, '')}`);
  // A Title Case headline makes every word look like a name; a sentence-case one reads like the body.
  const trusted = isTitleCase(headline) ? headline.length + 2 : 0;
  const { found, inBody, attributed } = findCandidates(full, trusted, headline.length + 2 + Math.min(text.length, ENTITY_SCAN_CHARS));
  const minMentions = text.split(/\s+/u).length < BRIEF_WORDS ? 1 : MIN_MENTIONS;
  const taken = new Set<string>();
  const pick = (kind: EntityKind): string[] => {
    const others = (Object.keys(found) as EntityKind[]).filter((other) => other !== kind).flatMap((other) => found[other]);
    const headlineText = maskNames(normaliseQuotes(headline), others.filter((name) => name.includes(' ')));
    const picked = mergeEntityNames(found[kind], full, others)
      .filter((entity) => {
        // Title Case makes every headline word look like a name: a name only the headline yields needs a second mention.
        const fromBody = entity.forms.some((form) => inBody.has(foldCase(form)));
        const inHeadline = entity.forms.some((form) => containsWord(headlineText, form));
        // A person quoted or introduced by role ("spokesperson Jane Doe said") matters even if named once.
        const quoted = entity.forms.some((form) => attributed.has(foldCase(form)));
        return fromBody ? entity.mentions >= minMentions || inHeadline || quoted : entity.mentions >= MIN_MENTIONS;
      })
      // compromise sometimes files one name under two kinds: people win, then places.
      .filter((entity) => !taken.has(foldCase(entity.name)))
      .sort((a, b) => b.mentions - a.mentions || compareText(a.name, b.name))
      .slice(0, MAX_PER_KIND)
      .map((entity) => entity.name);
    for (const name of picked) taken.add(foldCase(name));
    return picked;
  };
  return { people: pick('people'), places: pick('places'), organisations: pick('organisations') };
}

/**
 * Cleaned candidate names of each kind (repeats kept), and which of them
 * were found in the body rather than only in the headline.
 *
 * @param full headline, blank line, text (quotes normalised)
 * @param bodyStart where reliable text starts in `full` (0 when the headline is a plain sentence)
 * @param scanEnd how much of `full` compromise tags
 */
function findCandidates(full: string, bodyStart: number, scanEnd: number): { found: Record<EntityKind, string[]>; inBody: Set<string>; attributed: Set<string> } {
  const scanned = full.slice(0, cutAt(full, scanEnd));
  const doc = nlp(scanned);
  // "North Korean military" is tagged an organisation; a name ending in a demonym is an adjective.
  const demonyms = new Set((doc.match('#Demonym').out('array') as string[]).map((word) => foldCase(word.replace(/[^\p{L}]/gu, ''))));
  const notDemonym = (name: string): boolean => {
    const last = foldCase(name.split(' ').pop() ?? '');
    return !demonyms.has(last) && !lexiconDemonyms().has(last);
  };
  const matches = (view: { json(options: object): unknown }): Match[] => view.json({ offset: true, terms: false }) as Match[];
  const inBody = new Set<string>();
  const clean = (kind: EntityKind) => (match: Match): string[] => {
    const names = cleanEntityName(match.text, kind);
    if (match.offset.start >= bodyStart) for (const name of names) inBody.add(foldCase(name));
    return names;
  };
  const body = full.slice(bodyStart);
  const places = matches(doc.places()).flatMap(clean('places')).filter(notDemonym);
  const institutions = findInstitutions(body).flatMap((raw) => cleanEntityName(raw, 'organisations'));
  const organisations = matches(doc.organizations()).flatMap(clean('organisations')).concat(institutions).filter(notDemonym);
  const nonPeople = new Set([...places, ...organisations].map(foldCase));
  const attributed = findAttributedPeople(body).flatMap((raw) => cleanEntityName(raw, 'people')).filter((name) => !nonPeople.has(foldCase(name)));
  const people = matches(doc.people())
    // Headlines are in Title Case: every next word looks like part of a name there.
    .map((match) => (match.offset.start < bodyStart ? match : { ...match, text: extendName(scanned, match.offset.start, match.offset.start + match.offset.length) }))
    .flatMap(clean('people'))
    .concat(attributed)
    .filter(notDemonym);
  for (const name of [...institutions, ...attributed]) inBody.add(foldCase(name));
  // A surname alone ("Dietz said") is a mention of the full name.
  const surnames = people.map(surname).filter((name): name is string => name !== null);
  return { found: { people: people.concat(surnames), places, organisations }, inBody, attributed: new Set(attributed.map(foldCase)) };
}

function normaliseQuotes(value: string): string {
  return value.replace(/[’‘`]/gu, "'").replace(/\\(?=['"])/gu, '');
}

/** Blank out whole-word occurrences of `names` ("Bank of England" hides the place "England"). */
function maskNames(text: string, names: readonly string[]): string {
  let masked = text;
  for (const name of [...names].sort((a, b) => b.length - a.length || compareText(a, b))) {
    for (let at = masked.indexOf(name); at !== -1; at = masked.indexOf(name, at + name.length)) {
      if (isBoundary(masked, at - 1) && isBoundary(masked, at + name.length)) masked = masked.slice(0, at) + ' '.repeat(name.length) + masked.slice(at + name.length);
    }
  }
  return masked;
}

/** Most words of four letters or more capitalised: a Title Case headline, not a sentence. */
function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/u).filter((word) => /^\p{L}{4}/u.test(word));
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
}

/** Cut at the last whitespace before `limit`, so no word is split. */
function cutAt(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const space = text.lastIndexOf(' ', limit);
  return space > limit / 2 ? space : limit;
}
