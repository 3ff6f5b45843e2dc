import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractSeed } from '../../../src/extract/extractSeed.js';
import type { SeedFile, SeedSidecar } from '../../../src/types.js';

/** Build a seed as load would hand it over. */
function seed(path: string, raw: string, sidecar: SeedSidecar | null = null): SeedFile {
  const bytes = new TextEncoder().encode(raw);
  return {
    path, kind: path.endsWith('.md') ? 'markdown' : 'text', raw, bytes,
    hash: createHash('sha256').update(bytes).digest('hex'), encoding: 'utf-8', sidecar,
  };
}

const BODY = 'The council voted on Tuesday to close the old bridge to traffic. Engineers said the structure was no longer safe for heavy vehicles. Residents will be able to cross on foot until repairs begin next spring, officials said.\n';

describe('extractSeed: markdown', () => {
  it('takes front matter as authoritative, with provenance and lines', () => {
    const out = extractSeed(seed('news/bridge.md', `---\ntitle: Bridge closes\ndek: Engineers warn\ndate: 2024-11-08\nsource: City Gazette\nauthor: Ann Lee\nsection: Local\ntopics: [Roads]\n---\n\n${BODY}`));
    expect(out.diagnostics).toEqual([]);
    expect(out.records).toHaveLength(1);
    const r = out.records[0]!;
    expect(r).toMatchObject({
      id: 'news/bridge', slug: 'bridge-closes', headline: 'Bridge closes', dek: 'Engineers warn', date: '2024-11-08',
      source: 'City Gazette', author: 'Ann Lee', section: 'Local', topics: ['Roads'], seed: 'news/bridge.md',
      line: 10, digestIndex: null, entities: { people: [], places: [], organisations: [] },
    });
    expect(r.provenance.headline).toEqual({ method: 'front-matter', confidence: 'high', evidence: 'front matter', line: 2 });
    expect(r.provenance.date).toMatchObject({ method: 'front-matter', confidence: 'high', line: 4 });
    expect(r.body.kind).toBe('markdown');
    expect(r.wordCount).toBe(38);
    // Two sentences make 130 characters, under the 160 aimed for: the third joins (226 <= 300).
    expect(r.summary).toBe(BODY.trim());
  });

  it('takes a missing headline from a leading # heading, without repeating it in the body', () => {
    const r = extractSeed(seed('a.md', `---\ndate: 2024-11-08\n---\n\n# Bridge closes\n\n${BODY}`)).records[0]!;
    expect(r.headline).toBe('Bridge closes');
    expect(r.provenance.headline).toEqual({ method: 'extracted', confidence: 'high', evidence: 'leading # heading', line: 5 });
    expect(r.body).toEqual({ kind: 'markdown', html: expect.not.stringContaining('<h1>') });
    expect(r.text.startsWith('The council')).toBe(true);
  });

  it('falls back to the plain-text extractor for a headline when there is no title nor heading', () => {
    const r = extractSeed(seed('a.md', `Bridge closes to traffic\n\n${BODY}`)).records[0]!;
    expect(r.headline.length).toBeGreaterThan(0);
    expect(r.provenance.headline.method).not.toBe('front-matter');
    expect(r.provenance.headline.line).toBeUndefined();
  });

  it('still makes a record when the front matter is broken, with the body after the block', () => {
    const out = extractSeed(seed('a.md', `---\ntitle: "open\n---\n\n# Heading here\n\n${BODY}`));
    expect(out.diagnostics[0]?.code).toBe('front-matter/invalid');
    expect(out.records[0]?.headline).toBe('Heading here');
    expect(out.records[0]?.text).not.toContain('open');
  });

  it('publishes nothing for draft: true, with an info diagnostic', () => {
    const out = extractSeed(seed('a.md', `---\ntitle: T\ndraft: true\n---\n${BODY}`));
    expect(out.records).toEqual([]);
    expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'extract/draft', severity: 'info' })]);
  });

  it('warns about front matter without a body', () => {
    const out = extractSeed(seed('a.md', '---\ntitle: Only a title\n---\n'));
    expect(out.records[0]?.headline).toBe('Only a title');
    expect(out.diagnostics.map((d) => d.code)).toEqual(['extract/empty-seed']);
  });

  it('uses a stated slug, and the derived one when the stated slug is bad', () => {
    expect(extractSeed(seed('a.md', `---\ntitle: Bridge closes\nslug: my-bridge\n---\n${BODY}`)).records[0]?.slug).toBe('my-bridge');
    const bad = extractSeed(seed('a.md', `---\ntitle: Bridge closes\nslug: ../../etc\n---\n${BODY}`));
    expect(bad.records[0]?.slug).toBe('bridge-closes');
    expect(bad.diagnostics[0]).toMatchObject({ code: 'front-matter/bad-slug', line: 3 });
  });
});

