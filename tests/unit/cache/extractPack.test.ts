import { describe, expect, it } from 'vitest';
import type { ExtractedSeed } from '../../../src/types.js';
import { decodeEntry, encodeEntry, encodeIndex, indexSegment, readIndex } from '../../../src/cache/extractPack.js';
import { decodeBody } from '../../../src/cache/bodyStore.js';
import { enrichmentDigest } from '../../../src/enrich/enrichmentInputs.js';

/** A segment's entries by key (as the cache finds them through `indexSegment`); how many there are. */
function splitSegment(file: Buffer, into: Map<string, Buffer>): number {
  const spans = indexSegment(file);
  for (const span of spans) into.set(span.key, file.subarray(span.offset, span.offset + span.length));
  return spans.length;
}

const record = (text: string, html: string): ExtractedSeed['records'][number] => ({
  id: 'a', slug: 'a', headline: 'H', dek: null, date: null, source: null, author: null, section: null, topics: [],
  entities: { people: [], places: [], organisations: [] }, body: { kind: 'markdown', html }, text,
  summary: 's', wordCount: 1, seed: 'a.md', line: 1, digestIndex: null,
  provenance: {} as ExtractedSeed['records'][number]['provenance'],
});
const value = (n: number): ExtractedSeed => ({
  seed: 'a.md', diagnostics: [],
  records: [record(`Z\u00fcrich \u2014 ${'a'.repeat(n)}`, `<p>${'b'.repeat(n + 1)}</p>`), record('x'.repeat(n), '\u00e9')],
});
const key = (i: number): string => i.toString(16).padStart(64, '0');

