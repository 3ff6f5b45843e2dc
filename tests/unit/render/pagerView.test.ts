import { describe, expect, it } from 'vitest';
import { pagerView, pagerWindow } from '../../../src/render/views/pagerView.js';

describe('pagerWindow', () => {
  it('lists every page of a short list', () => {
    expect(pagerWindow(5, 3)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerWindow(1, 1)).toEqual([1]);
  });

  it('keeps the first, the last and two pages each side of the current one', () => {
    expect(pagerWindow(500, 250)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
  });

  it('shows a one-page gap as that page', () => {
    expect(pagerWindow(9, 5)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pagerWindow(10, 1)).toEqual([1, 2, 3, null, 10]);
    expect(pagerWindow(10, 10)).toEqual([1, null, 8, 9, 10]);
  });

  it('stays small however long the list', () => {
    for (const count of [50, 5_000, 500_000]) for (const current of [1, 2, count >> 1, count - 1, count]) expect(pagerWindow(count, current).length).toBeLessThanOrEqual(9);
  });
});

describe('pagerView', () => {
  const pagePaths = Array.from({ length: 12 }, (_, i) => (i === 0 ? 'topics/t/index.html' : `topics/t/page/${i + 1}/index.html`));

  it('links pages relative to the page and marks gaps and the current page', () => {
    const view = pagerView('topics/t/page/6/index.html', { ids: [], page: 6, pagePaths })!;
    expect(view.previous).toBe('../5/index.html');
    expect(view.next).toBe('../7/index.html');
    expect(view.pages.map((p) => (p.gap ? '…' : p.current ? `[${p.label}]` : p.label))).toEqual(['1', '…', '4', '5', '[6]', '7', '8', '…', '12']);
    expect(view.pages[0]!.href).toBe('../../index.html');
  });

  it('is absent when the list fits on one page', () => {
    expect(pagerView('topics/t/index.html', { ids: [], page: 1, pagePaths: ['topics/t/index.html'] })).toBeNull();
  });
});
