import { foldCase } from './compareText.js';
import { APOSTROPHE, ASCII_CLASSES, classOfCodePoint, classOfUnit, SEPARATOR } from './charClasses.js';

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
 * Receives one word-like run of `folded` (`start` to `end`, code units);
 * `apostrophes` says whether it holds any.
 */
type PartVisitor = (folded: string, start: number, end: number, apostrophes: boolean) => void;

/**
 * Find the runs of letters, digits and apostrophes (Unicode classes, by
 * code point) in an already case-folded text. A hand-written scan: this
 * runs over every text twice, and a Unicode regex split cost more than
 * all the rest of the similarity work.
 */
function scanParts(folded: string, visit: PartVisitor): void {
  const length = folded.length;
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
      kind = code < 0x80 ? (ASCII_CLASSES[code] ?? SEPARATOR) : classOfUnit(code);
    }
    if (kind === SEPARATOR) {
      if (start >= 0) visit(folded, start, i, apostrophes);
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      apostrophes = false;
    }
    if (kind === APOSTROPHE) apostrophes = true;
    i += width - 1;
  }
  if (start >= 0) visit(folded, start, length, apostrophes);
}

/** The token a run stands for ('' when nothing is left): possessive `'s` and apostrophes dropped, stemmed. */
export function partToken(part: string, apostrophes: boolean): string {
  const word = apostrophes ? part.replace(/['’]s$/u, '').replace(/['’]/gu, '') : part;
  return word.length > 0 ? stem(word) : '';
}

/**
 * Split text into case-folded, stemmed words; possessive `'s` is dropped,
 * so "Russia's" and "Russia" are the same token. A word is a run of
 * letters, digits and apostrophes (Unicode classes, by code point).
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  scanParts(foldCase(text), (folded, start, end, apostrophes) => {
    const word = partToken(folded.slice(start, end), apostrophes);
    if (word !== '') words.push(word);
  });
  return words;
}
