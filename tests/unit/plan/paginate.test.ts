import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/plan/paginate.js';
import { outputPath } from '../../../src/plan/outputPath.js';

describe('paginate', () => {
  const ids = Array.from({ length: 120 }, (_, i) => `a${i}`);

  it('splits a long list into pages of the given size with stable URLs', () => {
    const pages = paginate(ids, 50, (n) => outputPath.topic('t', n));
    expect(pages.map((p) => p.ids.length)).toEqual([50, 50, 20]);
    expect(pages[0]!.pagePaths).toEqual(['topics/t/index.html', 'topics/t/page/2/index.html', 'topics/t/page/3/index.html']);
    expect(pages.flatMap((p) => p.ids)).toEqual(ids);
  });

  it('keeps one (empty) page for an empty list', () => {
    expect(paginate([], 50, outputPath.undated)).toEqual([{ ids: [], page: 1, pagePaths: ['archive/undated/index.html'] }]);
  });
});
