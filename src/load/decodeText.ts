import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, Result, SeedEncoding } from '../types.js';
import { decodeMixed } from './decodeMixed.js';
import { lineColumn } from './lineColumn.js';
import { isUtf8 } from 'node:buffer';
import { sniffBinary, sniffMagic } from './sniffBinary.js';

const BOM = [0xef, 0xbb, 0xbf] as const;
/**
 * Above this share of bytes decoded as Windows-1252, the "text" is more
 * likely noise or another multi-byte encoding (Shift-JIS, GBK), for which
 * Latin letters would be mojibake. Short snippets are exempt: "“A” café"
 * is 3 odd bytes in 8.
 */
const MAX_LEGACY_SHARE = 0.3;
const LEGACY_SHARE_MIN_BYTES = 64;
/** Above this share of control characters after decoding, it is not text. */
const MAX_CONTROL_SHARE = 0.01;

/** What the bytes decoded to, or null when they are not text. */
export type DecodedText = { text: string; encoding: SeedEncoding } | null;

/**
 * Decode the bytes of a seed: strict UTF-8 first (a UTF-8 BOM is dropped),
 * then, if that fails, Windows-1252 for the bytes that are not UTF-8 (with a
 * warning), and never binary data (an error and a null value). Stray NUL
 * bytes are removed with a warning. Line endings come out as `\n`.
 * @param bytes the file's bytes, untouched
 * @param file path relative to seeds/, for diagnostics
 */
export function decodeText(bytes: Uint8Array, file: string): Result<DecodedText> {
  return decodePlainUtf8(bytes) ?? decodeCarefully(bytes, file);
}

/** Control bytes `sniffBinary` counts (NUL aside): in valid UTF-8 they are exactly these characters. */
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001a\u001c-\u001f]/;

/**
 * The common case, decided cheaply: valid UTF-8 (checked natively) with no
 * NUL and no control byte, so that `sniffBinary` could only object on its
 * magic numbers. Gives exactly what `decodeCarefully` gives, or null to
 * leave anything else to it.
 */
function decodePlainUtf8(bytes: Uint8Array): Result<DecodedText> | null {
  if (bytes.indexOf(0) >= 0 || !isUtf8(bytes) || sniffMagic(bytes) !== null) return null;
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('utf8', hasBom ? 3 : 0);
  if (CONTROL.test(text)) return null;
  return { value: { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' }, diagnostics: [] };
}

function decodeCarefully(bytes: Uint8Array, file: string): Result<DecodedText> {
  const binary = sniffBinary(bytes);
  if (binary !== null) {
    return {
      value: null,
      diagnostics: [{
        code: codes.LOAD_BINARY, severity: 'error', file,
        message: `${file} is not a text file: it looks like ${binary}`,
        hint: binary.includes('UTF-16')
          ? 'Re-save the file as UTF-8 text.'
          : 'Seeds must be plain text (.txt) or Markdown (.md): paste the article text into a .txt file, or move this file out of seeds/.',
      }],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  let body = hasBom ? bytes.subarray(3) : bytes;
  body = removeNuls(body, file, diagnostics);
  let text: string;
  let encoding: SeedEncoding = hasBom ? 'utf-8-bom' : 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const mixed = decodeMixed(body);
    const controls = countControls(mixed.text);
    if ((body.length >= LEGACY_SHARE_MIN_BYTES && mixed.invalidBytes / body.length > MAX_LEGACY_SHARE) || controls / mixed.text.length > MAX_CONTROL_SHARE) {
      return {
        value: null,
        diagnostics: [...diagnostics, {
          code: codes.LOAD_UNDECODABLE, severity: 'error', file,
          ...lineColumn(mixed.text, mixed.firstInvalidAt),
          message: `${file} is neither UTF-8 nor recognisable Windows-1252/Latin-1 text`,
          hint: 'Open it in a text editor and re-save it as UTF-8; if it is not text, move it out of seeds/.',
        }],
      };
    }
    text = mixed.text;
    encoding = 'windows-1252';
    diagnostics.push({
      code: codes.LOAD_NOT_UTF8, severity: 'warning', file,
      ...lineColumn(text, mixed.firstInvalidAt),
      message: mixed.utf8Sequences > 0
        ? `${file} mixes UTF-8 with ${mixed.invalidBytes} byte(s) that are not UTF-8; those were read as Windows-1252`
        : `${file} is not UTF-8; decoded it as Windows-1252 (Latin-1), ${mixed.invalidBytes} non-ASCII byte(s)`,
      hint: 'Check the accented letters and quotes on the article page, then re-save the file as UTF-8.',
    });
  }
  return { value: { text: text.replace(/\r\n?/g, '\n'), encoding }, diagnostics };
}

/** Drop NUL bytes (a few survive some copy-paste tools), reporting where the first was. */
function removeNuls(bytes: Uint8Array, file: string, diagnostics: Diagnostic[]): Uint8Array {
  const first = bytes.indexOf(0);
  if (first < 0) return bytes;
  const kept = bytes.filter((b) => b !== 0);
  // Position: decode the prefix leniently; good enough for pointing at the spot.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, first));
  diagnostics.push({
    code: codes.LOAD_NUL_BYTES, severity: 'warning', file, ...lineColumn(prefix, prefix.length),
    message: `${file} contains ${bytes.length - kept.length} NUL byte(s); removed them`,
    hint: 'Re-save the file from a text editor to get rid of the invisible characters.',
  });
  return kept;
}

/** Control characters that never belong in an article (tab, newline, CR, form feed are fine). */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) n++;
  }
  return n;
}
