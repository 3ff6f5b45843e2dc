import type { ExtractedSeed } from '../types.js';

/**
 * The binary layout of extraction cache entries. An entry is
 *
 *     key (64 ASCII hex bytes) · u32 length of the rest · u32 meta length ·
 *     meta (UTF-8 JSON) · [pad] · strings…
 *
 * where the meta is the extracted seed with each record's `text` and
 * Markdown `body.html` replaced by their index in the strings that follow,
 * each one `u8 encoding (0 latin1, 1 UTF-16LE) · u8 0 · u32 byte length ·
 * bytes · [pad]`. Pads keep every part at an even offset, so an entry is
 * even-sized and its UTF-16 texts sit at even offsets of the segment file.
 * The long texts are most of an entry: they come back as a plain copy of
 * code units, with no JSON or UTF-8 decoding, which is what makes a warm
 * build's thousands of hits cheap (a record's text is not decoded at all
 * when its signals are current: see `decodeEntry`).
 */
export const KEY_LENGTH = 64;

const LATIN1 = 0;
const UTF16 = 1;
/** Any character beyond Latin-1 makes V8 store a string in two bytes per unit anyway. */
const WIDE = /[^\u0000-\u00ff]/;

/**
 * Encode one entry (the caller's value is not modified).
 * @param signalsKey what the records' `signals` were computed with (the
 *   taxonomy), if they carry any: a hit under the same key need not decode
 *   the records' texts
 */
export function encodeEntry(key: string, value: ExtractedSeed, signalsKey: string | null = null): Buffer {
  const strings: string[] = [];
  const slot = (s: string): number => strings.push(s) - 1;
  const records = value.records.map((r) => ({
    ...r,
    text: slot(r.text),
    body: r.body.kind === 'markdown' ? { ...r.body, html: slot(r.body.html) } : r.body,
  }));
  const meta = JSON.stringify(signalsKey === null ? { ...value, records } : { ...value, records, signalsKey });
  const metaLength = Buffer.byteLength(meta, 'utf8');
  const wide = strings.map((s) => WIDE.test(s));
  const sizes = strings.map((s, i) => (wide[i] ? s.length * 2 : s.length));
  const body = 4 + metaLength + (metaLength % 2) + sizes.reduce((sum, n) => sum + 6 + n + (n % 2), 0);
  // One buffer written in place: no intermediate buffers to concatenate.
  const out = Buffer.alloc(KEY_LENGTH + 4 + body);
  out.write(key, 0, KEY_LENGTH, 'latin1');
  out.writeUInt32LE(body, KEY_LENGTH);
  out.writeUInt32LE(metaLength, KEY_LENGTH + 4);
  let offset = KEY_LENGTH + 8 + out.write(meta, KEY_LENGTH + 8, 'utf8');
  offset += metaLength % 2;
  strings.forEach((s, i) => {
    const size = sizes[i]!;
    out.writeUInt8(wide[i] ? UTF16 : LATIN1, offset);
    out.writeUInt32LE(size, offset + 2);
    out.write(s, offset + 6, wide[i] ? 'utf16le' : 'latin1');
    offset += 6 + size + (size % 2);
  });
  return out;
}

/** Where an entry sits in its segment file (offset and length in bytes, key included). */
export interface EntrySpan {
  readonly key: string;
  readonly offset: number;
  readonly length: number;
}

/**
 * The entries of a segment file, in order. A cut-short or garbled tail
 * ends the segment: what came before it is kept, the rest are misses.
 */
export function indexSegment(file: Buffer): EntrySpan[] {
  const spans: EntrySpan[] = [];
  let offset = 0;
  while (offset + KEY_LENGTH + 8 <= file.length) {
    const key = file.toString('latin1', offset, offset + KEY_LENGTH);
    const length = file.readUInt32LE(offset + KEY_LENGTH);
    const end = offset + KEY_LENGTH + 4 + length;
    if (!/^[0-9a-f]{64}$/.test(key) || length < 4 || end > file.length) break;
    spans.push({ key, offset, length: end - offset });
    offset = end;
  }
  return spans;
}

