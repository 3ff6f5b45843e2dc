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
  const tree = parser.parse(markdown) as MdNode;
  const first = tree.children?.[0];
  if (first === undefined || first.type !== 'heading' || first.depth !== 1) return null;
  const text = plain(first).replace(/\s+/g, ' ').trim();
  const end = first.position?.end.offset;
  if (text === '' || end === undefined) return null;
  return { text, line: first.position?.start.line ?? 1, rest: markdown.slice(end).replace(/^\s*\n/, '') };
}
