import { foldCase } from './compareText.js';

/** Character classes of the tokenizer: part of a word, an apostrophe (kept inside words), or a separator. */
const WORD = 1;
const APOSTROPHE = 2;
const SEPARATOR = 3;
/** Letters and digits of any script (apostrophes are handled apart). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/**
 * Class per UTF-16 code unit, filled lazily (0 = not looked up yet): one
 * Unicode-property regex per distinct character instead of one regex run
 * per text. Surrogates are classified as code points, never from here.
 */
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(char: string): number {
  if (char === "'" || char === '’') return APOSTROPHE;
  return WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

function classOfUnit(code: number): number {
  let known = classes[code] ?? 0;
  if (known === 0) {
    known = classify(String.fromCharCode(code));
    classes[code] = known;
  }
  return known;
}

function classOfCodePoint(point: number): number {
  let known = astral.get(point);
  if (known === undefined) {
    known = classify(String.fromCodePoint(point));
    astral.set(point, known);
  }
  return known;
}

/**
 * Reduce a word to a crude stem so "soldiers" meets "soldier" and
 * "casualties" meets "casualty". Deliberately tiny: a real stemmer would
 * cost more than it brings for keyword matching and similarity.
 */
export function stem(word: string): string {
  const length = word.length;
  if (length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (length > 3 && word.charCodeAt(length - 1) === 0x73 /* s */) {
    // Not "-ss", "-us", "-is": "press", "virus", "crisis" are not plurals.
    const before = word.charCodeAt(length - 2);
    if (before !== 0x73 && before !== 0x75 && before !== 0x69) return word.slice(0, -1);
  }
  return word;
}

/**
 * Split text into case-folded, stemmed words; possessive `'s` is dropped,
 * so "Russia's" and "Russia" are the same token. A word is a run of
 * letters, digits and apostrophes (Unicode classes, by code point).
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  const folded = foldCase(text);
  const length = folded.length;
  // A hand-written scan: this runs over every text twice, and a Unicode
  // regex split cost more than all the rest of the similarity work.
  let start = -1;
  let apostrophes = false;
  for (let i = 0; i < length; i++) {
    const code = folded.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = folded.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        kind = classOfCodePoint((code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000);
        width = 2;
      } else {
        kind = SEPARATOR; // a lone surrogate is no letter
      }
    } else {
      kind = classOfUnit(code);
    }
    if (kind === SEPARATOR) {
      if (start >= 0) pushWord(words, folded.slice(start, i), apostrophes);
      start = -1;
    } else {
      if (start < 0) {
        start = i;
        apostrophes = false;
      }
      if (kind === APOSTROPHE) apostrophes = true;
    }
    i += width - 1;
  }
  if (start >= 0) pushWord(words, folded.slice(start), apostrophes);
  return words;
}

function pushWord(words: string[], part: string, apostrophes: boolean): void {
  const word = apostrophes ? part.replace(/['’]s$/u, '').replace(/['’]/gu, '') : part;
  if (word.length > 0) words.push(stem(word));
}
