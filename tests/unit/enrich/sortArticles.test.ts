import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareArticles, sortArticles } from '../../../src/enrich/sortArticles.js';
import { makeRecord } from './makeRecord.js';

const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id);

describe('sortArticles', () => {
  it('sorts newest first and undated last', () => {
    const records = [
      makeRecord({ id: 'old', date: '2020-01-01' }),
      makeRecord({ id: 'none', date: null }),
      makeRecord({ id: 'new', date: '2024-11-08' }),
    ];
    expect(ids(sortArticles(records))).toEqual(['new', 'old', 'none']);
  });

  it('compares date-times as instants across time-zone offsets', () => {
    const records = [
      makeRecord({ id: 'paris', date: '2024-11-08T09:11:00+01:00' }), // 08:11Z
      makeRecord({ id: 'newyork', date: '2024-11-08T04:00:00-05:00' }), // 09:00Z
      makeRecord({ id: 'utc', date: '2024-11-08T08:30:00Z' }),
    ];
    expect(ids(sortArticles(records))).toEqual(['newyork', 'utc', 'paris']);
  });

  it('puts a bare date after timed articles of the same UTC day and before the previous day', () => {
    const records = [
      makeRecord({ id: 'bare', date: '2024-11-08' }),
      makeRecord({ id: 'morning', date: '2024-11-08T00:30:00Z' }),
      makeRecord({ id: 'previous', date: '2024-11-07T23:59:00Z' }),
      makeRecord({ id: 'midnight', date: '2024-11-08T00:00:00Z' }),
    ];
    expect(ids(sortArticles(records))).toEqual(['morning', 'midnight', 'bare', 'previous']);
  });

  it('reads a date-time without offset as UTC, not the machine zone', () => {
    const a = makeRecord({ id: 'a', date: '2024-11-08T09:00:00' });
    const b = makeRecord({ id: 'b', date: '2024-11-08T08:59:00Z' });
    expect(ids(sortArticles([b, a]))).toEqual(['a', 'b']);
  });

  it('treats an impossible date (2021-02-31) as undated', () => {
    const records = [makeRecord({ id: 'bad', date: '2021-02-31' }), makeRecord({ id: 'ok', date: '2000-01-01' })];
    expect(ids(sortArticles(records))).toEqual(['ok', 'bad']);
  });

  it('breaks ties by slug, then seed path, then id', () => {
    const records = [
      makeRecord({ id: 'z', slug: 'b', date: '2024-01-01' }),
      makeRecord({ id: 'y', slug: 'a', seed: 'b.txt', date: '2024-01-01' }),
      makeRecord({ id: 'x2', slug: 'a', seed: 'a.txt', date: '2024-01-01' }),
      makeRecord({ id: 'x1', slug: 'a', seed: 'a.txt', date: '2024-01-01' }),
    ];
    expect(ids(sortArticles(records))).toEqual(['x1', 'x2', 'y', 'z']);
  });

  it('does not modify its input', () => {
    const records = [makeRecord({ id: 'a', date: '2020-01-01' }), makeRecord({ id: 'b', date: '2021-01-01' })];
    sortArticles(records);
    expect(ids(records)).toEqual(['a', 'b']);
  });

  it('is a total order: antisymmetric, transitive, and independent of input order', () => {
    const date = fc.oneof(
      fc.constant(null),
      fc.constantFrom('2024-11-08', '2024-11-07', '2024-02-30'),
      fc.constantFrom('2024-11-08T00:00:00Z', '2024-11-07T23:00:00-02:00', '2024-11-08T09:11:00+01:00', '2024-11-08T01:00:00+01:00'),
    );
    const record = fc.record({ id: fc.string({ maxLength: 3 }), slug: fc.constantFrom('a', 'b'), seed: fc.constantFrom('x', 'y'), date });
    fc.assert(
      // Ids are unique in an archive; two rows differing only in an unparseable date would tie.
      fc.property(fc.uniqueArray(record, { maxLength: 12, selector: (row) => row.id }), (rows) => {
        for (const a of rows) {
          for (const b of rows) {
            expect(Math.sign(compareArticles(a, b))).toBe(-Math.sign(compareArticles(b, a)) || 0);
            for (const c of rows) {
              if (compareArticles(a, b) <= 0 && compareArticles(b, c) <= 0) expect(compareArticles(a, c)).toBeLessThanOrEqual(0);
            }
          }
        }
        const forward = [...rows].sort(compareArticles);
        const backward = [...rows].reverse().sort(compareArticles);
        expect(forward.map((row) => JSON.stringify(row))).toEqual(backward.map((row) => JSON.stringify(row)));
      }),
    );
  });
});
