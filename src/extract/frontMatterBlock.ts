/**
 * Where the front matter of a Markdown seed is, found without parsing it:
 * enough to refuse a non-YAML language before any engine sees the text, to
 * report an unclosed block, to recover the body when the YAML is broken,
 * and to point diagnostics at the line of a key.
 */
export interface FrontMatterBlock {
  /** The language named after the opening `---` (`''` when none, i.e. YAML). */
  readonly language: string;
  /** 1-based line of the closing `---`, or null when the block is never closed. */
  readonly closeLine: number | null;
  /** Offset in the seed text where the body starts (after the closing line). */
  readonly bodyStart: number;
  /** 1-based line where the body starts. */
  readonly bodyLine: number;
}

/**
 * Locate the front matter block: the file starts with `---` (optionally
 * followed by a language name, as gray-matter allows) and the block ends
 * at the next line that starts with `---`. Returns null when the file has
 * no front matter (`----` and longer runs are a Markdown rule, not a fence).
 */
export function findFrontMatterBlock(raw: string): FrontMatterBlock | null {
  if (!raw.startsWith('---') || raw.startsWith('----')) return null;
  const firstEnd = raw.indexOf('\n');
  const language = (firstEnd < 0 ? raw.slice(3) : raw.slice(3, firstEnd)).trim();
  if (firstEnd < 0) return { language, closeLine: null, bodyStart: raw.length, bodyLine: 1 };
  let line = 2;
  let start = firstEnd + 1;
  while (start <= raw.length) {
    const end = raw.indexOf('\n', start);
    const text = raw.slice(start, end < 0 ? raw.length : end);
    if (text.startsWith('---')) {
      const bodyStart = end < 0 ? raw.length : end + 1;
      return { language, closeLine: line, bodyStart, bodyLine: end < 0 ? line : line + 1 };
    }
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return { language, closeLine: null, bodyStart: raw.length, bodyLine: line };
}

/**
 * 1-based line of each top-level key of the front matter (first
 * occurrence), so validation can say where a wrong value is. Only plain
 * and simply quoted keys at column 1 are recognised; others get no line.
 */
export function frontMatterKeyLines(raw: string): ReadonlyMap<string, number> {
  const block = findFrontMatterBlock(raw);
  const lines = new Map<string, number>();
  if (block === null) return lines;
  // Only the block's lines are split off: the body can be long.
  const all = raw.slice(0, block.bodyStart).split('\n');
  const last = block.closeLine === null ? all.length : block.closeLine - 1;
  for (let i = 1; i < last; i++) {
    const m = /^(?:"([^"]*)"|'([^']*)'|([^\s#:'"-][^:]*?))\s*:(?:\s|$)/.exec(all[i] ?? '');
    const key = m?.[1] ?? m?.[2] ?? m?.[3];
    if (key !== undefined && !lines.has(key)) lines.set(key, i + 1);
  }
  return lines;
}
