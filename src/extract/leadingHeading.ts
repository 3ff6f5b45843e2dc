import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface MdNode {
  readonly type: string;
  readonly depth?: number;
  readonly value?: string;
  readonly children?: readonly MdNode[];
  readonly position?: { readonly start: { readonly line: number }; readonly end: { readonly offset?: number } };
}

const parser = unified().use(remarkParse);
/** Longest first block looked at: no headline is longer. */
const PREFIX_MAX = 10_000;

function plain(node: MdNode): string {
  if (node.type === 'html') return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plain).join('');
}

/**
 * When a Markdown body opens with a level-1 heading (`# Title`, or a
 * setext title underlined with `===`), that heading is its headline: return
 * its plain text, the 1-based line it is on (within `markdown`) and the
 * body after it, so the headline is not shown twice. Null otherwise.
 */
export function leadingHeading(markdown: string): { text: string; line: number; rest: string } | null {
  // The heading, if any, is in the first block: parse only up to the first blank line
  // (capped), not a body that may be megabytes long.
  const start = /^\s*/.exec(markdown)?.[0].length ?? 0;
  const blank = markdown.slice(start).search(/\n[ \t]*\n/);
  const prefix = markdown.slice(0, Math.min(blank < 0 ? markdown.length : start + blank + 1, start + PREFIX_MAX));
  const tree = parser.parse(prefix) as MdNode;
  const first = tree.children?.[0];
  if (first === undefined || first.type !== 'heading' || first.depth !== 1) return null;
  const text = plain(first).replace(/\s+/g, ' ').trim();
  const end = first.position?.end.offset;
  if (text === '' || end === undefined) return null;
  return { text, line: first.position?.start.line ?? 1, rest: markdown.slice(end).replace(/^\s*\n/, '') };
}
