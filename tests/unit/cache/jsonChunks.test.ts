import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../../src/cache/jsonChunks.js';

const joined = (value: unknown, size?: number): string => [...jsonChunks(value, size)].join('');

describe('jsonChunks', () => {
  const values: Record<string, unknown> = {
    'a primitive': 'text with "quotes", \\ and \u2028',
    null: null,
    'an empty object': {},
    'an empty array': [],
    'a small object': { b: 1, a: [true, null, 'x'], c: { d: 2.5 } },
    'a long array': Array.from({ length: 25 }, (_, i) => ({ i, s: `item ${i}` })),
    'a wide object': Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`key-${i}`, `value ${i}`])),
    'integer-like keys, which JSON orders first': { b: 1, 10: 'ten', 2: 'two', a: { 3: 3, z: 0, 1: 1 } },
    'a __proto__ key from parsed JSON': JSON.parse('{"__proto__": {"x": 1}, "y": 2}'),
    'undefined members and items': { a: undefined, b: [undefined, 1], c: () => 1, d: 'kept' },
    'a short array holding a wide object': [Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, i])), undefined, 'x'],
    'a wide object whose first entries have no JSON': { ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`gone-${i}`, undefined])), kept: 1 },
    'a manifest-like shape': {
      outDir: '/tmp/dist', distId: '1:2', hashKey: 'k',
      dependencies: { global: 'g', records: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`id-${i}`, `d${i}`])), plans: { 'index.html': 'p' } },
      outputs: Array.from({ length: 30 }, (_, i) => `a/${i}.html`),
      files: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`a/${i}.html`, `h${i}`])),
      search: null, fingerprint: 'f', report: { ok: true, timings: {} },
    },
  };
  for (const [name, value] of Object.entries(values)) {
    it(`joins to JSON.stringify's text: ${name}`, () => {
      for (const size of [1, 2, 5, 4096]) expect(joined(value, size)).toBe(JSON.stringify(value));
    });
  }

  it('cuts large objects and arrays into pieces of at most `size` entries', () => {
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const pieces = [...jsonChunks({ wide, list: Array.from({ length: 100 }, (_, i) => i) }, 10)];
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(120);
  });

  it('yields nothing for a value without JSON', () => {
    expect([...jsonChunks(undefined)]).toEqual([]);
  });
});
