import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashTree, hashTreeRemembered } from './hashTree.js';
import { hashText } from './hashText.js';

/**
 * Bump by hand when the cache file formats change (the code hash below
 * already covers every change of behaviour).
 */
export const CACHE_FORMAT = 4;

let memo: Promise<string> | null = null;

const isCode = (name: string): boolean => /\.(js|ts|mjs)$/.test(name) && !name.endsWith('.d.ts');

/**
 * The code-version key of every cache entry: a hash of the cache format and
 * of the generator's own code, i.e. every `.js`/`.ts` file of the tree this
 * module runs from: `lib/` when compiled, bundle included (a chunk of the
 * bundle in `lib/bundle/` also finds `lib/` one level up), `src/` under
 * vitest. Hashing all of it, not just `extract/`, is deliberately coarse:
 * any code change invalidates the caches, so a stale entry can never
 * survive an upgrade.
 * About 40 ms for the whole tree (tsc output and bundle); with a cache
 * directory the hash is remembered there by the files' stamps
 * (`hashTreeRemembered`: a few ms while no file of the code changes).
 * Made once per process: the first call's `cacheDir` decides where it is remembered.
 */
export function codeVersion(cacheDir: string | null = null): Promise<string> {
  memo ??= (async () => {
    const codeRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const code = cacheDir === null
      ? await hashTree(codeRoot, isCode)
      : await hashTreeRemembered(codeRoot, isCode, path.join(cacheDir, `code-${hashText(codeRoot).slice(0, 16)}.json`));
    return hashText(`format ${CACHE_FORMAT}`, code);
  })();
  return memo;
}
