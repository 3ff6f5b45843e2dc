import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/extract/makeSlug.js';

const reference = (text: string): string =>
  slugify(text.slice(0, 400), { decamelize: false, lowercase: true }).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

describe('makeSlug clean', () => {
  it('gives what slugify gives for plain ASCII headlines', () => {
    for (const headline of ["Conway's Law: don't panic", 'U.S. jobs -- 3.5% up', "It's the 'best' year's end", 'A_B c\\d', 'Rock & roll ^ `x`', '  ']) {
      expect(clean(headline)).toBe(reference(headline));
    }
  });

  it('agrees with slugify on any printable ASCII text', () => {
    const text = fc.array(fc.constantFrom(...[...Array(95)].map((_, i) => String.fromCharCode(0x20 + i)), "'s", "'t", "n't "), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(clean(t)).toBe(reference(t));
    }), { numRuns: 5000 });
  });
});
