/**
 * A link from one output file to another, relative, so the site works at `/`,
 * under any sub-path and from `file://`. Links keep the explicit `index.html`:
 * a browser opening files from disk does not add it, and every static server
 * serves it, so one output works everywhere (docs/decisions.md).
 * @param from output path of the page that holds the link
 * @param to output path of the target file
 */
export function relativeHref(from: string, to: string): string {
  // Fast path (most links of a page): the two paths differ in their first
  // folder, so the link climbs to the root and goes down again.
  const fromSlash = from.indexOf('/');
  if (fromSlash === -1) return to;
  const toSlash = to.indexOf('/');
  if (toSlash === -1 || toSlash !== fromSlash || !to.startsWith(from.slice(0, fromSlash + 1))) return rootPrefix(from) + to;
  const fromDir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < target.length - 1 && fromDir[common] === target[common]) common++;
  const up = '../'.repeat(fromDir.length - common);
  return up + target.slice(common).join('/');
}

/** The relative prefix from an output file to the site root (`''` or `../../`). */
export function rootPrefix(from: string): string {
  let depth = 0;
  for (let i = from.indexOf('/'); i !== -1; i = from.indexOf('/', i + 1)) depth++;
  return '../'.repeat(depth);
}
