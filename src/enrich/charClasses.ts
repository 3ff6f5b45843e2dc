/**
 * Character classes of the tokenizer, by code point: part of a word
 * (`\p{L}`, `\p{N}`), an apostrophe (kept inside words), or a separator.
 * Looked up once per distinct character instead of one Unicode-property
 * regex run per text.
 */
export const WORD = 1;
/** See WORD. */
export const APOSTROPHE = 2;
/** See WORD. */
export const SEPARATOR = 3;
/** 32-bit FNV-1a over the code units of a word: hashes runs without cutting them out. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** See FNV_OFFSET. */
export const FNV_PRIME = 0x01000193;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Class per UTF-16 code unit, filled lazily (0 = not looked up yet). Surrogates are classified as code points, never from here. */
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(char: string): number {
  if (char === "'" || char === '’') return APOSTROPHE;
  return WORD_CHAR.test(char) ? WORD : SEPARATOR;
}

/** ASCII classes, precomputed: most text is ASCII. */
export const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, code) => classify(String.fromCharCode(code)));

/** The class of a code unit outside the surrogate range. */
export function classOfUnit(code: number): number {
  let known = classes[code] ?? 0;
  if (known === 0) {
    known = classify(String.fromCharCode(code));
    classes[code] = known;
  }
  return known;
}

/** The class of a code point above U+FFFF. */
export function classOfCodePoint(point: number): number {
  let known = astral.get(point);
  if (known === undefined) {
    known = classify(String.fromCodePoint(point));
    astral.set(point, known);
  }
  return known;
}

/** Lower case per code unit + 1 (0 = not looked up yet, -1 = no one-unit mapping). */
const lowered = new Int32Array(0x10000);
const loweredAstral = new Map<number, number>();

/**
 * `String.fromCharCode(code).toLowerCase()` as one code unit, or -1 when it
 * is longer ("İ") or depends on context (final "Σ" becomes "ς"): then only
 * a whole-string `toLowerCase` is right.
 */
export function lowerUnit(code: number): number {
  let known = lowered[code] ?? 0;
  if (known === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    known = lower.length === 1 && code !== 0x3a3 ? lower.charCodeAt(0) + 1 : -1;
    lowered[code] = known;
  }
  return known < 0 ? -1 : known - 1;
}

/** The lower case of a code point above U+FFFF when it is one code point above U+FFFF, else -1. */
export function lowerCodePoint(point: number): number {
  let known = loweredAstral.get(point);
  if (known === undefined) {
    const lower = String.fromCodePoint(point).toLowerCase();
    const first = lower.codePointAt(0) ?? 0;
    known = lower.length === 2 && first > 0xffff ? first : -1;
    loweredAstral.set(point, known);
  }
  return known;
}
