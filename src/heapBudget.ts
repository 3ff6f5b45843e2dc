import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Heap use (live objects and garbage alike) above which a stage boundary
 * collects the main thread's garbage. Below it a collection is not worth
 * its pause: a 10,000-article build stays under it throughout.
 */
export const GARBAGE_THRESHOLD = 256 * 1024 * 1024;

let collector: (() => void) | null | undefined;

/** V8's full collection, exposed at run time (as Jest does for --logHeapUsage); null if V8 refuses. */
function fullCollection(): (() => void) | null {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** Live heap after the last collection made here (0: none yet). */
let liveAfterLast = 0;

/**
 * Collect garbage now when the heap holds more than `threshold` bytes and
 * has grown by a quarter (at least half the threshold) since the last
 * collection made here. Called between stages of large builds: V8 lets the
 * old generation grow to about twice its live size before collecting it,
 * so the garbage a stage leaves (parsed cache heads, similarity tables,
 * plans) was still there when the render stage's own garbage came on top:
 * at 100,000 articles the main heap peaked at 1.4 GB with ~0.6 GB live. A
 * full collection of that heap takes ~0.6 s, hence the growth rule: a
 * boundary that follows little work does not pay it again.
 * Returns whether it collected.
 */
export function releaseGarbage(threshold = GARBAGE_THRESHOLD): boolean {
  const used = getHeapStatistics().used_heap_size;
  if (used < threshold || used < liveAfterLast + Math.max(threshold / 2, liveAfterLast / 4)) return false;
  collector ??= fullCollection();
  if (collector === null) return false;
  collector();
  liveAfterLast = getHeapStatistics().used_heap_size;
  return true;
}

/**
 * Stop V8 from allocating objects straight into the old generation when
 * their allocation site's objects used to survive (allocation-site
 * pretenuring), until the returned function is called. The render stage
 * builds page views at a steady rate, a few hundred of them waiting for a
 * worker at any time: their sites were pretenured, so every later view
 * went to the old generation and stayed there as garbage until a full
 * collection (main heap +0.7 GB over a 100,000-article render; flat with
 * this off, render time unchanged at 10,000). The flag is process-wide
 * and read at each collection, so a program that runs builds gets V8's
 * default back afterwards.
 */
export function keepShortLivedYoung(): () => void {
  setFlagsFromString(NO_PRETENURING);
  return () => setFlagsFromString(PRETENURING);
}

/** The V8 flags (V8 prints "unrecognized flag" on stderr, and carries on, for one it does not know). */
export const NO_PRETENURING = '--no-allocation-site-pretenuring';
export const PRETENURING = '--allocation-site-pretenuring';
