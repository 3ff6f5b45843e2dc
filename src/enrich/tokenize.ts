import { foldCase } from './compareText.js';

/** Anything that is not part of a word (apostrophes are, for possessives). */
const NON_WORD = /[^\p{L}\p{N}'’]+/u;

/**
 * Reduce a word to a crude stem so "soldiers" meets "soldier" and
 * "casualties" meets "casualty". Deliberately tiny: a real stemmer would
 * cost more than it brings for keyword matching and similarity.
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Split text into case-folded, stemmed words; possessive `'s` is dropped,
 * so "Russia's" and "Russia" are the same token.
 */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  // split() allocates far less than matchAll(): this runs over every text twice.
  for (const part of foldCase(text).split(NON_WORD)) {
    let word = part;
    if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
    if (word.length > 0) words.push(stem(word));
  }
  return words;
}
