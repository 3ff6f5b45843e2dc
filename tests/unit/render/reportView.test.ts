import { describe, expect, it } from 'vitest';
import { reportSlice, reportView } from '../../../src/render/views/reportView.js';
import { createRenderContext } from '../../../src/render/renderContext.js';
import { defaultSite } from '../../../src/config.js';
import { outputPath } from '../../../src/plan/outputPath.js';
import { everyFieldStated, makeArchive, makeArticle } from '../../helpers/makeArchive.js';
import type { Diagnostic, SeedOutcome } from '../../../src/types.js';

describe('reportSlice', () => {
  it('spreads items evenly over the pages, in order, each item on exactly one page', () => {
    for (const [count, pages] of [[0, 1], [1, 1], [7, 1], [7, 2], [7, 3], [1000, 3], [2, 5], [1001, 2]] as const) {
      const slices = Array.from({ length: pages }, (_, i) => reportSlice(count, pages, i + 1));
      const shown = slices.flatMap(({ from, to }) => Array.from({ length: to - from }, (_, j) => from + j));
      expect(shown).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(slices.every((s) => s.of === count && s.to - s.from <= Math.ceil(count / pages))).toBe(true);
    }
  });
});

describe('reportView', () => {
  // Records a0..a8; the even ones have every field stated, the odd ones do not name an author (a field to check).
  const records = Array.from({ length: 9 }, (_, i) => makeArticle(`a${i}`, i % 2 === 0 ? { provenance: everyFieldStated } : {}));
  const outcomes: SeedOutcome[] = [
    ...records.map((r): SeedOutcome => ({ path: r.seed, status: 'built', records: 1, reason: null })),
    { path: 'broken.md', status: 'failed', records: 0, reason: 'front matter is not valid YAML' },
    { path: 'notes.pdf', status: 'skipped', records: 0, reason: 'not a seed' },
  ];
  const diagnostics: Diagnostic[] = [{ code: 'front-matter-invalid', severity: 'error', file: 'broken.md', line: 3, message: 'front matter is not valid YAML' }];
  const ctx = createRenderContext(makeArchive(records), defaultSite, { outcomes, diagnostics }, new Map());
  const plan = (pages: number) => Array.from({ length: pages }, (_, i) => outputPath.report(i + 1));
  const view = (page: number, pages: number) => reportView(ctx, outputPath.report(page), { page, pagePaths: plan(pages) });

  it('shows everything on one page, without a pager, when there is one page', () => {
    const only = view(1, 1);
    expect(only.totals).toEqual({ files: 11, built: 9, skipped: 1, failed: 1, records: 9 });
    expect(only.pager).toBeNull();
    expect(only.first).toBe(true);
    expect(only.records.map((r) => r.headline)).toEqual(['Headline a1', 'Headline a3', 'Headline a5', 'Headline a7']);
    expect(only.records[0]).toMatchObject({ href: '../articles/a1/index.html', seed: 'a1.txt' });
    expect(only.records[0]!.fields.map((f) => f.label)).toEqual(['Author']);
    expect(only.outcomes).toEqual(outcomes);
    expect(only.diagnostics).toEqual([{ code: 'front-matter-invalid', severity: 'error', location: 'broken.md:3', message: 'front matter is not valid YAML', hint: null }]);
    expect([only.articles, only.files]).toEqual([{ first: 1, last: 9, of: 9 }, { first: 1, last: 11, of: 11 }]);
  });

  it('gives each page of a long report its slice of the articles and of the files, and the messages to the first page only', () => {
    const pages = [1, 2, 3].map((page) => view(page, 3));
    expect(pages.map((p) => [p.articles, p.files])).toEqual([
      [{ first: 1, last: 3, of: 9 }, { first: 1, last: 4, of: 11 }],
      [{ first: 4, last: 6, of: 9 }, { first: 5, last: 8, of: 11 }],
      [{ first: 7, last: 9, of: 9 }, { first: 9, last: 11, of: 11 }],
    ]);
    expect(pages.flatMap((p) => p.records.map((r) => r.seed))).toEqual(['a1.txt', 'a3.txt', 'a5.txt', 'a7.txt']);
    expect(pages.flatMap((p) => p.outcomes)).toEqual(outcomes);
    expect(pages.map((p) => [p.first, p.diagnostics.length])).toEqual([[true, 1], [false, 0], [false, 0]]);
    expect(pages.every((p) => p.totals.files === 11)).toBe(true);
    expect(pages[1]!.records[0]!.href).toBe('../../../articles/a3/index.html');
    expect(pages[1]!.pager).toMatchObject({ previous: '../../index.html', next: '../3/index.html' });
    expect(pages[1]!.pager!.pages.find((p) => p.current)?.label).toBe('2');
  });

  it('says a page shows no articles when there are fewer than pages', () => {
    const few = [1, 2, 3, 4].map((page) => reportView(ctx, outputPath.report(page), { page, pagePaths: plan(4) }));
    expect(few.map((p) => p.articles === null)).toEqual([false, false, false, true]);
    expect(few.flatMap((p) => p.outcomes)).toEqual(outcomes);
  });
});
