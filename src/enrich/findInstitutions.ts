import { foldCase } from './compareText.js';
import { stopWords } from './stopWords.js';

/** Nouns that head the name of an institution ("... Ministry", "Bank of ..."). */
const HEADS = `Ministry Department Bank University Institute Office Agency Council Court Commission Committee
Federation Association Party Union Bureau Service Authority Organisation Organization Foundation Corporation
Museum Society League Board Parliament Assembly Senate Congress Fund Forces Guard Police Command Fleet
Academy College Hospital Company Group Times Post Journal Network Alliance Coalition Front Movement
Church Administration Secretariat Directorate Ministries Programme Program Council`.split(/\s+/u).filter(Boolean);
const CAP = String.raw`\p{Lu}[\p{L}'.&-]*`;
const INSTITUTION = new RegExp(
  String.raw`(?<![\p{L}])((?:${CAP} ){0,4}(?:${HEADS.join('|')})(?: of(?: the)? ${CAP}(?: (?:and |& )?${CAP}){0,4})?)(?![\p{L}])`,
  'gu',
);

/**
 * Organisations named the way institutions are: capitalised words around
 * a head noun ("National Intelligence Service", "Bank of England",
 * "Ministry of Emergency Management"). compromise knows few of them, and
 * often returns only a fragment ("Emergency Management").
 *
 * @returns names in order of appearance (repeats kept)
 */
export function findInstitutions(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(INSTITUTION)) {
    const words = (match[1] ?? '').split(' ');
    // A sentence may start with "The" or "In"; those are not part of the name.
    while (words.length > 0 && stopWords.has(foldCase(words[0] ?? ''))) words.shift();
    // A full stop ends the sentence unless the word is an abbreviation ("U.S.").
    const last = words[words.length - 1];
    if (last !== undefined && last.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(last)) words[words.length - 1] = last.slice(0, -1);
    if (words.length >= 2) names.push(words.join(' '));
  }
  return names;
}
