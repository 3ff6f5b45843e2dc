import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openLines } from '../../../src/cache/lineReader.js';

const dir = mkdtempSync(path.join(tmpdir(), 'line-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every line of `text` as read in pieces of `piece` bytes. */
function linesOf(text: string, piece: number): string[] {
  const file = path.join(dir, 'file.txt');
  writeFileSync(file, text);
  const reader = openLines(file, piece)!;
  const lines: string[] = [];
  for (let line = reader.next(); line !== null; line = reader.next()) lines.push(line);
  reader.close();
  return lines;
}

describe('openLines', () => {
  it.each([1, 2, 3, 5, 64, 1 << 20])('gives the lines of a file read %i bytes at a time, multi-byte characters whole', (piece) => {
    const text = 'first\n\nZ\u00fcrich \u2014 caf\u00e9 \u{1F4F0}\nlast line without a newline';
    expect(linesOf(text, piece)).toEqual(text.split('\n'));
    expect(linesOf(`${text}\n`, piece)).toEqual(text.split('\n'));
  });

  it.each([1, 3, 64])('gives the same lines as bytes, read %i bytes at a time, and the two mixed', (piece) => {
    const text = 'first\n\nZ\u00fcrich \u2014 caf\u00e9 \u{1F4F0}\nlast line without a newline';
    const file = path.join(dir, 'bytes.txt');
    writeFileSync(file, text);
    const reader = openLines(file, piece)!;
    const lines: string[] = [];
    for (let i = 0; ; i++) {
      // A view of the reader's buffer: decoded before the reader moves on.
      const line = i % 2 === 0 ? reader.nextBytes()?.toString('utf8') ?? null : reader.next();
      if (line === null) break;
      lines.push(line);
    }
    expect(lines).toEqual(text.split('\n'));
    expect(reader.nextBytes()).toBeNull();
  });

  it('gives no line of an empty file, and none once closed', () => {
    expect(linesOf('', 4)).toEqual([]);
    const file = path.join(dir, 'closed.txt');
    writeFileSync(file, 'a\nb\n');
    for (const piece of [1, 1 << 20]) {
      const reader = openLines(file, piece)!;
      expect(reader.next()).toBe('a');
      reader.close();
      expect(reader.next()).toBeNull();
    }
  });
});
