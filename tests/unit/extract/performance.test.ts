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
  it('scales linearly: one text 16x the size takes far less than 16x the time of sixteen small ones', () => {
    const small = pageOf(125_000);
    const large = pageOf(2_000_000);
    // Both sizes run once untimed first (a cold JIT made the first timing of
    // either several times its steady value). The same characters both ways,
    // sixteen small texts against one sixteen times larger, each way the best
    // of three: linear work takes about as long (1x), quadratic 16x. Timing one
    // small text against one large made a single collection decide the ratio.
    timed(small, 1);
    timed(large, 1);
    let sixteen = Infinity;
    for (let run = 0; run < 3; run++) {
      let sum = 0;
      for (let i = 0; i < 16; i++) sum += timed(small, 1);
      sixteen = Math.min(sixteen, sum);
    }
    const ratio = timed(large, 3) / sixteen;
    // The margin absorbs a busy shared machine.
    expect(ratio).toBeLessThan(6);
  }, 120_000);

  it('has no catastrophic backtracking on hostile lines', () => {
    const hostile = ['a'.repeat(200_000), 'By '.repeat(20_000), '1/'.repeat(50_000), '(' .repeat(50_000), `${'Word '.repeat(30)}\n`.repeat(5_000), '—'.repeat(10_000) + ' (@x)'].join('\n');
    expect(timed(hostile, 1)).toBeLessThan(20_000);
  }, 60_000);
});
