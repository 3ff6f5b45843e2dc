/**
 * Front matter must never execute code. The fixtures' payloads set a
 * global canary when run; first we prove the payload is live (gray-matter's
 * default JavaScript engine does run it), then that our parser and the
 * whole extract stage refuse it with the canary untouched.
 */
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { extractSeed } from '../../src/extract/extractSeed.js';
import { parseFrontMatter } from '../../src/extract/frontMatter.js';
import { parseOverrides } from '../../src/extract/overrides.js';

const g = globalThis as { __FM_CANARY__?: number };
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/bad-seeds/markdown/${name}`, import.meta.url), 'utf8');
const asSeed = (path: string, raw: string) => ({
  path, kind: 'markdown' as const, raw, bytes: new TextEncoder().encode(raw), hash: '', encoding: 'utf-8' as const, sidecar: null,
});

afterEach(() => {
  delete g.__FM_CANARY__;
});

describe('front matter never executes code', () => {
  it('the canary works: gray-matter with its default engines runs the ---js payload', () => {
    const raw = fixture('front-matter-js.md');
    // Options force a fresh parse (no cache); this is what we must never do in src/.
    const result = matter(raw, { language: 'yaml' });
    expect(g.__FM_CANARY__).toBe(1);
    expect(result.data).toEqual({ title: 'pwned' });
  });

  it.each(['front-matter-js.md', 'front-matter-javascript.md', 'front-matter-coffee.md'])('refuses %s and runs nothing', (name) => {
    const raw = fixture(name);
    const r = parseFrontMatter(raw, name);
    expect(g.__FM_CANARY__).toBeUndefined();
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'front-matter/refused-language', severity: 'error', file: name, line: 1 })]);
    const out = extractSeed(asSeed(name, raw));
    expect(g.__FM_CANARY__).toBeUndefined();
    expect(out.records.map((x) => x.headline)).not.toContain('pwned');
    expect(out.diagnostics[0]?.code).toBe('front-matter/refused-language');
  });

  it('refuses a !!js/function tag and never builds a function', () => {
    const raw = fixture('js-function-tag.md');
    const r = parseFrontMatter(raw, 'x.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/refused-tag', line: 2 });
    const out = extractSeed(asSeed('x.md', raw));
    for (const rec of out.records) expect(typeof rec.headline).toBe('string');
    expect(JSON.stringify(out.records)).not.toContain('pwned');
    expect(g.__FM_CANARY__).toBeUndefined();
  });

  it('refuses JavaScript tags in a sidecar too', () => {
    const r = parseOverrides({ path: 'x.meta.yml', raw: 'headline: !!js/function "function(){ globalThis.__FM_CANARY__ = 1 }"\n' });
    expect(r.value).toBeNull();
    expect(g.__FM_CANARY__).toBeUndefined();
  });

  it('does not pollute Object.prototype through __proto__ keys', () => {
    extractSeed(asSeed('p.md', '---\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\ntitle: T\n---\nBody.\n'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
