import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isValidIso } from '../../src/extract/dates/calendar.js';
import { parseDateText } from '../../src/extract/dates/parseDateText.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const validDate = fc.record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));
const pad = (n: number) => String(n).padStart(2, '0');

describe('parseDateText properties', () => {
  it('returns only valid ISO for any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      for (const m of parseDateText(text)) expect(isValidIso(m.iso)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('round-trips every valid date in every written form', () => {
    fc.assert(fc.property(validDate, fc.integer({ min: 0, max: 4 }), ({ y, m, d }, form) => {
      const iso = `${y}-${pad(m)}-${pad(d)}`;
      const text = [
        `${MONTHS[m - 1]} ${d}, ${y}`,
        `${d} ${MONTHS[m - 1]} ${y}`,
        iso,
        `${pad(d)}.${pad(m)}.${y}`,
        `Published ${MONTHS[m - 1]!.slice(0, 3)}. ${d}, ${y}`,
      ][form]!;
      expect(parseDateText(text)[0]?.day).toBe(iso);
    }), { numRuns: 500 });
  });

  it('rejects day numbers past the end of the month', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      const bad = daysInMonth(y, m) + 1;
      if (bad > 31) return;
      expect(parseDateText(`${y}-${pad(m)}-${pad(bad)}`)).toEqual([]);
      expect(parseDateText(`${MONTHS[m - 1]} ${bad}, ${y}`)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('attaches an offset only when a zone is stated', () => {
    fc.assert(fc.property(validDate, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), ({ y, m, d }, h, min) => {
      const bare = parseDateText(`${MONTHS[m - 1]} ${d}, ${y} ${pad(h)}:${pad(min)}`)[0]!;
      expect(bare.iso).toBe(`${y}-${pad(m)}-${pad(d)}`);
      const zoned = parseDateText(`${MONTHS[m - 1]} ${d}, ${y} ${pad(h)}:${pad(min)} UTC`)[0]!;
      expect(zoned.iso).toBe(`${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:00+00:00`);
    }), { numRuns: 300 });
  });
});
