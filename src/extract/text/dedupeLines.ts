import type { Annotated } from './annotate.js';

/**
 * Indices of lines that repeat earlier text: exact or near duplicates
 * (case, quotes, escapes, punctuation ignored; first kept), and pull quotes
 * whose text is contained in a longer paragraph nearby (the paragraph kept).
 * @param indices candidate body lines, in order
 */
export function dedupeLines(lines: readonly Annotated[], indices: readonly number[]): Set<number> {
  const drop = new Set<number>();
  const seen = new Set<string>();
  const keys = indices.map((i) => lines[i]!.key);
  for (let n = 0; n < indices.length; n++) {
    const key = keys[n]!;
    if (key === '') continue;
    if (seen.has(key)) { drop.add(indices[n]!); continue; }
    seen.add(key);
    if (key.length < 40) continue;
    for (let m = Math.max(0, n - 4); m < Math.min(indices.length, n + 5); m++) {
      const other = keys[m]!;
      if (m !== n && other.length > key.length && other.includes(key)) { drop.add(indices[n]!); break; }
    }
  }
  return drop;
}
