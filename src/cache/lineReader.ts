import { closeSync, openSync, readSync } from 'node:fs';

/** The lines of a file, one at a time (see `openLines`). */
export interface LineReader {
  /** The next line, without its `\n`; null at the end of the file, or once closed. */
  next(): string | null;
  /**
   * The next line's bytes, as `next` would decode them: a view of the
   * reader's buffer, valid only until the reader is used again (copy it to
   * keep it). Lines taken over as they are need never be decoded.
   */
  nextBytes(): Buffer | null;
  close(): void;
}

/**
 * Read a file line by line, a piece at a time, so a large file (the
 * previous build's `api/articles.json`, 300 MB at 100,000 articles) is
 * never held whole. Lines are cut at `\n` bytes, which never occur inside
 * a UTF-8 sequence, and decoded as UTF-8. Null when the file cannot be
 * opened; a read that fails ends the lines.
 */
export function openLines(file: string, pieceBytes = 1 << 20): LineReader | null {
  let fd: number | null;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  // One buffer, reused: what is left of a line moves to its front and the next piece is read after it.
  let buffer = Buffer.allocUnsafe(pieceBytes);
  let start = 0;
  let end = 0;
  const release = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  /** Read another piece after what is left of the buffer; false at the end of the file. */
  const more = (): boolean => {
    if (fd === null) return false;
    const left = end - start;
    // A line longer than the buffer: a buffer twice the size.
    if (left === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    buffer.copyWithin(0, start, end);
    start = 0;
    end = left;
    let read = 0;
    try {
      read = readSync(fd, buffer, end, buffer.length - end, null);
    } catch {
      read = 0;
    }
    if (read === 0) {
      release();
      return false;
    }
    end += read;
    return true;
  };
  /** Move past the next line; its bytes are `buffer[start, end)` of the returned pair, or null at the end. */
  const advance = (): readonly [number, number] | null => {
    for (;;) {
      const newline = buffer.indexOf(10, start);
      if (newline !== -1 && newline < end) {
        const from = start;
        start = newline + 1;
        return [from, newline];
      }
      if (!more()) {
        // The last line, when the file does not end with `\n`.
        if (start >= end) return null;
        const from = start;
        start = end;
        return [from, end];
      }
    }
  };
  return {
    next() {
      const line = advance();
      return line === null ? null : buffer.toString('utf8', line[0], line[1]);
    },
    nextBytes() {
      const line = advance();
      return line === null ? null : buffer.subarray(line[0], line[1]);
    },
    close() {
      release();
      start = end = 0;
    },
  };
}
