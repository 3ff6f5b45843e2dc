import { describe, expect, it } from 'vitest';
import { applyOverrides, overrideFields, parseOverrides } from '../../../src/extract/overrides.js';
import type { ExtractedArticle } from '../../../src/types.js';

const none = { method: 'none', confidence: 'low' } as const;
const article: ExtractedArticle = {
  headline: 'Extracted headline', dek: null, date: '2024-01-01', source: null, author: 'Someone', section: null,
  topics: ['A'], slug: null, body: { kind: 'text', blocks: [] }, text: 'Body.', line: 1,
  provenance: { headline: { method: 'extracted', confidence: 'medium', line: 1 }, dek: none, date: { method: 'inferred', confidence: 'low' }, source: none, author: none, section: none },
};
const parse = (raw: string) => parseOverrides({ path: 'a.txt.meta.yml', raw });

describe('parseOverrides', () => {
  it('reads top-level fields and a map of items', () => {
    const r = parse('headline: Fixed\ndate: 2024-11-08\nitems:\n  2:\n    headline: Second\n  3: { draft: true }\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.fields).toMatchObject({ headline: 'Fixed', date: '2024-11-08', lines: { headline: 1, date: 2 } });
    expect(r.value?.items.get(2)).toMatchObject({ headline: 'Second', lines: { headline: 5 } });
    expect(r.value?.items.get(3)).toMatchObject({ draft: true });
  });

  it('reads items given as a list, ~ leaving an item alone', () => {
    const r = parse('items:\n  - headline: One\n  - ~\n  - { headline: Three }\n');
    expect([...r.value!.items.keys()]).toEqual([1, 3]);
    expect(r.value?.items.get(3)?.headline).toBe('Three');
  });

  it('accepts an empty sidecar', () => {
    expect(parse('').value?.items.size).toBe(0);
    expect(parse('# nothing\n').diagnostics).toEqual([]);
  });

  it('reports bad YAML in the sidecar with its line', () => {
    const r = parse('headline: "open\nsource: x\n');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/invalid', file: 'a.txt.meta.yml' });
    expect(r.diagnostics[0]?.message).toMatch(/^Sidecar a\.txt\.meta\.yml is not valid YAML/);
  });

  it('rejects a sidecar that is not a mapping', () => {
    expect(parse('- a\n- b\n').diagnostics[0]).toMatchObject({ code: 'overrides/invalid', severity: 'error' });
  });

  it('refuses custom tags in a sidecar', () => {
    expect(parse('headline: !!js/function "function(){}"\n').diagnostics[0]?.code).toBe('front-matter/refused-tag');
  });

  it('reports bad item entries and keeps the good ones', () => {
    const r = parse('items:\n  two: { headline: X }\n  0: { headline: Y }\n  3: just text\n  4: { headline: Four }\n');
    expect(r.diagnostics.map((d) => [d.code, d.line]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([['overrides/bad-item', 2], ['overrides/bad-item', 3], ['overrides/bad-item', 4]]);
    expect([...r.value!.items.keys()]).toEqual([4]);
  });

  it('validates item fields like front matter, with their lines', () => {
    const r = parse('items:\n  1:\n    date: 2024-02-30\n    headlin: X\n');
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['front-matter/invalid-date', 3], ['front-matter/unknown-key', 4]]);
  });
});

describe('applyOverrides', () => {
  it('lets stated fields win with provenance override/high and the sidecar as evidence', () => {
    const o = parse('headline: Fixed\nsource: Gazette\ntopics: [B, C]\nslug: fixed\n').value!;
    const out = applyOverrides(article, o, null);
    expect(out).toMatchObject({ headline: 'Fixed', source: 'Gazette', topics: ['B', 'C'], slug: 'fixed', date: '2024-01-01', author: 'Someone' });
    expect(out.provenance.headline).toEqual({ method: 'override', confidence: 'high', evidence: 'a.txt.meta.yml' });
    expect(out.provenance.source).toEqual({ method: 'override', confidence: 'high', evidence: 'a.txt.meta.yml' });
    expect(out.provenance.date).toEqual({ method: 'inferred', confidence: 'low' });
    expect(article.headline).toBe('Extracted headline');
  });

  it('applies item fields to that digest item only, over top-level ones', () => {
    const o = parse('source: Gazette\nitems:\n  2: { headline: Second, source: Other }\n').value!;
    expect(applyOverrides(article, o, 1)).toMatchObject({ headline: 'Extracted headline', source: 'Gazette' });
    expect(applyOverrides(article, o, 2)).toMatchObject({ headline: 'Second', source: 'Other' });
  });

  it('does not apply a top-level headline, dek or slug to digest items', () => {
    const o = parse('headline: Same for all\ndek: D\nslug: s\nsource: Gazette\n').value!;
    expect(overrideFields(o, 2)).toEqual({ source: 'Gazette' });
    expect(applyOverrides(article, o, 2).headline).toBe('Extracted headline');
  });

  it('ignores a bad slug in a sidecar', () => {
    const r = parse('slug: ../../etc\n');
    expect(r.diagnostics[0]?.code).toBe('front-matter/bad-slug');
    expect(applyOverrides(article, r.value!, null).slug).toBeNull();
  });
});
