import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/load/decodeText.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/bad-seeds/text/${name}`, import.meta.url)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const codesOf = (r: { diagnostics: readonly { code: string }[] }): string[] => r.diagnostics.map((d) => d.code);

/** A valid 1x1 PNG, built here rather than committed. */
const TINY_PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41,
  0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49,
  0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

describe('decodeText', () => {
  it('decodes plain UTF-8 without diagnostics', () => {
    const r = decodeText(utf8('Héllo “world” 👋\n'), 'a.txt');
    expect(r.value).toEqual({ text: 'Héllo “world” 👋\n', encoding: 'utf-8' });
    expect(r.diagnostics).toEqual([]);
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(fixture('empty.txt'), 'empty.txt')).toEqual({ value: { text: '', encoding: 'utf-8' }, diagnostics: [] });
  });

  it('keeps a whitespace-only file as (normalised) text', () => {
    const r = decodeText(fixture('whitespace-only.txt'), 'w.txt');
    expect(r.value?.text).toBe('  \n\t\n   \n\n');
  });

  it('strips a UTF-8 BOM and says so in the encoding', () => {
    const r = decodeText(fixture('bom.txt'), 'bom.txt');
    expect(r.value?.encoding).toBe('utf-8-bom');
    expect(r.value?.text.startsWith('Headline with a BOM\n')).toBe(true);
    expect(r.value?.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('normalises CRLF to LF', () => {
    const r = decodeText(fixture('crlf.txt'), 'crlf.txt');
    expect(r.value?.text).not.toContain('\r');
    expect(r.value?.text.split('\n')[0]).toBe('Headline with CRLF');
    expect(r.value?.text.split('\n')[1]).toBe('');
  });

  it('normalises lone CR (classic Mac) to LF', () => {
    const r = decodeText(fixture('lone-cr.txt'), 'cr.txt');
    expect(r.value?.text).not.toContain('\r');
    expect(r.value?.text.split('\n').slice(0, 2)).toEqual(['Headline with old Mac line endings', '']);
  });

  it('decodes Windows-1252 curly quotes, e-acute, en dash and euro correctly, with a warning', () => {
    const r = decodeText(fixture('windows-1252.txt'), 'w.txt');
    expect(r.value?.encoding).toBe('windows-1252');
    expect(r.value?.text).toContain('Café owners');
    expect(r.value?.text).toContain('said “we will not close”');
    expect(r.value?.text).toContain('naïve idea – a €5 fine');
    expect(r.value?.text).not.toMatch(/[\u0080-\u009f]|Ã|â€/);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/not-utf8', severity: 'warning', file: 'w.txt', line: 1, column: 4 });
  });

  it('decodes bytes 0x93 0x94 as curly quotes and 0xE9 as é', () => {
    const r = decodeText(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]), 'q.txt');
    expect(r.value?.text).toBe('“A” café');
  });

  it('reads a mostly-UTF-8 file with stray Latin-1 bytes without mojibake, pointing at the first bad byte', () => {
    const r = decodeText(fixture('invalid-utf8.txt'), 'bad.txt');
    expect(r.value?.text.startsWith('Mayor’s plan “dead”\n\nThe café owner')).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/not-utf8', severity: 'warning', line: 3, column: 8 });
    expect(r.diagnostics[0]?.message).toMatch(/mixes UTF-8/);
  });

  it('refuses bytes that are neither UTF-8 nor plausible text', () => {
    const r = decodeText(fixture('undecodable.txt'), 'u.txt');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/undecodable', severity: 'error', file: 'u.txt' });
    expect(r.diagnostics[0]?.hint).toMatch(/UTF-8/);
  });

  it('refuses a PNG renamed .txt, naming the file and what to do', () => {
    const r = decodeText(TINY_PNG, 'photo.txt');
    expect(r.value).toBeNull();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/binary', severity: 'error', file: 'photo.txt' });
    expect(r.diagnostics[0]?.message).toContain('photo.txt');
    expect(r.diagnostics[0]?.message).toContain('PNG');
    expect(r.diagnostics[0]?.hint).toMatch(/move this file out of seeds/);
  });

  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['PDF', [...utf8('%PDF-1.7\n')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0]],
    ['UTF-16', [0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]],
  ])('refuses a %s file by its magic number', (kind, bytes) => {
    const r = decodeText(Uint8Array.from(bytes), 'x.txt');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]?.message).toContain(kind);
  });

  it('recognises UTF-16 without a byte-order mark and says to re-save as UTF-8', () => {
    const le = new Uint8Array([...'Bridge closes\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    const r = decodeText(le, 'u16.txt');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]?.message).toContain('UTF-16');
    expect(r.diagnostics[0]?.hint).toBe('Re-save the file as UTF-8 text.');
  });

  it('refuses data made mostly of NUL bytes', () => {
    const bytes = new Uint8Array(400);
    bytes.set(utf8('abc'), 0);
    expect(decodeText(bytes, 'n.txt').diagnostics[0]?.code).toBe('load/binary');
  });

  it('refuses data full of control characters', () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61));
    expect(decodeText(bytes, 'c.txt').diagnostics[0]?.code).toBe('load/binary');
  });

  it('removes stray NUL bytes with a warning at the first one', () => {
    const r = decodeText(fixture('nul-bytes.txt'), 'n.txt');
    expect(r.value?.text).not.toContain('\0');
    expect(r.value?.text).toContain('The council voted on Tuesday.\n');
    expect(r.diagnostics[0]).toMatchObject({ code: 'load/nul-bytes', severity: 'warning', line: 3, column: 12 });
    expect(r.diagnostics[0]?.message).toContain('2 NUL');
  });

  it('keeps RTL and CJK text intact', () => {
    expect(decodeText(fixture('rtl.txt'), 'r.txt').value?.text).toContain('المجلس يصوت');
    expect(decodeText(fixture('cjk.txt'), 'c.txt').value?.text).toContain('市议会投票关闭旧桥');
  });

  it('decodes a 10 MB text with very long lines quickly', () => {
    const line = 'word '.repeat(200_000); // 1 MB line
    const bytes = utf8(`Headline\r\n${(line + '\r\n').repeat(10)}`);
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const r = decodeText(bytes, 'big.txt');
    const elapsed = performance.now() - started;
    expect(r.value?.text.length).toBe(bytes.length - 11);
    expect(r.diagnostics).toEqual([]);
    expect(elapsed).toBeLessThan(2000);
  });

  it('decodes a 10 MB Windows-1252 text', () => {
    const bytes = new Uint8Array(10_000_000).fill(0x61);
    for (let i = 0; i < bytes.length; i += 1000) bytes[i] = 0xe9;
    for (let i = 500; i < bytes.length; i += 1000) bytes[i] = 0x0a;
    const r = decodeText(bytes, 'big.txt');
    expect(r.value?.encoding).toBe('windows-1252');
    expect(codesOf(r)).toEqual(['load/not-utf8']);
  });
});
