import { parseDateText, type DateMatch, type DateOptions } from './parseDateText.js';

/** Dates a header line states under a label, wherever on the line the label stands. */
export interface LabelledDates {
  readonly published: DateMatch | null;
  readonly updated: DateMatch | null;
}

/**
 * A label opening a metadata segment: at the start of the line or after a
 * separator (`•`, `·`, `|`, `;`, a spaced dash or slash). A label after a comma
 * or a word is running text (`the study, published March 4, ...`).
 */
const LABEL = /(?:^|\s[•·|–—/-]\s*|[|;]\s*|[•·]\s*)(?:first |originally )?(published|posted|issued|released|(?:last )?updated|modified)(?: on| at)?\s*:?\s*/giu;

/**
 * The publication and update dates that labelled segments of one short line
 * state (`By A and B • Published March 4, 2025 • Updated on March 5, 2025`),
 * even when the line as a whole reads as neither byline nor dateline. A
 * label only counts when its date follows right after it.
 */
export function labelledDates(text: string, options: DateOptions = {}): LabelledDates {
  let published: DateMatch | null = null;
  let updated: DateMatch | null = null;
  if (text.length > 200) return { published, updated };
  const dates = parseDateText(text, options);
  for (const m of text.matchAll(LABEL)) {
    const after = (m.index ?? 0) + m[0].length;
    // Room for a weekday (`Posted Tue 4 Mar 2025`) between label and date.
    const date = dates.find((d) => d.index >= after && d.index <= after + 12) ?? null;
    if (!date) continue;
    if (/updated|modified/i.test(m[1] ?? '')) updated ??= date;
    else published ??= date;
  }
  return { published, updated };
}