/** Bytes per span in an index file: the key, then u32 offset and length. */
const SPAN_BYTES = KEY_LENGTH + 8;

/** The index file of a segment's spans (see `readIndex`). */
export function encodeIndex(spans: readonly EntrySpan[]): Buffer {
  const out = Buffer.alloc(spans.length * SPAN_BYTES);
  spans.forEach((span, i) => {
    out.write(span.key, i * SPAN_BYTES, KEY_LENGTH, 'latin1');
    out.writeUInt32LE(span.offset, i * SPAN_BYTES + KEY_LENGTH);
    out.writeUInt32LE(span.length, i * SPAN_BYTES + KEY_LENGTH + 4);
  });
  return out;
}

/** Spans from an index file, or null when it is damaged or does not fit a segment of `segmentSize` bytes. */
export function readIndex(index: Buffer, segmentSize: number): EntrySpan[] | null {
  if (index.length % SPAN_BYTES !== 0) return null;
  const spans: EntrySpan[] = [];
  for (let at = 0; at < index.length; at += SPAN_BYTES) {
    const key = index.toString('latin1', at, at + KEY_LENGTH);
    const offset = index.readUInt32LE(at + KEY_LENGTH);
    const length = index.readUInt32LE(at + KEY_LENGTH + 4);
    if (!/^[0-9a-f]{64}$/.test(key) || offset + length > segmentSize) return null;
    spans.push({ key, offset, length });
  }
  return spans;
}

/**
 * Decode an entry made by `encodeEntry`; undefined when it is damaged.
 * When the entry's signals were made under `signalsKey`, records come back
 * with their signals and an empty text (never decoded: enrichment needs the
 * signals only); otherwise with their text and without signals.
 */
export function decodeEntry(entry: Buffer, signalsKey: string | null = null): ExtractedSeed | undefined {
  try {
    const metaLength = entry.readUInt32LE(KEY_LENGTH + 4);
    const metaEnd = KEY_LENGTH + 8 + metaLength;
    const value = JSON.parse(entry.toString('utf8', KEY_LENGTH + 8, metaEnd)) as { records?: unknown; signalsKey?: unknown };
    const current = signalsKey !== null && value.signalsKey === signalsKey;
    delete value.signalsKey;
    let offset = metaEnd + (metaLength % 2);
    /** Where each string is: decoded only when taken. */
    const spans: [number, number, number][] = [];
    while (offset < entry.length) {
      const encoding = entry.readUInt8(offset);
      const length = entry.readUInt32LE(offset + 2);
      const start = offset + 6;
      offset = start + length + (length % 2);
      if (start + length > entry.length || encoding > UTF16 || (encoding === UTF16 && length % 2 === 1)) return undefined;
      spans.push([encoding, start, start + length]);
    }
    if (!Array.isArray(value.records)) return undefined;
    const take = (index: unknown): string | undefined => {
      const span = typeof index === 'number' ? spans[index] : undefined;
      return span === undefined ? undefined : entry.toString(span[0] === UTF16 ? 'utf16le' : 'latin1', span[1], span[2]);
    };
    for (const record of value.records as { text: unknown; body: { kind?: unknown; html?: unknown }; signals?: unknown }[]) {
      // Assigned in place, so every record keeps the key order it was built with.
      if (current && typeof record.text === 'number' && record.text < spans.length) record.text = '';
      else {
        const found = take(record.text);
        if (found === undefined) return undefined;
        record.text = found;
        delete record.signals;
      }
      if (record.body.kind === 'markdown') {
        const html = take(record.body.html);
        if (html === undefined) return undefined;
        record.body.html = html;
      }
    }
    return value as unknown as ExtractedSeed;
  } catch {
    return undefined;
  }
}
