// Eleventy 3 as a benchmark peer. Runs `node_modules/.bin/eleventy` of the
// project when installed, or the binary named by ELEVENTY_BIN; otherwise the
// peer is skipped with a message (the bench never installs anything).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyTree, linkTree } from '../../harness/fsTree.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Peer name as used by `--peers`. */
export const name = 'eleventy';

/** `{ bin, version }` if Eleventy can run, else `{ skip: reason }`. */
export function locate(projectRoot) {
  const bin = process.env.ELEVENTY_BIN || path.join(projectRoot, 'node_modules', '.bin', 'eleventy');
  if (!fs.existsSync(bin)) {
    return { skip: `eleventy not found at ${bin}: skipped (add devDependency @11ty/eleventy, or set ELEVENTY_BIN)` };
  }
  let version = 'unknown';
  try {
    const pkg = path.join(path.dirname(fs.realpathSync(bin)), 'package.json');
    version = JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
  } catch { /* version is informative only */ }
  return { bin, version };
}

/** Untimed: lay out an Eleventy project in `siteDir` with the md corpus in posts/. */
export function prepare({ corpusDir, siteDir }) {
  copyTree(path.join(HERE, 'site'), siteDir);
  const posts = path.join(siteDir, 'posts');
  const data = fs.readFileSync(path.join(posts, 'posts.11tydata.json'));
  linkTree(corpusDir, posts);
  fs.writeFileSync(path.join(posts, 'posts.11tydata.json'), data);
}

/** The timed command: one full build of `siteDir` into `outDir`. */
export function command({ located, siteDir, outDir }) {
  return { cmd: located.bin, args: [`--output=${outDir}`, '--quiet'], cwd: siteDir };
}
