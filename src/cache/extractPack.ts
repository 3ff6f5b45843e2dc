import type { ExtractedSeed } from '../types.js';

/**
 * The binary layout of extraction cache entries. An entry is
 *
 *     key (64 ASCII hex bytes) · u32 length of the rest · u32 meta length ·
 *     meta (UTF-8 JSON) · strings…
 *
 * where the meta is the extracted seed with each record's `text` and
 * Markdown `body.html` replaced by their index in the strings that follow,
 * each one `u8 encoding (0 latin1, 1 UTF-16LE) · u32 byte length · bytes`.
 * The long texts are most of an entry, and copying raw code units back into
 * a string is several times faster than JSON-parsing or UTF-8-decoding them,
 * which is what makes a warm build's thousands of hits cheap.
 */
export const KEY_LENGTH = 64;

const LATIN1 = 0;
const UTF16 = 1;
/** Any character beyond Latin-1 makes V8 store a string in two bytes per unit anyway. */
const WIDE = /[^\u0000-\u00ff]/;

/** Encode one entry (the caller's value is not modified). */
export function encodeEntry(key: string, value: ExtractedSeed): Buffer {
  const strings: string[] = [];
  const slot = (s: string): number => strings.push(s) - 1;
  const records = value.records.map((r) => ({
    ...r,
    text: slot(r.text),
    body: r.body.kind === 'markdown' ? { ...r.body, html: slot(r.body.html) } : r.body,
  }));
  const meta = Buffer.from(JSON.stringify({ ...value, records }), 'utf8');
  const parts: Buffer[] = [];
  let length = 4 + meta.length;
  for (const s of strings) {
    const wide = WIDE.test(s);
    const bytes = Buffer.from(s, wide ? 'utf16le' : 'latin1');
    const head = Buffer.alloc(5);
    head.writeUInt8(wide ? UTF16 : LATIN1, 0);
    head.writeUInt32LE(bytes.length, 1);
    parts.push(head, bytes);
    length += 5 + bytes.length;
  }
  const start = Buffer.alloc(KEY_LENGTH + 8);
  start.write(key, 0, KEY_LENGTH, 'latin1');
  start.writeUInt32LE(length, KEY_LENGTH);
  start.writeUInt32LE(meta.length, KEY_LENGTH + 4);
  return Buffer.concat([start, meta, ...parts]);
}

/**
 * Split a segment file into its entries (key -> the entry's bytes, not yet
 * decoded). A cut-short or garbled tail ends the segment: what came before
 * it is kept, the rest are misses.
 */
export function splitSegment(data: Buffer, into: Map<string, Buffer>): number {
  let offset = 0;
  let count = 0;
  while (offset + KEY_LENGTH + 8 <= data.length) {
    const key = data.toString('latin1', offset, offset + KEY_LENGTH);
    const length = data.readUInt32LE(offset + KEY_LENGTH);
    const end = offset + KEY_LENGTH + 4 + length;
    if (!/^[0-9a-f]{64}$/.test(key) || length < 4 || end > data.length) break;
    into.set(key, data.subarray(offset, end));
    count++;
    offset = end;
  }
  return count;
}

/** Decode an entry made by `encodeEntry`; undefined when it is damaged. */
export function decodeEntry(entry: Buffer): ExtractedSeed | undefined {
  try {
    const metaLength = entry.readUInt32LE(KEY_LENGTH + 4);
    let offset = KEY_LENGTH + 8 + metaLength;
    const value = JSON.parse(entry.toString('utf8', KEY_LENGTH + 8, offset)) as { records?: unknown };
    const strings: string[] = [];
    while (offset < entry.length) {
      const encoding = entry.readUInt8(offset);
      const length = entry.readUInt32LE(offset + 1);
      const start = offset + 5;
      offset = start + length;
      if (offset > entry.length || encoding > UTF16) return undefined;
      strings.push(encoding === UTF16 ? entry.toString('utf16le', start, offset) : entry.toString('latin1', start, offset));
    }
    if (!Array.isArray(value.records)) return undefined;
    const take = (index: unknown): string | undefined => (typeof index === 'number' ? strings[index] : undefined);
    for (const record of value.records as { text: unknown; body: { kind?: unknown; html?: unknown } }[]) {
      const text = take(record.text);
      if (text === undefined) return undefined;
      // Assigned in place, so every record keeps the key order it was built with.
      record.text = text;
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
