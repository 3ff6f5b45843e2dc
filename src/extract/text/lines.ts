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
  // One non-unicode regex pass: ASCII letters and digits, plus the BMP letter
  // blocks (Latin-1 letters up to CJK), minus punctuation and symbol blocks.
  return text.toLowerCase().replace(NOT_KEY, '');
}

const NOT_KEY = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2dff\u3040-\ufdff\ufe70-\ufefe\uff21-\uff3a\uff41-\uffef]+/g;
