/**
 * Digest handling in extractSeed, isolated from the real plain-text
 * extractor (owned elsewhere) by a stand-in that splits on `* * *`.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '../../../src/types.js';

const CAPTION = 'A crowd gathers at the harbour as the first ships arrive in the morning.';

vi.mock('../../../src/extract/text/extractPlainText.js', () => ({
  extractPlainText: (raw: string) => {
    const none = { method: 'none', confidence: 'low' } as const;
    const parts = raw.split('\n* * *\n');
    let line = 1;
    const articles: ExtractedArticle[] = parts.map((part) => {
      const [headline = '', ...rest] = part.split('\n');
      const article: ExtractedArticle = {
        headline, dek: null, date: null, source: null, author: null, section: null, topics: [],
        slug: headline.startsWith('Third') ? '../third' : headline.startsWith('Second') ? 'stated-second' : null,
        body: { kind: 'text', blocks: [{ type: 'caption', text: CAPTION }, { type: 'paragraph', text: rest.join(' ') }] },
        text: [CAPTION, ...rest].join('\n'), line,
        provenance: { headline: { method: 'extracted', confidence: 'medium', line }, date: none, source: none, author: none, dek: none, section: none },
      };
      line += part.split('\n').length + 1;
      return article;
    });
    return { articles, diagnostics: [] };
  },
}));

const { extractSeed } = await import('../../../src/extract/extractSeed.js');

const raw = 'First brief\nText one is here.\n* * *\nSecond brief\nText two is here.\n* * *\nThird brief\nText three is here.';
const seed = (sidecar: string | null) => ({
  path: 'digests/d.txt', kind: 'text' as const, raw, bytes: new Uint8Array(), hash: '', encoding: 'utf-8' as const,
  sidecar: sidecar === null ? null : { path: 'digests/d.meta.yml', raw: sidecar },
});

const out0 = () => extractSeed(seed(null));

describe('extractSeed: digests', () => {
  it('numbers digest items 1-based in ids and digestIndex', () => {
    const out = extractSeed(seed(null));
    expect(out.records.map((r) => [r.id, r.digestIndex, r.slug, r.line])).toEqual([
      ['digests/d#1', 1, 'first-brief', 1],
      ['digests/d#2', 2, 'stated-second', 4],
      ['digests/d#3', 3, 'third-brief', 7],
    ]);
  });

  it('validates a slug the extractor stated: a bad one is reported and replaced', () => {
    const out = extractSeed(seed(null));
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'front-matter/bad-slug', severity: 'error', file: 'digests/d.txt', line: 7 })]);
  });

  it('draws the summary from paragraph blocks only, not captions or headings', () => {
    expect(out0().records[0]?.summary).toBe('Text one is here.');
  });

  it('applies per-item overrides and drops an item marked draft, keeping the other ids stable', () => {
    const out = extractSeed(seed('source: Gazette\nitems:\n  2: { headline: Fixed second }\n  3: { draft: true }\n'));
    expect(out.records.map((r) => [r.id, r.headline, r.source])).toEqual([
      ['digests/d#1', 'First brief', 'Gazette'],
      ['digests/d#2', 'Fixed second', 'Gazette'],
    ]);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['extract/draft']);
    expect(out.records[1]?.slug).toBe('stated-second');
  });

  it('ignores a top-level headline in a digest sidecar, with a warning pointing at its line', () => {
    const out = extractSeed(seed('source: Gazette\nheadline: Same for all\n'));
    expect(out.records.map((r) => r.headline)).toEqual(['First brief', 'Second brief', 'Third brief']);
    expect(out.diagnostics.filter((d) => d.code !== 'front-matter/bad-slug')).toEqual([expect.objectContaining({ code: 'overrides/item-field-at-top', file: 'digests/d.meta.yml', line: 2 })]);
  });

  it('accepts items as a list', () => {
    const out = extractSeed(seed('items:\n  - ~\n  - { headline: B }\n'));
    expect(out.records.map((r) => r.headline)).toEqual(['First brief', 'B', 'Third brief']);
  });
});
