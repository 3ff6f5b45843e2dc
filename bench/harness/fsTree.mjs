// File-tree helpers for the bench: hard-link trees (cheap, untimed set-up),
// count what a build wrote, and remove trees.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Mirror `src` into `dst` with hard links (falling back to copies across
 * file systems). `dst` is wiped first.
 */
export function linkTree(src, dst) {
  fs.rmSync(dst, { recursive: true, force: true });
  fs.mkdirSync(dst, { recursive: true });
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, entry.name), to = path.join(dst, entry.name);
    if (entry.isDirectory()) { linkTree(from, to); continue; }
    try { fs.linkSync(from, to); } catch { fs.copyFileSync(from, to); }
  }
}

/** Copy a directory tree (no links): used for the editable templates copy. */
export function copyTree(src, dst) {
  fs.rmSync(dst, { recursive: true, force: true });
  fs.cpSync(src, dst, { recursive: true });
}

/** Count files, `.html` files and bytes under `dir` (0s if it does not exist). */
export function treeStats(dir) {
  const stats = { files: 0, html: 0, bytes: 0 };
  if (!fs.existsSync(dir)) return stats;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) { stack.push(full); continue; }
      stats.files++;
      if (entry.name.endsWith('.html')) stats.html++;
      stats.bytes += fs.statSync(full).size;
    }
  }
  return stats;
}

/** rm -rf */
export function removeTree(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Change one file that may be a hard link into the corpus without touching the
 * corpus: write a fresh inode with the appended text.
 */
export function appendUnlinked(file, text) {
  const contents = fs.readFileSync(file);
  fs.rmSync(file);
  fs.writeFileSync(file, Buffer.concat([contents, Buffer.from(text)]));
}
