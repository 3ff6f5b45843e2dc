/**
 * Honorifics, ranks and offices that precede names in news copy
 * ("Lt. Col. Charlie Dietz", "President Vladimir Putin"). They are not
 * part of the name: the same person is "Mr Zelensky" in one paragraph and
 * "President Zelensky" in the next. Matched case-insensitively, with or
 * without a trailing full stop.
 */
const TITLES = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother
  president vice president-elect pm chairman chairwoman chair premier chancellor prime minister secretary
  foreign defence defense interior finance deputy minister governor mayor senator sen rep representative
  congressman congresswoman ambassador envoy spokesman spokeswoman spokesperson judge justice attorney general
  gen lt lieutenant col colonel maj major capt captain cmdr commander sgt sergeant cpl corporal pvt private
  adm admiral marshal army navy air force marine officer chief inspector detective king queen prince
  princess emperor sheikh pope cardinal bishop imam rabbi leader supreme crown former late the
  st saint ceo founder coach`.split(/\s+/u).filter(Boolean),
);

/** Legal-form suffixes of company names. */
const CORPORATE = /^(?:Inc|Ltd|Corp|Co|LLC|PLC|plc|AG|SA|GmbH|NV|BV|Group)\.?$/u;

/** Places and organisations only lose a leading article. */
const ARTICLES = new Set(['the']);

/** Words that are never an entity on their own. */
const JUNK = new Set(
  `i me my we us our you your he him his she her hers it its they them their this that these those who whom
  what which there here someone anyone everyone nobody people person man woman men women officials official
  sources source government state country city region today yesterday tomorrow monday tuesday wednesday
  thursday friday saturday sunday the a an and or but photo read more`.split(/\s+/u).filter(Boolean),
);

/** What is left of "the Justice Department" once "Justice" is taken for a title: not a person. */
const INSTITUTION_WORDS = new Set(['department', 'ministry', 'court', 'agency', 'office', 'police', 'government', 'army', 'navy',
  'council', 'committee', 'party', 'bank', 'university', 'house', 'senate', 'congress', 'parliament', 'administration']);

/** Connectors allowed in lower case inside a name ("Ministry of Defence", "Bank of England"). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'al', 'on', '&']);

/** What kind of entity a match is; titles are only stripped from people. */
export type EntityKind = 'people' | 'places' | 'organisations';

/**
 * Clean a name as compromise found it: normalise quotes, drop possessives
 * (`'s`, `’s`), surrounding punctuation, leading titles (people only) and
 * trailing common nouns ("North Korean workers" -> "North Korean"). A match
 * spanning a comma or an inner possessive ("Russia's Kursk region") is
 * split into its names.
 *
 * @returns the cleaned names (possibly none).
 */
export function cleanEntityName(raw: string, kind: EntityKind): string[] {
  // "People's Army" is one organisation; "Russia's Kursk region" is two places.
  const separators = kind === 'organisations' ? /,|;|\s[—–]\s/u : /,|;|'s\s|\s[—–]\s/u;
  const parts = raw.replace(/[’‘`]/gu, "'").replace(/\\(?=['"])/gu, '').split(separators);
  const names: string[] = [];
  for (const part of parts) {
    const name = cleanPart(part, kind);
    if (name !== null) names.push(name);
  }
  return names;
}

function cleanPart(raw: string, kind: EntityKind): string | null {
  let words = raw
    .replace(/[“”"()[\]{}<>|*_]/gu, ' ')
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}&]+/u, '').replace(/[^\p{L}\p{N}.&]+$/u, ''))
    .filter((word) => word !== '');
  const titles = kind === 'people' ? TITLES : ARTICLES;
  while (words.length > 0 && titles.has(stripDot(words[0] as string).toLowerCase())) words = words.slice(1);
  // A name ends at its last capitalised word: what follows is a common noun.
  while (words.length > 0 && !isCapitalised(words[words.length - 1] as string)) words = words.slice(0, -1);
  const tail = words.length - 1;
  if (tail >= 0) words[tail] = (words[tail] as string).replace(/'s$/iu, '');
  while (words.length > 0 && CONNECTORS.has((words[0] as string).toLowerCase())) words = words.slice(1);
  if (words.length === 0) return null;
  if (words.some((word) => !isCapitalised(word) && !CONNECTORS.has(word.toLowerCase()))) return null;
  // Keep the stop of an abbreviation ("U.S.") but not a sentence's full stop ("Russia.").
  const last = words[words.length - 1] as string;
  if (last.endsWith('.') && !/\.\p{L}\.$|^\p{Lu}\.$/u.test(last)) words[words.length - 1] = last.slice(0, -1);
  // "Apple Inc." and "Apple" are one company; the text mostly says "Apple".
  if (kind === 'organisations' && words.length > 1 && CORPORATE.test(words[words.length - 1] as string)) words = words.slice(0, -1);
  const name = words.join(' ');
  if (!/\p{L}{2}|\p{L}\.\p{L}/u.test(name)) return null;
  if (words.length === 1 && (JUNK.has(name.toLowerCase()) || (kind === 'people' && INSTITUTION_WORDS.has(name.toLowerCase())))) return null;
  return name;
}

function stripDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Starts with an upper-case letter or a digit ("7-Eleven", "3M"). */
function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
