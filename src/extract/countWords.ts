/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Count words in plain text: whitespace-separated tokens that contain a
 * letter or digit (so "—" or "•" do not count), plus one per character
 * of scripts written without spaces (Chinese, Japanese, Thai…), the usual
 * convention for those languages. Linear time, no segmenter: seeds can be
 * megabytes long.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    const unspaced = token.match(UNSPACED)?.length ?? 0;
    count += unspaced;
    const rest = unspaced > 0 ? token.replace(UNSPACED, ' ') : token;
    if (unspaced === 0) {
      if (HAS_WORD.test(rest)) count++;
    } else {
      for (const part of rest.split(' ')) if (HAS_WORD.test(part)) count++;
    }
  }
  return count;
}
