import { describe, expect, it } from 'vitest';
import { makeSlug } from '../../../src/extract/makeSlug.js';

describe('makeSlug', () => {
  it.each([
    ['Bridge closes to traffic', 'bridge-closes-to-traffic'],
    ['Über café: naïve “quotes” & more', 'ueber-cafe-naive-quotes-and-more'],
    ["Kim's trip — day 2", 'kims-trip-day-2'],
    ['iPhone sales rise', 'iphone-sales-rise'],
    ['🎉 Bridge reopens 🌉', 'bridge-reopens'],
    ['Con', 'con-article'],
    ['INDEX', 'index-article'],
  ])('slugs %j as %j', (headline, slug) => {
    expect(makeSlug(headline, 'x')).toBe(slug);
  });

  it('cuts at a word boundary at most 80 characters long', () => {
    const slug = makeSlug('The quick brown fox jumps over the lazy dog and then keeps running through the fields of gold until night', 'x');
    expect(slug).toBe('the-quick-brown-fox-jumps-over-the-lazy-dog-and-then-keeps-running-through-the');
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it('falls back to the id for a CJK-only headline, then to a hash', () => {
    expect(makeSlug('市议会投票关闭旧桥', 'news/000_x#2')).toBe('news-000-x-2');
    expect(makeSlug('市议会投票关闭旧桥', '市议会')).toMatch(/^article-[0-9a-f]{10}$/);
    expect(makeSlug('市议会投票关闭旧桥', '市议会')).toBe(makeSlug('市议会投票关闭旧桥', '市议会'));
  });
});
