import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../src/enrich/compareText.js';
import { stem, tokenize } from '../../../src/enrich/tokenize.js';

/** The original regex tokenizer: the hand-written scan must split exactly like it. */
function referenceTokenize(text: string): string[] {
  const words: string[] = [];
  for (const part of foldCase(text).split(/[^\p{L}\p{N}'’]+/u)) {
    let word = part;
    if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
    if (word.length > 0) words.push(referenceStem(word));
  }
  return words;
}

function referenceStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const pieces = ['Russia’s', "O'Neill's", 'casualties', 'press', 'virus', 'crisis', 'soldiers', '2024', '٣٤', 'Ⅻ', 'ﬁnance',
  'İstanbul', 'Zürich', '𝐀𝐁𝐂', '😀', '\ud800', '\udc00x', '—', ' ', '\n', ',', "'", '’s', "''s", 'ß', 'ǅ', 'e\u0301', '中文', '-'];

describe('tokenize', () => {
  it('folds case, drops possessives and stems plurals', () => {
    expect(tokenize("Russia's soldiers and casualties: the press, a virus, a crisis")).toEqual(
      ['russia', 'soldier', 'and', 'casualty', 'the', 'press', 'a', 'virus', 'a', 'crisis'],
    );
  });

  it('splits on any non-letter, non-digit character of any script, by code point', () => {
    expect(tokenize('Zürich—İstanbul 😀 𝐀𝐁𝐂 ٣٤')).toEqual(referenceTokenize('Zürich—İstanbul 😀 𝐀𝐁𝐂 ٣٤'));
  });

  it('splits exactly like the regex tokenizer on arbitrary text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (value) => {
      expect(tokenize(value)).toEqual(referenceTokenize(value));
    }), { numRuns: 2000 });
  });

  it('stems like the regex rules', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('s', 'i', 'e', 'u', 'a', 'b') }), (word) => {
      expect(stem(word)).toBe(referenceStem(word));
    }), { numRuns: 2000 });
  });
});
