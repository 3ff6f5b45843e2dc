/** Magic numbers of file types archivists are likely to drop into seeds/ by mistake. */
const MAGIC: ReadonlyArray<{ readonly name: string; readonly bytes: readonly number[]; readonly at?: number }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or .docx/.odt/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an old Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a UTF-16 text file', bytes: [0xff, 0xfe] },
  { name: 'a UTF-16 text file', bytes: [0xfe, 0xff] },
];

/**
 * Share of NUL bytes above which a file is binary (or UTF-16) rather than
 * text with a few stray NULs, as left by some copy-paste tools.
 */
const NUL_SHARE = 0.01;
/** Share of C0 control bytes (other than tab, LF, CR, FF, ESC) that marks binary data. */
const CONTROL_SHARE = 0.05;

/** What the file's first bytes (its magic number) say it is, or null when they say nothing. */
export function sniffMagic(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) {
    const at = magic.at ?? 0;
    if (bytes.length >= at + magic.bytes.length && magic.bytes.every((b, i) => bytes[at + i] === b)) return magic.name;
  }
  return null;
}

/**
 * Decide whether `bytes` are binary data rather than text, and say what
 * kind when the magic number tells. Returns null for text.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  const magic = sniffMagic(bytes);
  if (magic !== null) return magic;
  if (bytes.length === 0) return null;
  let nul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nul++;
      if (i % 2 === 1) oddNul++;
    }
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  // Tiny files: a single NUL in 20 bytes is still "bulk"; require at least two.
  if (nul >= 2 && nul / bytes.length > NUL_SHARE) {
    // UTF-16 without a BOM: Latin text has a NUL in every other byte, all on the same side.
    const sided = Math.max(oddNul, nul - oddNul);
    if (nul > bytes.length / 3 && sided > nul * 0.95) return 'a UTF-16 text file (no byte-order mark)';
    return 'binary data (many NUL bytes)';
  }
  if (control / bytes.length > CONTROL_SHARE) return 'binary data (many control characters)';
  return null;
}
