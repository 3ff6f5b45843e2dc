import nlp from 'compromise';
import { foldCase } from './compareText.js';
import { stopWords } from './stopWords.js';

/* Heuristics about the shape of names, used by extractEntities. */

const NEXT_WORD = /^ (\p{Lu}[\p{L}-]*)(?:'s)?(?![\p{L}])/u;

/**
 * compromise stops "Kim Jong Un" at "Kim Jong" and "Lee Eun-pyung" at
 * "Lee": a capitalised word directly after a person's name, on the same
 * line and not a common word, month or day, is still part of the name.
 */
export function extendName(text: string, start: number, end: number): string {
  let stop = end;
  // A match ending in punctuation ends a sentence or clause: nothing to extend.
  if (/[^\p{L}]/u.test(text.charAt(end - 1))) return text.slice(start, end);
  for (let words = 0; words < 2; words++) {
    const next = NEXT_WORD.exec(text.slice(stop, stop + 40));
    const word = next?.[1];
    if (!next || word === undefined || stopWords.has(foldCase(word)) || isVerbLike(word)) break;
    stop += 1 + word.length;
  }
  return text.slice(start, stop);
}

let demonymSet: ReadonlySet<string> | null = null;

/** Every word compromise's lexicon knows as a demonym ("korean", "russian"), read once. */
export function lexiconDemonyms(): ReadonlySet<string> {
  if (demonymSet === null) {
    // compromise types its model as `object`; the lexicon maps a word to its tag(s).
    const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } };
    const lexicon = model.one?.lexicon ?? {};
    demonymSet = new Set(Object.keys(lexicon).filter((word) => ([] as string[]).concat(lexicon[word] ?? []).includes('Demonym')));
  }
  return demonymSet;
}

/** Memo of single-word tags: the answer for a word never changes, and nlp() costs ~1 ms. */
const verbLike = new Map<string, boolean>();

/** "Kim Wants Them" (a Title Case teaser): a verb or adjective is not part of a name. */
function isVerbLike(word: string): boolean {
  let answer = verbLike.get(word);
  if (answer === undefined) {
    answer = nlp(word).has('(#Verb|#Adjective)');
    if (verbLike.size < 10_000) verbLike.set(word, answer);
  }
  return answer;
}

/** The last word of a multi-word name, when long enough to be a surname. */
export function surname(name: string): string | null {
  const words = name.split(' ');
  const last = words[words.length - 1];
  return words.length > 1 && last !== undefined && last.length > 2 && !last.endsWith('.') ? last : null;
}
