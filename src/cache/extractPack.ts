import type { ArticleRecord, ExtractedSeed, StoredBody } from '../types.js';
import { decodeBody, encodeBody } from './bodyStore.js';
import { enrichmentDigest } from '../enrich/enrichmentInputs.js';

/**
 * The binary layout of extraction cache entries. An entry is
 *
 *     key (64 ASCII hex bytes) · u32 length of the rest · u32 meta length ·
 *     u32 part count · meta (UTF-8 JSON) · part table · parts…
 *
 * where the meta is the extracted seed with each record's `text` replaced
 * by the index of its part and its `body` by `{ part, digest }`, and, when
 * the records carry signals, the `enrichmentDigest` of each record. The part
 * table holds `u8 encoding · u8 0 · u32 byte length` per part; the parts
 * follow it. A text is Latin-1 when it fits (a plain copy of code units
 * either way) and UTF-8 otherwise: news text with one dash or curly quote
 * would take two bytes per character as UTF-16, and texts are most of a
 * cold build's cache writes. A text with a lone surrogate, which UTF-8
 * cannot carry, is stored as UTF-16LE. A body is stored as the body store
 * keeps it (`encodeBody`).
 *
 * Everything before the parts is the entry's head. A warm build reads the
 * head alone: a record's text is not needed when its signals are current,
 * and its body is not read at all, only pointed at where it lies in the
 * segment (read back when its page is rendered).
 */
export const KEY_LENGTH = 64;

/** Bytes before the meta: key, rest length, meta length, part count. */
const FIXED = KEY_LENGTH + 12;
const PART_BYTES = 6;
const LATIN1 = 0;
const UTF8 = 1;
const BODY = 2;
const UTF16 = 3;
/** How each text encoding is read back. */
const TEXT_ENCODINGS: Readonly<Record<number, BufferEncoding>> = { [LATIN1]: 'latin1', [UTF8]: 'utf8', [UTF16]: 'utf16le' };
/** Any character beyond Latin-1. */
const WIDE = /[^\u0000-\u00ff]/;

/** A record's body in the meta: its part, and the digest a page hash needs. */
interface BodySlot {
  readonly part: number;
  readonly digest: string;
}

/**
 * Encode one entry (the caller's value is not modified; its bodies must be
 * held in memory, not stored).
 * @param signalsKey what the records' `signals` were computed with (the
 *   taxonomy), if they carry any: a hit under the same key need not decode
 *   the records' texts
 */
export function encodeEntry(key: string, value: ExtractedSeed, signalsKey: string | null = null): Buffer {
  const parts: { encoding: number; size: number; write: (out: Buffer, at: number) => void }[] = [];
  const text = (s: string): number => {
    // A lone surrogate (not well formed) cannot round-trip through UTF-8. The
    // native check: a look-around regular expression took 0.2 s per worker at 10,000 articles.
    const encoding = !WIDE.test(s) ? LATIN1 : s.isWellFormed() ? UTF8 : UTF16;
    const as = TEXT_ENCODINGS[encoding]!;
    return parts.push({ encoding, size: Buffer.byteLength(s, as), write: (out, at) => out.write(s, at, as) }) - 1;
  };
  const body = (record: ArticleRecord): BodySlot => {
    const { bytes, digest } = encodeBody(record.body);
    return { part: parts.push({ encoding: BODY, size: bytes.length, write: (out, at) => bytes.copy(out, at) }) - 1, digest };
  };
  const records = value.records.map((r) => ({ ...r, text: text(r.text), body: body(r) }));
  // Digests of what enrichment reads, made once here so a hit's record need not be serialised again to key enrichment.
  const meta = JSON.stringify(signalsKey === null ? { ...value, records } : { ...value, records, signalsKey, enrichment: value.records.map(enrichmentDigest) });
  const metaLength = Buffer.byteLength(meta, 'utf8');
  const head = FIXED + metaLength + parts.length * PART_BYTES;
  const total = parts.reduce((sum, part) => sum + part.size, head);
  // One buffer written in place: no intermediate buffers to concatenate.
  const out = Buffer.alloc(total);
  out.write(key, 0, KEY_LENGTH, 'latin1');
  out.writeUInt32LE(total - KEY_LENGTH - 4, KEY_LENGTH);
  out.writeUInt32LE(metaLength, KEY_LENGTH + 4);
  out.writeUInt32LE(parts.length, KEY_LENGTH + 8);
  out.write(meta, FIXED, 'utf8');
  let table = FIXED + metaLength;
  let offset = head;
  for (const part of parts) {
    out.writeUInt8(part.encoding, table);
    out.writeUInt32LE(part.size, table + 2);
    table += PART_BYTES;
    part.write(out, offset);
    offset += part.size;
  }
  return out;
}

/** The length of an entry's head (see above), from its first bytes; null when they make no sense. */
export function headLength(entry: Buffer, at = 0): number | null {
  if (entry.length < at + FIXED) return null;
  const metaLength = entry.readUInt32LE(at + KEY_LENGTH + 4);
  const head = FIXED + metaLength + entry.readUInt32LE(at + KEY_LENGTH + 8) * PART_BYTES;
  return head <= KEY_LENGTH + 4 + entry.readUInt32LE(at + KEY_LENGTH) ? head : null;
}

/** Where an entry sits in its segment file (offset and length in bytes, key included; the length of its head). */
export interface EntrySpan {
  readonly key: string;
  readonly offset: number;
  readonly length: number;
  readonly head: number;
}

/**
 * The entries of a segment file, in order. A cut-short or garbled tail
 * ends the segment: what came before it is kept, the rest are misses.
 */
