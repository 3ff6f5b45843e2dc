/** One non-empty line of a seed, cleaned, with its 1-based line number in `raw`. */
export interface Line {
  readonly text: string;
  readonly no: number;
  /** A blank line separates this line from the previous text line. */
  readonly gap: boolean;
}

/**
 * Undo common scraping artefacts in one line: backslash-escaped quotes
 * (`People\'s`), non-breaking and zero-width spaces, runs of whitespace.
 */
export function cleanLine(text: string): string {
  return text
    .replace(/\\(['"])/g, '$1')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/[\u00a0\t\u2009\u202f]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Split raw seed text into cleaned non-empty lines, keeping line numbers so
 * provenance can point back into the original file.
 */
export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  const parts = raw.split('\n');
  for (let i = 0; i < parts.length; i++) {
    const text = cleanLine(parts[i] ?? '');
    if (text !== '') out.push({ text, no: i + 1, gap: out.length > 0 && out[out.length - 1]!.no < i });
  }
  return out;
}

/**
 * A comparison key for near-duplicate detection: case, quote style,
 * punctuation and spacing do not matter.
 */
export function lineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
