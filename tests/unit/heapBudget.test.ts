import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { GARBAGE_THRESHOLD, NO_PRETENURING, PRETENURING, keepShortLivedYoung, releaseGarbage } from '../../src/heapBudget.js';

const used = (): number => getHeapStatistics().used_heap_size;

/** About 20 MB of small arrays and strings, as a build's tables are. */
function tables(): string[][] {
  return Array.from({ length: 4096 }, (_, i) => Array.from({ length: 64 }, (_, j) => `entry ${i} ${j} `.repeat(4)));
}

describe('releaseGarbage', () => {
  it('does nothing while the heap is under the threshold', () => {
    expect(getHeapStatistics().used_heap_size).toBeLessThan(GARBAGE_THRESHOLD * 4);
    expect(releaseGarbage(Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('collects the garbage of the heap when it is over the threshold', () => {
    let held: string[][] = tables();
    const whileHeld = used();
    expect(held).toHaveLength(4096);
    held = [];
    expect(releaseGarbage(0)).toBe(true);
    // The tables were counted while held and are certainly gone after a full collection.
    expect(whileHeld - used()).toBeGreaterThan(12 * 1024 * 1024);
    expect(held).toHaveLength(0);
  });

  it('does not collect again until the heap has grown by a quarter since its last collection', () => {
    // Whatever the tests before left: grow the heap until a collection is due.
    const held: string[][][] = [];
    while (!releaseGarbage(0) && held.length < 40) held.push(tables());
    const live = used();
    expect(releaseGarbage(0)).toBe(false);
    while (used() < live * 1.3 && held.length < 80) held.push(tables());
    expect(used()).toBeGreaterThanOrEqual(live * 1.3);
    expect(releaseGarbage(0)).toBe(true);
  });
});

describe('keepShortLivedYoung', () => {
  it('sets V8 flags that this V8 knows, both ways', () => {
    const script = `const v8 = require('node:v8'); v8.setFlagsFromString(${JSON.stringify(NO_PRETENURING)}); v8.setFlagsFromString(${JSON.stringify(PRETENURING)}); console.log('set')`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('set');
    expect(run.stderr).toBe('');
    // An unknown flag is reported on stderr, which is what the check above would catch.
    const unknown = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-flag-at-all')`], { encoding: 'utf8' });
    expect(unknown.stderr).toMatch(/unrecognized flag/);
  });

  it('hands back a function that restores the default', () => {
    const restore = keepShortLivedYoung();
    expect(() => restore()).not.toThrow();
  });
});
