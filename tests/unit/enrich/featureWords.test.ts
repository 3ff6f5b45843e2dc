import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordScratch, numberWords } from '../../../src/enrich/featureWords.js';
import { createPartTable } from '../../../src/enrich/partTable.js';
import { tokenize } from '../../../src/enrich/tokenize.js';

/** Tokens of `text` through numberWords (every token numbered, none skipped), with one table shared across calls. */
function tokensVia(skipUpTo = 0): (text: string) => string[] {
  const parts = createPartTable();
  const scratch = createWordScratch();
  const tokens: string[] = [];
  const ids = new Map<string, number>();
  const number = (token: string): number => {
    let id = ids.get(token);
    if (id === undefined) {
      id = tokens.length;
      tokens.push(token);
      ids.set(token, id);
    }
    return id;
  };
  return (text) => {
    const count = numberWords(text, parts, number, scratch, skipUpTo);
    return Array.from(scratch.out.subarray(0, count), (id) => tokens[id] ?? '?');
  };
}

const pieces = ['Russia’s', "O'NEILL'S", 'CASUALTIES', 'Press', 'ΟΔΥΣΣΕΥΣ', 'Σ', 'ΣA', 'İstanbul', 'ǅ', 'ẞ', 'ﬁnance', 'Ⅻ', '²',
  '𐐀𐐁', '𝐀𝐁𝐂', '😀', '\ud800', '\udc00x', 'e\u0301', 'A\u030a', '—', ' ', '\n', ',', "'", '’s', '٣٤', 'ＡＢＣ', '中文', 'ﾃｽﾄ'];

describe('numberWords', () => {
  it('finds the tokens tokenize finds, in order', () => {
    const via = tokensVia();
    expect(via("Russia's SOLDIERS and casualties")).toEqual(['russia', 'soldier', 'and', 'casualty']);
    expect(via('ΟΔΥΣΣΕΥΣ İstanbul')).toEqual(tokenize('ΟΔΥΣΣΕΥΣ İstanbul'));
  });

  it('finds exactly the tokens of tokenize on arbitrary text, whatever was seen before', () => {
    const via = tokensVia();
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'binary' })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (value) => {
      expect(via(value)).toEqual(tokenize(value));
    }), { numRuns: 3000 });
  });

  it('loses no token longer than the runs it skips', () => {
    const via = tokensVia(2);
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces, 'a', 'of', "it's", 'flies', 'ties', 'bus'), fc.string({ unit: 'binary' })), { maxLength: 30 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(text, (value) => {
      const long = (tokens: string[]): string[] => tokens.filter((token) => token.length > 2);
      expect(long(via(value))).toEqual(long(tokenize(value)));
    }), { numRuns: 2000 });
  });

  it('handles a run longer than any argument list', () => {
    const long = 'Ab'.repeat(50_000);
    expect(tokensVia()(`${long} x`)).toEqual(tokenize(`${long} x`));
  });
});