export function indexSegment(file: Buffer): EntrySpan[] {
  const spans: EntrySpan[] = [];
  let offset = 0;
  while (offset + FIXED <= file.length) {
    const key = file.toString('latin1', offset, offset + KEY_LENGTH);
    const end = offset + KEY_LENGTH + 4 + file.readUInt32LE(offset + KEY_LENGTH);
    const head = headLength(file, offset);
    if (!/^[0-9a-f]{64}$/.test(key) || head === null || end > file.length) break;
    spans.push({ key, offset, length: end - offset, head });
    offset = end;
  }
  return spans;
}

/** Bytes per span in an index file: the key, then u32 offset, length and head length. */
const SPAN_BYTES = KEY_LENGTH + 12;

/** The index file of a segment's spans (see `readIndex`). */
export function encodeIndex(spans: readonly EntrySpan[]): Buffer {
  const out = Buffer.alloc(spans.length * SPAN_BYTES);
  spans.forEach((span, i) => {
    const at = i * SPAN_BYTES;
    out.write(span.key, at, KEY_LENGTH, 'latin1');
    out.writeUInt32LE(span.offset, at + KEY_LENGTH);
    out.writeUInt32LE(span.length, at + KEY_LENGTH + 4);
    out.writeUInt32LE(span.head, at + KEY_LENGTH + 8);
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
    const head = index.readUInt32LE(at + KEY_LENGTH + 8);
    if (!/^[0-9a-f]{64}$/.test(key) || offset + length > segmentSize || head < FIXED || head > length) return null;
    spans.push({ key, offset, length, head });
  }
  return spans;
}

/** How `decodeEntry` gives records back. */
export interface DecodeOptions {
  /**
   * When the entry's signals were made under this key, records come back
   * with their signals and an empty text (never decoded: enrichment needs
   * the signals only); otherwise with their text and without signals.
   */
  readonly signalsKey?: string | null;
  /**
   * Where the entry is stored (segment file, and the entry's offset in it):
   * bodies then come back as references to where they lie (`StoredBody`),
   * never read. Without it, bodies are decoded.
   */
  readonly storedAt?: { readonly file: string; readonly offset: number };
  /** The whole entry, when `entry` is its head only and a part must be read. */
  readonly whole?: () => Buffer | null;
  /**
   * Told each record's `enrichmentDigest` as the entry stores it, when its
   * signals are current (see `signalsKey`: only then is the record as the
   * digest was made of it).
   */
  readonly digests?: (record: ArticleRecord, digest: string) => void;
}

/** Decode an entry made by `encodeEntry` (whole, or its head only: see `whole`); undefined when it is damaged. */
export function decodeEntry(entry: Buffer, options: DecodeOptions = {}): ExtractedSeed | undefined {
  const { signalsKey = null, storedAt, whole, digests } = options;
  try {
    const metaLength = entry.readUInt32LE(KEY_LENGTH + 4);
    const count = entry.readUInt32LE(KEY_LENGTH + 8);
    const total = KEY_LENGTH + 4 + entry.readUInt32LE(KEY_LENGTH);
    const value = JSON.parse(entry.toString('utf8', FIXED, FIXED + metaLength)) as { records?: unknown; signalsKey?: unknown; enrichment?: unknown };
    const current = signalsKey !== null && value.signalsKey === signalsKey;
    const enrichment = value.enrichment;
    delete value.signalsKey;
    delete value.enrichment;
    const table = FIXED + metaLength;
    /** Where each part is (encoding, start, end): read only when taken. */
    const parts: [number, number, number][] = [];
    let offset = table + count * PART_BYTES;
    for (let i = 0; i < count; i++) {
      const encoding = entry.readUInt8(table + i * PART_BYTES);
      const size = entry.readUInt32LE(table + i * PART_BYTES + 2);
      if (offset + size > total || (encoding !== BODY && TEXT_ENCODINGS[encoding] === undefined)) return undefined;
      parts.push([encoding, offset, offset + size]);
      offset += size;
    }
    if (!Array.isArray(value.records)) return undefined;
    let bytes = entry;
    const read = (part: [number, number, number]): Buffer | undefined => {
      if (bytes.length < total) bytes = whole?.() ?? bytes;
      return bytes.length < total ? undefined : bytes.subarray(part[1], part[2]);
    };
    for (const record of value.records as { text: unknown; body: unknown; signals?: unknown }[]) {
      const textPart = typeof record.text === 'number' ? parts[record.text] : undefined;
      const slot = record.body as Partial<BodySlot> | null;
      const bodyPart = typeof slot?.part === 'number' ? parts[slot.part] : undefined;
      if (textPart === undefined || textPart[0] === BODY || bodyPart === undefined || bodyPart[0] !== BODY || typeof slot!.digest !== 'string') return undefined;
      // Assigned in place, so every record keeps the key order it was built with.
      if (current) record.text = '';
      else {
        const found = read(textPart);
        if (found === undefined) return undefined;
        record.text = found.toString(TEXT_ENCODINGS[textPart[0]]);
        delete record.signals;
      }
      if (storedAt !== undefined) {
        const stored: StoredBody = { kind: 'stored', file: storedAt.file, at: storedAt.offset + bodyPart[1], length: bodyPart[2] - bodyPart[1], digest: slot!.digest };
        record.body = stored;
      } else {
        const found = read(bodyPart);
        if (found === undefined) return undefined;
        record.body = decodeBody(found);
      }
    }
    const extracted = value as unknown as ExtractedSeed;
    if (current && digests !== undefined && Array.isArray(enrichment) && enrichment.length === extracted.records.length) {
      extracted.records.forEach((record, i) => {
        if (typeof enrichment[i] === 'string') digests(record, enrichment[i]);
      });
    }
    return extracted;
  } catch {
    return undefined;
  }
}
