import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashTree } from './hashTree.js';
import { hashText } from './hashText.js';

/**
 * Bump by hand when the cache file formats change (the code hash below
 * already covers every change of behaviour).
 */
export const CACHE_FORMAT = 3;

let memo: Promise<string> | null = null;

/**
 * The code-version key of every cache entry: a hash of the cache format and
 * of the generator's own code, i.e. every `.js`/`.ts` file of the tree this
 * module runs from: `lib/` when compiled, bundle included (a chunk of the
 * bundle in `lib/bundle/` also finds `lib/` one level up), `src/` under
 * vitest. Hashing all of it, not just `extract/`, is deliberately coarse:
 * any code change invalidates the caches, so a stale entry can never
 * survive an upgrade.
 * About 30 ms for the whole tree (tsc output and bundle).
 */
export function codeVersion(): Promise<string> {
  memo ??= (async () => {
    const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const code = await hashTree(codeRoot, (name) => /\.(js|ts|mjs)$/.test(name) && !name.endsWith('.d.ts'));
    return hashText(`format ${CACHE_FORMAT}`, code);
  })();
  return memo;
}
