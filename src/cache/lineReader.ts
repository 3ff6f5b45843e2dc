import { closeSync, openSync, readSync } from 'node:fs';

/** The lines of a file, one at a time (see `openLines`). */
export interface LineReader {
  /** The next line, without its `\n`; null at the end of the file, or once closed. */
  next(): string | null;
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
  let buffer = Buffer.alloc(0);
  let start = 0;
  const release = (): void => {
    if (fd !== null) closeSync(fd);
    fd = null;
  };
  /** Append another piece to what is left of the buffer; false at the end of the file. */
  const more = (): boolean => {
    if (fd === null) return false;
    const piece = Buffer.allocUnsafe(pieceBytes);
    let read = 0;
    try {
      read = readSync(fd, piece, 0, pieceBytes, null);
    } catch {
      read = 0;
    }
    if (read === 0) {
      release();
      return false;
    }
    buffer = Buffer.concat([buffer.subarray(start), piece.subarray(0, read)]);
    start = 0;
    return true;
  };
  return {
    next() {
      for (;;) {
        const end = buffer.indexOf(10, start);
        if (end !== -1) {
          const line = buffer.toString('utf8', start, end);
          start = end + 1;
          return line;
        }
        if (!more()) {
          // The last line, when the file does not end with `\n`.
          if (start >= buffer.length) return null;
          const line = buffer.toString('utf8', start);
          start = buffer.length;
          return line;
        }
      }
    },
    close() {
      release();
      buffer = Buffer.alloc(0);
      start = 0;
    },
  };
}
