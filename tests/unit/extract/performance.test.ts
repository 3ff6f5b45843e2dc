import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/extract/text/extractPlainText.js';

const names = ['000_5aaa9233496064e2', '001_b0deeebdd426c84d', '002_f1a7983dc312774b', '003_1384cefb5b56de03', '004_bb9df8dac863de41'];
const seeds = names.map((n) => readFileSync(new URL(`../../../seeds/${n}.txt`, import.meta.url), 'utf8'));

/** Build a text of about `size` characters from the real seeds. */
function pageOf(size: number): string {
  const unit = seeds.join('\n\n');
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Milliseconds one extraction takes (best of a few runs, to dampen a busy machine). */
function timed(raw: string, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    extractPlainText(raw, 'big.txt');
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('extraction speed', () => {
  it('scales linearly: 8x the text takes far less than 64x (quadratic) the time', () => {
    timed(pageOf(100_000), 1);
    const small = timed(pageOf(125_000), 3);
    const large = timed(pageOf(1_000_000), 2);
    // Linear is 8x; the margin absorbs a busy shared machine.
    expect(large / small).toBeLessThan(24);
  }, 120_000);

  it('has no catastrophic backtracking on hostile lines', () => {
    const hostile = ['a'.repeat(200_000), 'By '.repeat(20_000), '1/'.repeat(50_000), '(' .repeat(50_000), `${'Word '.repeat(30)}\n`.repeat(5_000), '—'.repeat(10_000) + ' (@x)'].join('\n');
    expect(timed(hostile, 1)).toBeLessThan(20_000);
  }, 60_000);
});