describe('extractPack', () => {
  it('round-trips entries of odd and even lengths, texts in Latin-1 or UTF-8', () => {
    const segment = Buffer.concat([0, 1, 2, 3].map((i) => encodeEntry(key(i), value(i * 7 + 1))));
    const entries = new Map<string, Buffer>();
    expect(splitSegment(segment, entries)).toBe(4);
    for (let i = 0; i < 4; i++) expect(decodeEntry(entries.get(key(i))!)).toEqual(value(i * 7 + 1));
  });

  it('stores a text with one character beyond Latin-1 in one byte per ASCII character', () => {
    const sized = (n: number) => encodeEntry(key(1), { ...value(0), records: [record(`${'a'.repeat(n)} \u2014 \u{1F4F0} caf\u00e9`, '<p>b</p>')] });
    expect(sized(2000).length - sized(1000).length).toBe(1000);
    expect(decodeEntry(sized(1000))!.records[0]!.text).toBe(`${'a'.repeat(1000)} \u2014 \u{1F4F0} caf\u00e9`);
  });

  it('gives back a text with a lone surrogate exactly (UTF-8 cannot carry one)', () => {
    for (const text of ['half \uD83D pair \u2014', '\uDCF0 low first', 'end \uD83D']) {
      const seed = { ...value(0), records: [record(text, '<p>b</p>')] };
      expect(decodeEntry(encodeEntry(key(1), seed))!.records[0]!.text).toBe(text);
    }
  });

  it('decodes entries of many segments in any order', () => {
    const entries = new Map<string, Buffer>();
    for (let seg = 0; seg < 5; seg++) {
      // A fresh buffer per segment file, as read from disk.
      const file = Buffer.concat([0, 1, 2].map((i) => encodeEntry(key(seg * 3 + i), value(seg * 11 + i))));
      splitSegment(Buffer.from(new Uint8Array(file)), entries);
    }
    for (const i of [0, 14, 3, 1, 9, 13, 2, 6, 0, 12, 7]) expect(decodeEntry(entries.get(key(i))!)).toEqual(value(Math.floor(i / 3) * 11 + (i % 3)));
  });

  it('gives back records without their text, never decoded, when their signals were made under the same key', () => {
    const signals = { topics: ['Politics'], words: ['vote'], counts: [3] };
    const withSignals: ExtractedSeed = { ...value(5), records: value(5).records.map((r) => ({ ...r, signals })) };
    const entry = encodeEntry(key(1), withSignals, 'taxonomy-1');
    const same = decodeEntry(entry, { signalsKey: 'taxonomy-1' });
    expect(same?.records.map((r) => [r.text, r.signals, r.body])).toEqual(withSignals.records.map((r) => ['', signals, r.body]));
    expect(Object.keys(same!.records[0]!)).toEqual(Object.keys(withSignals.records[0]!));
    expect(same).not.toHaveProperty('signalsKey');
    // Another taxonomy, or none: the text is back and the stale signals gone.
    for (const other of ['taxonomy-2', null]) expect(decodeEntry(entry, { signalsKey: other })).toEqual(value(5));
    expect(decodeEntry(encodeEntry(key(1), value(5)), { signalsKey: 'taxonomy-1' })).toEqual(value(5));
  });

  it('tells the enrichment digest of each record as made where it was encoded, only while its signals are current', () => {
    const signals = { topics: ['Politics'], words: ['vote'], counts: [3] };
    const withSignals: ExtractedSeed = { ...value(5), records: value(5).records.map((r, i) => ({ ...r, id: `r${i}`, signals })) };
    const entry = encodeEntry(key(1), withSignals, 'taxonomy-1');
    const told = new Map<unknown, string>();
    const same = decodeEntry(entry, { signalsKey: 'taxonomy-1', digests: (record, digest) => told.set(record, digest) })!;
    // Made from the record with its text and signals, the digest is that of the record decoded without its text.
    expect(same.records.map((r) => told.get(r))).toEqual(same.records.map(enrichmentDigest));
    expect(same.records.map((r) => told.get(r))).toEqual(withSignals.records.map(enrichmentDigest));
    expect(new Set(told.values()).size).toBe(2);
    expect(same).not.toHaveProperty('enrichment');
    told.clear();
    // Signals made again (another taxonomy) make other records: nothing is told.
    const other = decodeEntry(entry, { signalsKey: 'taxonomy-2', digests: (record, digest) => told.set(record, digest) })!;
    expect(other.records.map((r) => [r.text, r.signals])).toEqual(withSignals.records.map((r) => [r.text, undefined]));
    expect(told.size).toBe(0);
  });

  it('decodes an entry that sits at an odd offset of its buffer', () => {
    const entry = encodeEntry(key(1), value(5));
    const shifted = Buffer.concat([Buffer.from([0]), entry]).subarray(1);
    expect(decodeEntry(shifted)).toEqual(value(5));
  });

  it('stops at a cut-short entry and calls a damaged one a miss', () => {
    const segment = Buffer.concat([encodeEntry(key(1), value(3)), encodeEntry(key(2), value(4))]);
    const entries = new Map<string, Buffer>();
    expect(splitSegment(segment.subarray(0, segment.length - 3), entries)).toBe(1);
    const damaged = Buffer.from(entries.get(key(1))!);
    damaged.writeUInt32LE(0xffff, 64 + 4);
    expect(decodeEntry(damaged)).toBeUndefined();
  });

  it('points at bodies where they lie in the segment, from the head of an entry alone', () => {
    const signals = { topics: ['Politics'], words: ['vote'], counts: [3] };
    const textBody = { kind: 'text' as const, blocks: [{ type: 'paragraph' as const, text: 'Caf\u00e9 \u2014 <b>not HTML</b>' }] };
    const seed: ExtractedSeed = { ...value(9), records: value(9).records.map((r, i) => ({ ...r, signals, body: i === 1 ? textBody : r.body })) };
    const segment = Buffer.concat([encodeEntry(key(1), value(4)), encodeEntry(key(2), seed, 'taxonomy-1')]);
    const span = readIndex(encodeIndex(indexSegment(segment)), segment.length)![1]!;
    expect(span.head).toBeLessThan(span.length);
    const head = segment.subarray(span.offset, span.offset + span.head);
    let wholeReads = 0;
    const whole = () => { wholeReads++; return segment.subarray(span.offset, span.offset + span.length); };
    const pointed = decodeEntry(head, { signalsKey: 'taxonomy-1', storedAt: { file: '/cache/seg.bin', offset: span.offset }, whole })!;
    expect(wholeReads).toBe(0);
    pointed.records.forEach((r, i) => {
      expect(r.body).toMatchObject({ kind: 'stored', file: '/cache/seg.bin' });
      if (r.body.kind !== 'stored') throw new Error('not stored');
      expect(decodeBody(segment.subarray(r.body.at, r.body.at + r.body.length))).toEqual(seed.records[i]!.body);
      expect(r.text).toBe('');
    });
    // Stale signals: the text is needed, so the rest of the entry is read.
    const stale = decodeEntry(head, { signalsKey: 'taxonomy-2', whole })!;
    expect(wholeReads).toBe(1);
    expect(stale.records.map((r) => [r.text, r.body])).toEqual(seed.records.map((r) => [r.text, r.body]));
    // A head whose rest cannot be read is a miss.
    expect(decodeEntry(head, { signalsKey: 'taxonomy-2' })).toBeUndefined();
  });

  it('refuses an index that does not fit its segment', () => {
    const segment = Buffer.concat([encodeEntry(key(1), value(4)), encodeEntry(key(2), value(6))]);
    const index = encodeIndex(indexSegment(segment));
    expect(readIndex(index, segment.length)).toHaveLength(2);
    expect(readIndex(index, segment.length - 1)).toBeNull();
    expect(readIndex(index.subarray(1), segment.length)).toBeNull();
  });
});
