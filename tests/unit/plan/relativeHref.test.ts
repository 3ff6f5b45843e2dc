import { describe, expect, it } from 'vitest';
import { relativeHref, rootPrefix } from '../../../src/plan/relativeHref.js';

describe('relativeHref', () => {
  it.each([
    ['index.html', 'articles/a/index.html', 'articles/a/index.html'],
    ['articles/a/index.html', 'index.html', '../../index.html'],
    ['articles/a/index.html', 'articles/b/index.html', '../b/index.html'],
    ['archive/2024/index.html', 'archive/2024/11/index.html', '11/index.html'],
    ['archive/2024/11/index.html', 'archive/2024/index.html', '../index.html'],
    ['topics/x/page/2/index.html', 'topics/x/index.html', '../../index.html'],
    ['404.html', 'assets/style.css', 'assets/style.css'],
    ['articles/a/index.html', 'articles/a/index.html', 'index.html'],
  ])('links %s to %s as %s', (from, to, expected) => {
    expect(relativeHref(from, to)).toBe(expected);
  });

  it('resolves back to the target from any page', () => {
    const from = 'archive/2024/11/page/3/index.html';
    const to = 'sources/reuters/index.html';
    expect(new URL(relativeHref(from, to), `https://x.test/sub/${from}`).pathname).toBe(`/sub/${to}`);
  });

  it('gives the prefix to the site root', () => {
    expect(rootPrefix('index.html')).toBe('');
    expect(rootPrefix('articles/a/index.html')).toBe('../../');
  });
});
