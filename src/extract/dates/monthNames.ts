/**
 * Month names (full and abbreviated) in English and the common European
 * languages seen in scraped news, lower-case, mapped to 1-12.
 */
const table: Record<number, readonly string[]> = {
  1: ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro', 'janv'],
  2: ['february', 'feb', 'febr', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  3: ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'maart', 'março', 'marco'],
  4: ['april', 'apr', 'avril', 'abril', 'aprile'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  7: ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'juil'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  10: ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'okt'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  12: ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'déc', 'dez', 'dic'],
};

const byName = new Map<string, number>();
for (const [month, names] of Object.entries(table)) {
  for (const name of names) byName.set(name, Number(month));
}

/** The month number (1-12) a month name or abbreviation stands for, or null. */
export function monthNumber(word: string): number | null {
  return byName.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
