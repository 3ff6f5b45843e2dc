/**
 * Every bad-input fixture in tests/fixtures/bad-seeds, through the real
 * load and extract stages: what each must produce (records, diagnostics).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSeed } from '../../../src/extract/extractSeed.js';
import { resolveSlugs } from '../../../src/extract/resolveSlugs.js';
import { readSeeds } from '../../../src/load/readSeeds.js';
import type { ArticleRecord, Diagnostic, ExtractedSeed, LoadedSeeds, Result } from '../../../src/types.js';

const ROOT = new URL('../../fixtures/bad-seeds/', import.meta.url).pathname;
let loaded: Result<LoadedSeeds>;
const extracted = new Map<string, ExtractedSeed>();

beforeAll(async () => {
  loaded = await readSeeds(ROOT);
  for (const seed of loaded.value.seeds) extracted.set(seed.path, extractSeed(seed));
});

const loadDiagnostics = (file: string): Diagnostic[] => loaded.diagnostics.filter((d) => d.file === file);
const out = (file: string): ExtractedSeed => {
  const x = extracted.get(file);
  if (x === undefined) throw new Error(`${file} was not loaded`);
  return x;
};
const codes = (file: string): string[] => out(file).diagnostics.map((d) => d.code);
const only = (file: string): ArticleRecord => {
  expect(out(file).records).toHaveLength(1);
  return out(file).records[0]!;
};
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('bad seeds: text and encodings', () => {
  it.each(['text/empty.txt', 'text/whitespace-only.txt'])('%s: no record, a warning', (file) => {
    expect(out(file).records).toEqual([]);
    expect(codes(file)).toEqual(['extract/empty-seed']);
  });

  it('text/undecodable.txt: refused at load with an error, never extracted', () => {
    expect(extracted.has('text/undecodable.txt')).toBe(false);
    expect(loadDiagnostics('text/undecodable.txt').map((d) => [d.code, d.severity])).toEqual([['load/undecodable', 'error']]);
  });

  it('text/invalid-utf8.txt: decoded with a warning (line and column), one record, no mojibake', () => {
    expect(loadDiagnostics('text/invalid-utf8.txt')).toEqual([expect.objectContaining({ code: 'load/not-utf8', line: 3, column: 8 })]);
    expect(only('text/invalid-utf8.txt').text).toContain('café owner');
  });

  it('text/windows-1252.txt: curly quotes, é, en dash and € come out right', () => {
    expect(loadDiagnostics('text/windows-1252.txt').map((d) => d.code)).toEqual(['load/not-utf8']);
    const r = only('text/windows-1252.txt');
    expect(`${r.headline}\n${r.text}`).toContain('Café owners protest new rules');
    expect(r.text).toContain('“we will not close” and called the plan a naïve idea – a €5 fine.');
  });

  it.each(['text/bom.txt', 'text/crlf.txt', 'text/lone-cr.txt', 'text/nul-bytes.txt'])('%s: normalised, nothing odd left in the record', (file) => {
    const r = only(file);
    for (const s of [r.headline, r.text, r.summary]) expect(s).not.toMatch(/[\r\0\uFEFF]/);
    expect(r.slug).toMatch(SLUG);
    expect(r.wordCount).toBeGreaterThan(20);
  });

  it('text/very-long-line.txt: a 60 KB line yields a bounded summary cut at a word', () => {
    const r = only('text/very-long-line.txt');
    expect(loadDiagnostics('text/very-long-line.txt')).toEqual([]);
    expect(r.summary.length).toBeLessThanOrEqual(300);
    expect(r.summary.endsWith('…')).toBe(true);
    expect(r.slug.length).toBeLessThanOrEqual(80);
    expect(r.wordCount).toBeGreaterThan(9000);
  });

  it('text/nul-bytes.txt: warned at load', () => {
    expect(loadDiagnostics('text/nul-bytes.txt').map((d) => [d.code, d.line])).toEqual([['load/nul-bytes', 3]]);
  });

  it.each([['text/rtl.txt', 'المجلس'], ['text/cjk.txt', '市议会']])('%s: keeps the script and gets a valid slug', (file, word) => {
    const r = only(file);
    expect(`${r.headline} ${r.text}`).toContain(word);
    expect(r.slug).toMatch(SLUG);
    expect(r.wordCount).toBeGreaterThan(5);
  });
});

describe('bad seeds: sidecars', () => {
  it('text/with-sidecar.txt: the sidecar corrects the record, with warnings for its own mistakes', () => {
    const r = only('text/with-sidecar.txt');
    expect(r).toMatchObject({ headline: 'Bridge closes to traffic', date: '2024-11-08', source: 'City Gazette', topics: ['Roads', 'Council'], slug: 'bridge-closes-to-traffic' });
    expect(r.provenance.date).toEqual({ method: 'override', confidence: 'high', evidence: 'text/with-sidecar.txt.meta.yml' });
    expect(out('text/with-sidecar.txt').diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['front-matter/unknown-key', 'text/with-sidecar.txt.meta.yml', 6],
      ['overrides/unknown-item', 'text/with-sidecar.txt.meta.yml', undefined],
    ]);
  });

  it('text/orphan.meta.yml: skipped, with the reason', () => {
    expect(loaded.value.skipped).toContainEqual({ path: 'text/orphan.meta.yml', reason: 'sidecar without a seed: no text/orphan.txt or text/orphan.md next to it' });
  });
});

describe('bad seeds: markdown front matter', () => {
  it('emoji-headline.md: keeps the emoji in the headline, not in the slug', () => {
    const r = only('markdown/emoji-headline.md');
    expect(r.headline).toBe('🎉 Bridge reopens 🌉 after repairs');
    expect(r.slug).toBe('bridge-reopens-after-repairs');
  });

  it('malformed-yaml.md: an error with file, line and column; the body still becomes a record', () => {
    const d = out('markdown/malformed-yaml.md').diagnostics[0]!;
    expect(d).toMatchObject({ code: 'front-matter/invalid', severity: 'error', file: 'markdown/malformed-yaml.md' });
    expect(d.line).toBeGreaterThanOrEqual(4);
    expect(d.line).toBeLessThanOrEqual(6);
    expect(d.column).toBeGreaterThan(0);
    expect(only('markdown/malformed-yaml.md').text).toContain('The council voted');
  });

  it('not-a-mapping.md: an error', () => {
    expect(codes('markdown/not-a-mapping.md')).toEqual(['front-matter/not-mapping']);
  });

  it('wrong-types.md: one error per bad field, naming key and line', () => {
    expect(out('markdown/wrong-types.md').diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['front-matter/invalid-date', 3], ['front-matter/wrong-type', 4], ['front-matter/wrong-type', 5], ['front-matter/wrong-type', 6],
    ]);
    expect(only('markdown/wrong-types.md').headline).toBe('Bridge closes');
  });

  it('unknown-keys.md: warnings with suggestions', () => {
    const ds = out('markdown/unknown-keys.md').diagnostics;
    expect(ds.map((d) => [d.code, d.severity, d.line])).toEqual([2, 3, 4, 5].map((l) => ['front-matter/unknown-key', 'warning', l]));
    expect(ds.map((d) => /did you mean "(\w+)"/.exec(d.message)?.[1] ?? null)).toEqual(['title', 'date', 'source', null]);
  });

  it('impossible-date.md: an error and no such date in the record', () => {
    expect(out('markdown/impossible-date.md').diagnostics[0]).toMatchObject({ code: 'front-matter/invalid-date', severity: 'error', line: 3 });
    expect(only('markdown/impossible-date.md').date).not.toBe('2024-02-30');
  });

  it.each([['far-future-date.md', '2999-01-01'], ['pre-1900-date.md', '1850-06-01']])('%s: a warning, the date kept', (file, date) => {
    expect(out(`markdown/${file}`).diagnostics).toEqual([expect.objectContaining({ code: 'front-matter/implausible-date', severity: 'warning', line: 3 })]);
    expect(only(`markdown/${file}`).date).toBe(date);
  });

  it('duplicate-slug-a/b.md: the later seed gets -2, with slug and headline warnings naming both', () => {
    const records = ['markdown/duplicate-slug-a.md', 'markdown/duplicate-slug-b.md'].map(only);
    const r = resolveSlugs(records);
    expect(r.value.map((x) => x.slug)).toEqual(['bridge-closes', 'bridge-closes-2']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['extract/duplicate-slug', 'extract/duplicate-headline']);
    for (const d of r.diagnostics) expect(d.message).toContain('duplicate-slug-a.md');
  });

  it.each(['front-matter-js.md', 'front-matter-javascript.md', 'front-matter-coffee.md'])('%s: refused', (file) => {
    expect(codes(`markdown/${file}`)).toEqual(['front-matter/refused-language']);
    expect((globalThis as { __FM_CANARY__?: number }).__FM_CANARY__).toBeUndefined();
  });

  it('js-function-tag.md: refused', () => {
    expect(codes('markdown/js-function-tag.md')[0]).toBe('front-matter/refused-tag');
  });

  it('unclosed.md: an error', () => {
    expect(codes('markdown/unclosed.md')[0]).toBe('front-matter/unclosed');
  });

  it.each(['slug-traversal.md', 'slug-absolute.md', 'slug-windows.md', 'slug-reserved.md'])('%s: slug rejected, derived one used', (file) => {
    expect(codes(`markdown/${file}`)).toEqual(['front-matter/bad-slug']);
    expect(only(`markdown/${file}`).slug).toBe('bridge-closes');
  });

  it('hostile.md: fields stay plain text; the body HTML has no script, handlers or script URLs', () => {
    const r = only('markdown/hostile.md');
    expect(r.headline).toBe("<script>alert('t')</script></title><img src=x onerror=alert(1)>");
    expect(r.source).toBe('{{ 7*7 }} {% raw %}');
    expect(r.topics).toEqual(['<b onmouseover=alert(4)>', '{{ site }}']);
    expect(r.slug).toMatch(SLUG);
    if (r.body.kind !== 'markdown') throw new Error('expected a markdown body');
    const tags = r.body.html.match(/<[a-z][^>]*>/gi) ?? [];
    // Only harmless elements, no event handlers or styles, no script-capable URLs in attributes.
    for (const tag of tags) {
      expect(tag).toMatch(/^<(h1|p|a|em|strong|code|img)[\s>]/);
      expect(tag).not.toMatch(/\s(on\w+|style)=/i);
      for (const m of tag.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:|#|\/|[\w.-]+$)/);
    }
    // What is left of the script-ish input is text, and escaped.
    expect(r.body.html).not.toMatch(/<(script|iframe|style|form|svg|textarea|title)/i);
    expect(r.body.html).toContain('{{ 7*7 }} {% include x %}');
  });
});

describe('bad seeds: every diagnostic is well formed', () => {
  it('names a file under bad-seeds and, when it has a line, a positive one', () => {
    const all = [...loaded.diagnostics, ...[...extracted.values()].flatMap((x) => x.diagnostics)];
    expect(all.length).toBeGreaterThan(20);
    for (const d of all) {
      expect(d.file).toMatch(/^(text|markdown)\//);
      if (d.line !== undefined) expect(d.line).toBeGreaterThan(0);
      if (d.column !== undefined) expect(d.column).toBeGreaterThan(0);
      expect(d.message.length).toBeGreaterThan(10);
    }
  });
});
