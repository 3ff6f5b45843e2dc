import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/appendAll.js';

describe('appendAll', () => {
  it('appends in order, and returns the target', () => {
    const target = [1];
    expect(appendAll(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  it('appends more items than push(...items) can take', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const target = [-1];
    appendAll(target, many);
    expect(target).toHaveLength(300_001);
    expect(target[300_000]).toBe(299_999);
  });
});
