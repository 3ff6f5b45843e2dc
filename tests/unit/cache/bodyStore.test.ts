import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyDigest, decodeBody, encodeBody, inlineBodies, openBodyStore } from '../../../src/cache/bodyStore.js';
import type { Body } from '../../../src/types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bodies-test-'));
  dirs.push(dir);
  return dir;
}

const markdown: Body = { kind: 'markdown', html: '<p>OTTAWA — “Quotes”, emoji 🗞️ and Ünïcödé</p>\n' };
const text: Body = { kind: 'text', blocks: [{ type: 'paragraph', text: 'A <b>plain</b> & "text" paragraph' }, { type: 'heading', text: 'Sub' }] };

describe('openBodyStore', () => {
  it('reads back every body it was given, exactly, in any order', () => {
    const store = openBodyStore(scratch());
    const bodies: Body[] = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? { kind: 'markdown', html: `${markdown.html}${i}`.repeat(i % 9) } : text));
    const stored = bodies.map((body) => store.put(body));
    expect(stored.every((body) => body.kind === 'stored')).toBe(true);
    for (const i of [199, 0, 57, 100, 3]) expect(store.read(stored[i]!)).toEqual(bodies[i]);
    store.close();
  });

  it('gives a stored body the digest of the body itself, and passes other bodies through', () => {
    const store = openBodyStore(scratch());
    const stored = store.put(markdown);
    expect(bodyDigest(stored)).toBe(bodyDigest(markdown));
    expect(bodyDigest(store.put(text))).toBe(bodyDigest(text));
    expect(bodyDigest(markdown)).not.toBe(bodyDigest(text));
    expect(store.read(text)).toBe(text);
    expect(store.put(stored)).toBe(stored);
    store.close();
  });

  it('removes its file when closed, and refuses reads after', () => {
    const dir = scratch();
    const store = openBodyStore(dir);
    const stored = store.put(markdown);
    expect(readdirSync(dir)).toHaveLength(1);
    store.close();
    store.close();
    expect(readdirSync(dir)).toEqual([]);
    expect(() => store.read(stored)).toThrow('closed');
  });

  it('removes the stores of builds whose process is gone, never a live one', () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'bodies-2147483646-abc'));
    const live = openBodyStore(dir);
    const other = openBodyStore(dir);
    expect(existsSync(path.join(dir, 'bodies-2147483646-abc'))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
    live.close();
    other.close();
  });

  it('has no stored bodies without a store', () => {
    expect(inlineBodies.read(markdown)).toBe(markdown);
    expect(() => inlineBodies.read({ kind: 'stored', at: 0, length: 1, digest: '' })).toThrow();
  });
});

describe('encodeBody', () => {
  it('encodes a body as a kind tag and UTF-8, and decodes it back', () => {
    const body: Body = { kind: 'text', blocks: [{ type: 'paragraph', text: 'Caf\u00e9 \u2014 <b>' }] };
    const { bytes } = encodeBody(body);
    expect(bytes.toString('latin1', 0, 1)).toBe('t');
    expect(decodeBody(bytes)).toEqual(body);
    const markdown: Body = { kind: 'markdown', html: '<p>\u{1F4F0} news</p>' };
    expect(decodeBody(encodeBody(markdown).bytes)).toEqual(markdown);
  });

  it('gives the digest of the body it encodes', () => {
    const text: Body = { kind: 'text', blocks: [{ type: 'heading', text: 'One' }, { type: 'paragraph', text: 'Two \u2014 three' }] };
    const markdown: Body = { kind: 'markdown', html: '<p>\u{1F4F0} news</p>' };
    for (const body of [text, markdown]) expect(encodeBody(body).digest).toBe(bodyDigest(body));
    expect(encodeBody(text).digest).not.toBe(encodeBody(markdown).digest);
  });
});

describe('openBodyStore in a directory it cannot use', () => {
  it('keeps its file in the system temporary directory instead', () => {
    const dir = scratch();
    const file = path.join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    const store = openBodyStore(file);
    expect(store.read(store.put(markdown))).toEqual(markdown);
    store.close();
  });
});
