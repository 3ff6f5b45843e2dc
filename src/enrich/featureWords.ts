import { Buffer } from 'node:buffer';
import { APOSTROPHE, ASCII_CLASSES, classOfCodePoint, classOfUnit, FNV_OFFSET, FNV_PRIME, lowerCodePoint, lowerUnit, SEPARATOR } from './charClasses.js';
import { foldCase } from './compareText.js';
import { addPart, findPart, MISSING, type PartTable } from './partTable.js';
import { partToken } from './tokenize.js';

/** Turns a token (as `tokenize` gives it) into a number, or -1 to skip it. */
export type TokenNumber = (token: string) => number;

/** Reusable buffers of one scan: the text's code units (lowered in place) and the numbers found. */
export interface WordScratch {
  bytes: Buffer;
  units: Uint16Array;
  out: Int32Array;
}

/** Buffers for `numberWords`, grown as needed. */
export function createWordScratch(): WordScratch {
  const bytes = Buffer.allocUnsafeSlow(1 << 15);
  return { bytes, units: new Uint16Array(bytes.buffer, 0, bytes.length >> 1), out: new Int32Array(1024) };
}

/**
 * The code units of `text` in `scratch.units`: one native copy, then the
 * scan reads a typed array, about three times faster than charCodeAt.
 */
function loadUnits(text: string, scratch: WordScratch): Uint16Array {
  if (scratch.units.length < text.length) {
    scratch.bytes = Buffer.allocUnsafeSlow(text.length * 2);
    scratch.units = new Uint16Array(scratch.bytes.buffer, 0, text.length);
  }
  scratch.bytes.write(text, 0, 'utf16le');
  return scratch.units;
}

/**
 * The numbers of the tokens of `text`, in order, skipping those `number`
 * maps to -1: the same tokens as `tokenize(text)`, found without
 * lowering the whole text or cutting each word out of it. Each distinct
 * run of text is turned into a token (and a number) once, through `parts`.
 *
 * @param skipUpTo runs of at most this many code units are skipped unread:
 *   their tokens cannot be longer (folding is one unit per unit here, and
 *   dropping apostrophes and stemming only shorten), so a caller that
 *   wants no short tokens saves most lookups ("a", "of", "in")
 * @returns how many numbers were written to `scratch.out`
 */
export function numberWords(text: string, parts: PartTable, number: TokenNumber, scratch: WordScratch, skipUpTo = 0): number {
  // NFKC first, like foldCase; lowering per character is then exact unless a
  // character maps to several or depends on context, which the scan reports.
  const count = scan(text.normalize('NFKC'), true, parts, number, scratch, skipUpTo);
  return count >= 0 ? count : scan(foldCase(text), false, parts, number, scratch, skipUpTo);
}

/** ASCII letters and digits lowered, the apostrophe kept, separators 0: class and case in one lookup. */
const ASCII_UNITS = Uint16Array.from(ASCII_CLASSES, (kind, code) => (kind === SEPARATOR ? 0 : code >= 0x41 && code <= 0x5a ? code + 0x20 : code));
const QUOTE = 0x27;

/**
 * The scan; -1 when `lowering` met a character only a whole-string
 * toLowerCase handles. Runs are lowered in place in the copy of the text,
 * so a run is looked up where it lies.
 */
function scan(source: string, lowering: boolean, parts: PartTable, number: TokenNumber, scratch: WordScratch, skipUpTo: number): number {
  const length = source.length;
  const units = loadUnits(source, scratch);
  // Imported bindings cost a load and a check on every use: copy them to locals for the loop.
  const asciiUnits = ASCII_UNITS;
  const prime = FNV_PRIME;
  let count = 0;
  let start = -1;
  let apostrophes = false;
  let hash = 0;
  for (let i = 0; i < length; i++) {
    const code = units[i] ?? 0;
    if (code < 0x80) {
      // Without lowering the source is folded already, so this table only lowers what is lower.
      const unit = asciiUnits[code] ?? 0;
      if (unit === 0) {
        if (start >= 0 && i - start > skipUpTo) count = finishRun(parts, units, start, i - start, hash, apostrophes, number, scratch, count);
        start = -1;
        continue;
      }
      if (start < 0) {
        start = i;
        apostrophes = false;
        hash = FNV_OFFSET;
      }
      if (unit !== code) units[i] = unit;
      else if (unit === QUOTE) apostrophes = true;
      hash = Math.imul(hash ^ unit, prime);
      continue;
    }
    let kind: number;
    let unit = code;
    let low = -1;
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < length ? (units[i + 1] ?? 0) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        let point = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        if (lowering) point = lowerCodePoint(point);
        if (point < 0) return -1;
        kind = classOfCodePoint(point);
        unit = 0xd800 + ((point - 0x10000) >> 10);
        low = 0xdc00 + ((point - 0x10000) & 0x3ff);
      } else {
        kind = SEPARATOR; // a lone surrogate is no letter
      }
    } else {
      unit = lowering ? lowerUnit(code) : code;
      if (unit < 0) return -1;
      kind = classOfUnit(unit);
    }
    if (kind === SEPARATOR) {
      if (start >= 0 && i - start > skipUpTo) count = finishRun(parts, units, start, i - start, hash, apostrophes, number, scratch, count);
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      apostrophes = false;
      hash = FNV_OFFSET;
    }
    if (kind === APOSTROPHE) apostrophes = true;
    units[i] = unit;
    hash = Math.imul(hash ^ unit, prime);
    if (low >= 0) {
      units[++i] = low;
      hash = Math.imul(hash ^ low, prime);
    }
  }
  if (start >= 0 && length - start > skipUpTo) count = finishRun(parts, units, start, length - start, hash, apostrophes, number, scratch, count);
  return count;
}

/** Number the run at `units[start..start + size)` and append it to `scratch.out` unless skipped; returns the new count. */
function finishRun(
  parts: PartTable, units: Uint16Array, start: number, size: number, hash: number, apostrophes: boolean, number: TokenNumber, scratch: WordScratch, count: number,
): number {
  let id = findPart(parts, units, start, size, hash);
  if (id === MISSING) id = addRun(parts, units, start, size, hash, apostrophes, number);
  if (id < 0) return count;
  if (count === scratch.out.length) grow(scratch);
  scratch.out[count] = id;
  return count + 1;
}

/** Number a run seen for the first time (kept apart so the common path stays small enough to inline). */
function addRun(parts: PartTable, units: Uint16Array, start: number, size: number, hash: number, apostrophes: boolean, number: TokenNumber): number {
  const run = units.subarray(start, start + size);
  const token = partToken(decode(run, size), apostrophes);
  const id = token === '' ? -1 : number(token);
  addPart(parts, run, size, hash, id);
  return id;
}

function decode(run: Uint16Array, size: number): string {
  let text = '';
  // In slices: an argument list has a length limit.
  for (let at = 0; at < size; at += 4096) text += String.fromCharCode(...run.subarray(at, Math.min(size, at + 4096)));
  return text;
}

function grow(scratch: WordScratch): void {
  const out = new Int32Array(scratch.out.length * 2);
  out.set(scratch.out);
  scratch.out = out;
}
