import type { Annotated } from './annotate.js';
import { found, notFound, type Found } from './provenance.js';
import { isMeta, nextContent } from './structure.js';

/**
 * The standfirst: the line right after the headline when it is a short
 * phrase or single sentence (not a byline or dateline) that is followed by
 * body text, or by the byline/dateline block.
 * @param dekIndex a title-shaped line the run measurement already saw as a dek
 */
export function findDek(lines: readonly Annotated[], headline: number, dekIndex: number | null, skip: ReadonlySet<number>): Found<string | null> {
  if (dekIndex !== null) {
    const line = lines[dekIndex]!;
    return found(line.text, 'extracted', line.text, line.no, 'medium');
  }
  const i = nextContent(lines, headline, skip);
  const line = lines[i];
  if (!line || line.role !== 'para' || line.text.length > 220) return notFound();
  if (/[.!?]["”’]?\s+\S/.test(line.text.replace(/\b(?:Mr|Mrs|Ms|Dr|St|U\.S|U\.K)\./g, ''))) return notFound();
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
    const next = lines[j]!;
    if (next.role === 'date' || next.role === 'byline') return found(line.text, 'extracted', line.text, line.no, 'high');
    if (!isMeta(next, skip, j)) break;
  }
  return notFound();
}
