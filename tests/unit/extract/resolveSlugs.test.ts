import { describe, expect, it } from 'vitest';
import { resolveSlugs } from '../../../src/extract/resolveSlugs.js';
import type { ArticleRecord } from '../../../src/types.js';

const none = { method: 'none', confidence: 'low' } as const;
function record(seed: string, slug: string, headline = slug, digestIndex: number | null = null): ArticleRecord {
  return {
    id: seed.replace(/\.\w+$/, '') + (digestIndex === null ? '' : `#${digestIndex}`), slug, headline, dek: null, date: null,
    source: null, author: null, section: null, topics: [], entities: { people: [], places: [], organisations: [] },
    body: { kind: 'text', blocks: [] }, text: '', summary: '', wordCount: 0, seed, line: 1, digestIndex,
    provenance: { headline: none, dek: none, date: none, source: none, author: none, section: none },
  };
}

describe('resolveSlugs', () => {
  it('leaves unique slugs alone and returns records in the order given', () => {
    const input = [record('b.txt', 'b'), record('a.txt', 'a')];
    const r = resolveSlugs(input);
    expect(r.value).toEqual(input);
    expect(r.diagnostics).toEqual([]);
  });

  it('gives the first seed (by path) the slug and later ones -2, -3, whatever the input order', () => {
    const input = [record('c.txt', 'bridge', 'C'), record('a.txt', 'bridge', 'A'), record('b.txt', 'bridge', 'B')];
    const r = resolveSlugs(input);
    expect(r.value.map((x) => [x.seed, x.slug])).toEqual([['c.txt', 'bridge-3'], ['a.txt', 'bridge'], ['b.txt', 'bridge-2']]);
    const reversed = resolveSlugs([...input].reverse());
    expect(reversed.value.map((x) => [x.seed, x.slug]).sort()).toEqual(r.value.map((x) => [x.seed, x.slug]).sort());
  });

  it('warns about each clash, naming both seeds', () => {
    const r = resolveSlugs([record('a.txt', 'bridge', 'A'), record('b.txt', 'bridge', 'B')]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'extract/duplicate-slug', severity: 'warning', file: 'b.txt' })]);
    expect(r.diagnostics[0]?.message).toContain('a.txt');
    expect(r.diagnostics[0]?.message).toContain('b.txt');
    expect(r.diagnostics[0]?.message).toContain('"bridge-2"');
  });

  it('orders items of one digest by position', () => {
    const r = resolveSlugs([record('d.txt', 'brief', 'Y', 2), record('d.txt', 'brief', 'X', 1)]);
    expect(r.value.map((x) => [x.digestIndex, x.slug])).toEqual([[2, 'brief-2'], [1, 'brief']]);
    expect(r.diagnostics[0]?.message).toContain('d.txt (item 2)');
  });

  it('never hands out a suffix another record asked for', () => {
    const r = resolveSlugs([record('a.txt', 'x', 'A'), record('b.txt', 'x', 'B'), record('c.txt', 'x-2', 'C')]);
    expect(r.value.map((x) => x.slug)).toEqual(['x', 'x-3', 'x-2']);
    expect(new Set(r.value.map((x) => x.slug)).size).toBe(3);
  });

  it('warns about duplicate headlines (case- and space-insensitive), naming both seeds', () => {
    const r = resolveSlugs([record('a.txt', 'a', 'Bridge  closes'), record('b.txt', 'b', 'bridge closes')]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'extract/duplicate-headline', severity: 'warning', file: 'b.txt' })]);
    expect(r.diagnostics[0]?.message).toContain('a.txt');
  });
});
