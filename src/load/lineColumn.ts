/**
 * 1-based line and column of `index` in `text`, counting `\r\n`, lone `\r`
 * and `\n` as one line break each, so positions found before line endings
 * are normalised match the normalised text. Columns count UTF-16 code units.
 */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(index, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
