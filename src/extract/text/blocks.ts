import type { TextBlock } from '../../types.js';
import type { Annotated } from './annotate.js';
import { captionText } from './captions.js';
import { dedupeLines } from './dedupeLines.js';

/** Roles never rendered in the body. */
const DROPPED = new Set(['boiler', 'credit', 'date', 'byline', 'sourceLine', 'topics', 'readMore']);

/** The body of one article as blocks, plus its plain text. */
export interface BuiltBody {
  readonly blocks: TextBlock[];
  /** Paragraphs, headings and quotes joined by blank lines (captions left out). */
  readonly text: string;
}

/** Turn the kept line indices into blocks, pairing embedded posts with their text. */
function toBlocks(lines: readonly Annotated[], kept: readonly number[], section: string | null): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (let n = 0; n < kept.length; n++) {
    const line = lines[kept[n]!]!;
    const last = n === kept.length - 1;
    switch (line.role) {
      case 'caption': blocks.push({ type: 'caption', text: captionText(line.text) }); break;
      case 'quoteText': {
        const next = lines[kept[n + 1] ?? -1];
        if (next?.post) {
          blocks.push({ type: 'quote', text: line.text, attribution: next.post.attribution, date: next.post.date });
          n++;
        } else blocks.push({ type: 'paragraph', text: line.text });
        break;
      }
      case 'post': break;
      case 'label':
        if (last || (section !== null && line.text.toLowerCase() === section.toLowerCase())) break;
        blocks.push({ type: 'heading', text: line.text });
        break;
      case 'title':
        if (!last) blocks.push({ type: 'heading', text: line.text });
        break;
      default: blocks.push({ type: 'paragraph', text: line.text });
    }
  }
  return blocks;
}

/**
 * Build the body from lines `from`..`to` (exclusive): chrome dropped,
 * duplicates dropped (first kept), titles become headings, captions kept
 * once, embedded posts become quotes. A trailing label (a repeated section
 * name or tag) is dropped.
 * @param exclude header lines (dek, byline, section label, copies) already used
 */
export function buildBlocks(lines: readonly Annotated[], from: number, to: number, exclude: ReadonlySet<number>, section: string | null): BuiltBody {
  const candidates: number[] = [];
  for (let i = Math.max(0, from); i < Math.min(lines.length, to); i++) {
    if (!exclude.has(i) && !DROPPED.has(lines[i]!.role)) candidates.push(i);
  }
  const dupes = dedupeLines(lines, candidates);
  const kept = candidates.filter((i) => !dupes.has(i));
  const blocks = toBlocks(lines, kept, section);
  const text = blocks.filter((b) => b.type !== 'caption').map((b) => b.text).join('\n\n');
  return { blocks, text };
}
