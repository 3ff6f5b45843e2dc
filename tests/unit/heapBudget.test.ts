import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { GARBAGE_THRESHOLD, NO_PRETENURING, keepShortLivedYoung, releaseGarbage } from '../../src/heapBudget.js';

/** Objects that survive long enough to reach the old generation, then are dropped. */
function oldGarbage(megabytes: number): void {
  let keep: string[][] = [];
  for (let i = 0; i < megabytes * 64; i++) keep.push(Array.from({ length: 64 }, (_, j) => `garbage ${i} ${j} `.repeat(4)));
  keep = [];
  expect(keep).toHaveLength(0);
}

describe('releaseGarbage', () => {
  it('does nothing while the heap is under the threshold', () => {
    expect(getHeapStatistics().used_heap_size).toBeLessThan(GARBAGE_THRESHOLD * 4);
    expect(releaseGarbage(Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('collects the garbage of the heap when it is over the threshold', () => {
    releaseGarbage(0);
    const before = getHeapStatistics().used_heap_size;
    oldGarbage(64);
    const withGarbage = getHeapStatistics().used_heap_size;
    expect(releaseGarbage(0)).toBe(true);
    const after = getHeapStatistics().used_heap_size;
    // The garbage made above is gone (whatever else the test runner allocated meanwhile).
    expect(withGarbage - after).toBeGreaterThan((withGarbage - before) / 2);
    expect(after).toBeLessThan(before + 16 * 1024 * 1024);
  });
});

describe('keepShortLivedYoung', () => {
  it('sets a flag this V8 knows', () => {
    const run = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(NO_PRETENURING)}); console.log('set')`], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('set');
    expect(run.stderr).toBe('');
    // An unknown flag is reported on stderr, which is what the check above would catch.
    const unknown = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-flag-at-all')`], { encoding: 'utf8' });
    expect(unknown.stderr).toMatch(/unrecognized flag/);
  });

  it('can be called more than once', () => {
    expect(() => { keepShortLivedYoung(); keepShortLivedYoung(); }).not.toThrow();
  });
});
