// Hugo as a benchmark peer: runs `hugo` from PATH (or HUGO_BIN), else skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { yearsOf } from '../../harness/corpusCache.mjs';
import { copyTree, linkTree } from '../../harness/fsTree.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Peer name as used by `--peers`. */
export const name = 'hugo';

/** `{ bin, version }` if hugo runs, else `{ skip: reason }`. */
export function locate() {
  const bin = process.env.HUGO_BIN || 'hugo';
  const probe = spawnSync(bin, ['version'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.status !== 0) return { skip: 'hugo not found: skipped (apt-get install hugo)' };
  const m = /v(\d+\.\d+\.\d+\S*)/.exec(probe.stdout);
  return { bin, version: m ? m[1] : probe.stdout.trim() };
}

/**
 * Untimed: lay out a Hugo project in `siteDir`, the md corpus in content/posts
 * and one stub page per year in content/archive (Hugo 0.111 has no date
 * archives; the other peers derive years themselves, slightly in Hugo's favour).
 */
export function prepare({ corpusDir, siteDir, manifest }) {
  copyTree(path.join(HERE, 'site'), siteDir);
  linkTree(corpusDir, path.join(siteDir, 'content', 'posts'));
  const archive = path.join(siteDir, 'content', 'archive');
  fs.mkdirSync(archive, { recursive: true });
  // Years from the manifest, else from the md names (YYYY-MM-DD-slug.md).
  const years = manifest && fs.existsSync(manifest) ? yearsOf(manifest)
    : [...new Set(fs.readdirSync(corpusDir).map((f) => /^(\d{4})-/.exec(f)?.[1]).filter(Boolean))].sort();
  for (const year of years) {
    fs.writeFileSync(path.join(archive, `${year}.md`),
      `---\ntitle: "Archive ${year}"\nyear: ${year}\nlayout: year\nurl: /archive/${year}/\n---\n`);
  }
}

/** The timed command: one cold build (no caches to clear: no image processing). */
export function command({ located, siteDir, outDir }) {
  return { cmd: located.bin, args: ['--quiet', '--source', siteDir, '--destination', outDir], cwd: siteDir };
}
