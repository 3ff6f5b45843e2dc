/**
 * Windows-1252 for 0x80-0x9F (the WHATWG index); 0xA0-0xFF are Latin-1.
 * Written out because Node 20's `TextDecoder('windows-1252')` decodes
 * 0x80-0x9F as C1 control characters (Latin-1), which would turn curly
 * quotes into invisible controls.
 */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CP1252_HIGH: readonly string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i < 32 ? CP1252_C1[i]! : 0x80 + i));

/** What `decodeMixed` made of the bytes. */
export interface MixedDecoding {
  readonly text: string;
  /** Bytes that were not part of a valid UTF-8 sequence (decoded as Windows-1252). */
  readonly invalidBytes: number;
  /** Valid multi-byte UTF-8 sequences seen: >0 with invalid bytes means a mixed file. */
  readonly utf8Sequences: number;
  /** Index in `text` of the first character decoded as Windows-1252, or -1. */
  readonly firstInvalidAt: number;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    // Ranges from RFC 3629: no overlongs (E0), no surrogates (ED).
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Decode bytes that failed strict UTF-8: valid UTF-8 sequences stay UTF-8
 * and every other byte is read as Windows-1252 (a superset of Latin-1 for
 * printable characters). A pure Windows-1252 file decodes exactly as
 * Windows-1252 would; a file pasted together from both encodings does not
 * turn its UTF-8 curly quotes into mojibake.
 */
export function decodeMixed(bytes: Uint8Array): MixedDecoding {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  let length = 0;
  let invalidBytes = 0;
  let utf8Sequences = 0;
  let firstInvalidAt = -1;
  let runStart = 0;
  let i = 0;
  const flush = (end: number): void => {
    if (end > runStart) {
      const s = utf8.decode(bytes.subarray(runStart, end));
      parts.push(s);
      length += s.length;
    }
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const n = sequenceLength(bytes, i);
    if (n > 0) { utf8Sequences++; i += n; continue; }
    flush(i);
    if (firstInvalidAt < 0) firstInvalidAt = length;
    const ch = CP1252_HIGH[b - 0x80]!;
    parts.push(ch);
    length += ch.length;
    invalidBytes++;
    i++;
    runStart = i;
  }
  flush(bytes.length);
  return { text: parts.join(''), invalidBytes, utf8Sequences, firstInvalidAt };
}