describe('extractSeed: text', () => {
  it('hands .txt seeds to the plain-text extractor and assembles the record', () => {
    const out = extractSeed(seed('000_x.txt', `Bridge closes to traffic\n\n${BODY}`));
    expect(out.seed).toBe('000_x.txt');
    expect(out.records).toHaveLength(1);
    expect(out.records[0]).toMatchObject({ id: '000_x', seed: '000_x.txt', digestIndex: null, body: { kind: 'text' } });
    expect(out.records[0]?.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(out.records[0]?.wordCount).toBeGreaterThan(30);
  });

  it.each([['an empty', ''], ['a whitespace-only', ' \n\t\n  \n']])('makes no record of %s seed, with a warning', (_what, raw) => {
    for (const path of ['a.txt', 'a.md']) {
      const out = extractSeed(seed(path, raw));
      expect(out.records).toEqual([]);
      expect(out.diagnostics).toEqual([expect.objectContaining({ code: 'extract/empty-seed', severity: 'warning', file: path })]);
    }
  });

  it('applies sidecar overrides after extraction', () => {
    const out = extractSeed(seed('a.txt', `Bridge closes\n\n${BODY}`, { path: 'a.txt.meta.yml', raw: 'headline: Old bridge shut\ndate: 2024-11-08\nsource: Gazette\n' }));
    expect(out.records[0]).toMatchObject({ headline: 'Old bridge shut', date: '2024-11-08', source: 'Gazette', slug: 'old-bridge-shut' });
    expect(out.records[0]?.provenance.headline).toEqual({ method: 'override', confidence: 'high', evidence: 'a.txt.meta.yml' });
  });

  it('overrides win over front matter too', () => {
    const out = extractSeed(seed('a.md', `---\ntitle: Wrong\n---\n${BODY}`, { path: 'a.meta.yml', raw: 'title: Right\n' }));
    expect(out.records[0]?.headline).toBe('Right');
  });

  it('reports a broken sidecar and still extracts', () => {
    const out = extractSeed(seed('a.txt', `Bridge closes\n\n${BODY}`, { path: 'a.meta.yml', raw: '- not\n- a mapping\n' }));
    expect(out.records).toHaveLength(1);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['overrides/invalid']);
  });

  it('warns about sidecar items the seed does not have', () => {
    const out = extractSeed(seed('a.txt', `Bridge closes\n\n${BODY}`, { path: 'a.meta.yml', raw: 'items:\n  5: { headline: X }\n' }));
    expect(out.diagnostics.map((d) => d.code)).toEqual(['overrides/unknown-item']);
  });

  it('drops a single-article seed marked draft in its sidecar', () => {
    const out = extractSeed(seed('a.txt', `Bridge closes\n\n${BODY}`, { path: 'a.meta.yml', raw: 'draft: true\n' }));
    expect(out.records).toEqual([]);
  });

  it('handles RTL, CJK and emoji headlines with valid slugs', () => {
    const rtl = extractSeed(seed('rtl.md', `---\ntitle: المجلس يصوت على إغلاق الجسر\n---\n${BODY}`)).records[0]!;
    const cjk = extractSeed(seed('news/市议会.md', `---\ntitle: 市议会投票关闭旧桥\n---\n${BODY}`)).records[0]!;
    const emoji = extractSeed(seed('e.md', `---\ntitle: "🎉 Bridge reopens 🌉"\n---\n${BODY}`)).records[0]!;
    for (const r of [rtl, cjk, emoji]) expect(r.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(cjk.headline).toBe('市议会投票关闭旧桥');
    expect(cjk.slug).toMatch(/^(news|article-[0-9a-f]{10})/);
    expect(emoji.headline).toBe('🎉 Bridge reopens 🌉');
    expect(emoji.slug).toBe('bridge-reopens');
  });

  it('handles a megabyte-long line in reasonable time', () => {
    const long = `${'A very long line without breaks '.repeat(30_000)}\n`;
    const started = performance.now();
    const out = extractSeed(seed('long.md', `---\ntitle: Long\n---\n${long}`));
    // Generous: under vitest, micromark runs its development build (with assertions), ~10x slower than node.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(out.records[0]?.summary.length).toBeLessThanOrEqual(300);
    expect(out.records[0]?.wordCount).toBe(6 * 30_000);
  }, 20_000);

  it('never throws: an unexpected failure becomes an internal-error diagnostic', () => {
    const broken = { ...seed('a.txt', 'x'), raw: null as unknown as string };
    const out = extractSeed(broken);
    expect(out).toEqual({ seed: 'a.txt', records: [], diagnostics: [expect.objectContaining({ code: 'extract/internal-error', severity: 'error', file: 'a.txt' })] });
  });
});
