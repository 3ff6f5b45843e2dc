/** Property tests (fast-check) for the slugger and for slug resolution. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DERIVED_SLUG_MAX, makeSlug } from '../../../src/extract/makeSlug.js';
import { resolveSlugs } from '../../../src/extract/resolveSlugs.js';
import { RESERVED_SLUGS, validateSlug } from '../../../src/extract/validateSlug.js';
import type { ArticleRecord } from '../../../src/types.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Any text: full Unicode, including CJK, RTL, emoji, controls and lone surrogates. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 300 }), fc.constantFrom('', '   ', '🎉🎉', '北京', 'CON', 'index', '---', '../..'));

describe('makeSlug (property)', () => {
  it('always matches ^[a-z0-9]+(-[a-z0-9]+)*$, is never empty, is bounded and never reserved', () => {
    fc.assert(fc.property(anyText, anyText, (text, id) => {
      const slug = makeSlug(text, id);
      expect(slug).toMatch(SLUG);
      expect(slug.length).toBeGreaterThan(0);
      expect(slug.length).toBeLessThanOrEqual(DERIVED_SLUG_MAX + '-article'.length);
      expect(RESERVED_SLUGS.has(slug)).toBe(false);
      expect(validateSlug(slug)).toBeNull();
    }), { numRuns: 2000 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(anyText, anyText, (text, id) => {
      expect(makeSlug(text, id)).toBe(makeSlug(text, id));
    }), { numRuns: 500 });
  });

  it('cuts long headlines at a word boundary', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 40 }), (words) => {
      const slug = makeSlug(words.join(' '), 'id');
      expect(slug.length).toBeLessThanOrEqual(DERIVED_SLUG_MAX);
      // Every word of the slug is a whole word of the headline (unless one word alone is too long).
      if (words.every((w) => w.length <= DERIVED_SLUG_MAX)) expect(slug.split('-').every((w, i) => w === words[i])).toBe(true);
    }));
  });
});

describe('resolveSlugs (property)', () => {
  const none = { method: 'none', confidence: 'low' } as const;
  const rec = (seed: string, slug: string): ArticleRecord => ({
    id: seed, slug, headline: seed, dek: null, date: null, source: null, author: null, section: null, topics: [],
    entities: { people: [], places: [], organisations: [] }, body: { kind: 'text', blocks: [] }, text: '', summary: '',
    wordCount: 0, seed, line: 1, digestIndex: null, provenance: { headline: none, dek: none, date: none, source: none, author: none, section: none },
  });
  const records = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}\.txt$/), fc.constantFrom('a', 'b', 'a-2', 'a-3', 'b-2')), { selector: (t) => t[0], maxLength: 30 })
    .map((ts) => ts.map(([seed, slug]) => rec(seed, slug)));

  it('always yields unique valid slugs, independent of input order', () => {
    fc.assert(fc.property(records, (input) => {
      const out = resolveSlugs(input).value;
      expect(new Set(out.map((r) => r.slug)).size).toBe(input.length);
      for (const r of out) expect(r.slug).toMatch(SLUG);
      const shuffled = [...input].reverse();
      const again = resolveSlugs(shuffled).value;
      const bySeed = (rs: readonly ArticleRecord[]) => Object.fromEntries(rs.map((r) => [r.seed, r.slug]));
      expect(bySeed(again)).toEqual(bySeed(out));
    }));
  });
});
