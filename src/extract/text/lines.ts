/** One non-empty line of a seed, cleaned, with its 1-based line number in `raw`. */
export interface Line {
  readonly text: string;
  readonly no: number;
  /** A blank line separates this line from the previous text line. */
  readonly gap: boolean;
}

/**
 * Undo common scraping artefacts in one line: backslash-escaped quotes
 * (`People\'s`), non-breaking and zero-width spaces, runs of whitespace, a
 * text browser's link numbers.
 */
export function cleanLine(text: string): string {
  // A text browser's dump numbers every link in place (`by [14]Jane Doe`): the numbers are no text.
  if (text.includes('[')) text = text.replace(LINK_NUMBER, '');
  // Most lines carry none of these artefacts: one scan decides, four replaces only when needed.
  if (!DIRTY.test(text)) return text.trim();
  const spaced = text
    .replace(/\\(['"])/g, '$1')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .replace(/\t/g, '  ')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .trim();
  const items = spaced.split(/ {2,}/);
  // Side-by-side menu items keep their gaps in a text copy (`Home   News   Contact us`): they are
  // joined as a menu row is written, which tells them from a title of the same words.
  return items.length >= 3 && items.every(isMenuItem) ? items.join(' | ') : spaced.replace(/ {2,}/g, ' ');
}

/** A menu item: a few words, no figures (a table's row has them) and no sentence. */
function isMenuItem(item: string): boolean {
  return item.length <= 30 && /\p{L}/u.test(item) && !/[\d.!?,;"“”]/.test(item) && item.split(' ').length <= 5;
}

/** `[14]Jane`, `#[1]Feed`: a link number glued to the link's text (a footnote mark `word[1] ` or `[3].` is not). */
const LINK_NUMBER = /#?\[\d{1,4}\](?=[\p{L}[])/gu;

const DIRTY = /\\['"]|[\u200b\u200c\u200d\ufeff\u00a0\t\u2009\u202f]| {2}/;

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
  // A char-code scan: ASCII letters and digits, plus the BMP letter blocks
  // (Latin-1 letters up to CJK), minus punctuation and symbol blocks. Faster
  // than a regex replace on the long paragraphs every seed is made of.
  const s = text.toLowerCase();
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isKeyChar(s.charCodeAt(i))) {
      if (i > start) out += s.slice(start, i);
      start = i + 1;
    }
  }
  return start === 0 ? s : out + s.slice(start);
}

/** Whether a (lower-case) UTF-16 code unit counts for `lineKey`. */
function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    || (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7)
    || (c >= 0x2c00 && c <= 0x2dff) || (c >= 0x3040 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe)
    || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xffef);
}
