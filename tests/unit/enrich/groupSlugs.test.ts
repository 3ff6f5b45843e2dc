import { describe, expect, it } from 'vitest';
import { groupSlugs } from '../../../src/enrich/groupSlugs.js';

describe('groupSlugs', () => {
  it('slugifies names, spelling out the ampersand', () => {
    const { slugs, collisions } = groupSlugs([{ key: 'a', name: 'Crime & Justice' }, { key: 'b', name: 'Économie' }]);
    expect(slugs.get('a')).toBe('crime-and-justice');
    expect(slugs.get('b')).toBe('economie');
    expect(collisions).toEqual([]);
  });

  it('disambiguates C and C++ deterministically, whatever the input order', () => {
    const items = [{ key: 'c++', name: 'C++' }, { key: 'c', name: 'C' }, { key: 'c#', name: 'C#' }];
    const forward = groupSlugs(items);
    const backward = groupSlugs([...items].reverse());
    expect(forward.slugs.get('c')).toBe('c');
    expect(forward.slugs.get('c++')).toMatch(/^c-[0-9a-f]{6}$/u);
    expect(new Set(forward.slugs.values()).size).toBe(3);
    expect([...backward.slugs.entries()].sort()).toEqual([...forward.slugs.entries()].sort());
    expect(forward.collisions).toEqual([{ slug: 'c', names: ['C', 'C#', 'C++'], keys: ['c', 'c#', 'c++'] }]);
  });

  it('gives a name without Latin letters a stable item slug', () => {
    const { slugs } = groupSlugs([{ key: 'x', name: '北京' }, { key: 'y', name: 'Москва' }]);
    expect(slugs.get('x')).toMatch(/^item-[0-9a-f]{6}$/u);
    expect(slugs.get('y')).toBe('moskva');
  });
});
