import { describe, expect, it } from 'vitest';
import { fieldMatches, loadFixtures, run } from './fixtureHarness.js';

/**
 * Per-field accuracy over the fixture set, printed, and held at (at least)
 * the level reached when this test was written: a ratchet, not a target.
 */
const FLOOR = { headline: 1, date: 1, author: 1, source: 1 } as const;

describe('extraction accuracy over fixtures', () => {
  it('keeps headline, date, author and source accuracy at or above the recorded level', () => {
    const totals = { headline: [0, 0], date: [0, 0], author: [0, 0], source: [0, 0] } as Record<keyof typeof FLOOR, [number, number]>;
    const misses: string[] = [];
    for (const fixture of loadFixtures()) {
      const result = run(fixture);
      const matches = fieldMatches(fixture.expected, result.articles[0]);
      for (const field of Object.keys(totals) as (keyof typeof FLOOR)[]) {
        const ok = matches[field];
        if (ok === null) continue;
        totals[field][1]++;
        if (ok) totals[field][0]++;
        else misses.push(`${fixture.name}: ${field}`);
      }
    }
    const lines = Object.entries(totals).map(([field, [hit, n]]) => `${field.padEnd(9)} ${hit}/${n} = ${((100 * hit) / Math.max(1, n)).toFixed(1)}%`);
    console.log(`plain-text extraction accuracy\n${lines.join('\n')}${misses.length ? `\nmisses: ${misses.join(', ')}` : ''}`);
    for (const field of Object.keys(FLOOR) as (keyof typeof FLOOR)[]) {
      const [hit, n] = totals[field];
      expect(n).toBeGreaterThan(10);
      expect(hit / n).toBeGreaterThanOrEqual(FLOOR[field]);
    }
  });
});
