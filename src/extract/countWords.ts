/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** What `split(/\s+/)` splits at. */
const SPACE = /\s/;

/** Character classes: a separator, a letter or digit, an unspaced-script character, anything else. */
const OTHER = 1;
const WORD = 2;
const UNSPACED_CHAR = 3;
const SEPARATOR = 4;

/** Class of each BMP code unit, filled on first sight (0 = not yet known): the Unicode regexes run once per character, not per occurrence. */
const classes = new Uint8Array(0x10000);

function classify(char: string): number {
  if (UNSPACED.test(char)) return UNSPACED_CHAR;
  if (HAS_WORD.test(char)) return WORD;
  return SPACE.test(char) ? SEPARATOR : OTHER;
}

/**
 * Count words in plain text: whitespace-separated tokens that contain a
 * letter or digit (so "—" or "•" do not count), plus one per character
 * of scripts written without spaces (Chinese, Japanese, Thai…), the usual
 * convention for those languages; such a character also ends the word
 * before it. Linear time, no segmenter: seeds can be megabytes long.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A character outside the BMP (e.g. rare Han ideographs): classified directly.
        kind = classify(text.slice(i, i + 2));
        i++;
      } else kind = OTHER;
    } else {
      kind = classes[unit]!;
      if (kind === 0) {
        kind = classify(String.fromCharCode(unit));
        classes[unit] = kind;
      }
    }
    if (kind === WORD) inWord = true;
    else if (kind === SEPARATOR || kind === UNSPACED_CHAR) {
      if (inWord) count++;
      inWord = false;
      if (kind === UNSPACED_CHAR) count++;
    }
  }
  return inWord ? count + 1 : count;
}
