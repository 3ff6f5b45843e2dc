import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf, bodyText, fixtureDir, loadFixtures, run, type Expected } from './fixtureHarness.js';

/** Keys UPDATE=1 may overwrite from the current output; body assertions are kept as written. */
function regenerate(name: string, expected: Expected, result: ReturnType<typeof run>): void {
  const a = result.articles[0];
  const next: Expected = { ...expected, articles: result.articles.length };
  for (const key of ['headline', 'dek', 'date', 'author', 'source', 'section'] as const) {
    if (key in expected && a) next[key] = a[key] as never;
  }
  if ('headlines' in expected) next.headlines = result.articles.map((x) => x.headline);
  writeFileSync(join(fixtureDir, `${name}.json`), `${JSON.stringify(next, null, 2)}\n`);
}

describe('extractPlainText fixtures', () => {
  for (const fixture of loadFixtures()) {
    it(`extracts ${fixture.name} as its fixture states`, () => {
      const e = fixture.expected;
      const result = run(fixture);
      if (process.env.UPDATE) regenerate(fixture.name, e, result);
      if (e.articles !== undefined) expect(result.articles).toHaveLength(e.articles);
      if (e.diagnostic !== undefined) expect(result.diagnostics.map((d) => d.code)).toContain(e.diagnostic);
      if (e.headlines !== undefined) expect(result.articles.map((a) => a.headline)).toEqual(e.headlines);
      const a = result.articles[0];
      if (!a) return;
      const fields = { headline: a.headline, dek: a.dek, date: a.date, author: a.author, source: a.source, section: a.section };
      for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
        if (e[key] !== undefined) expect({ [key]: fields[key] }).toEqual({ [key]: e[key] });
      }
      if (e.headlineMethod) expect(a.provenance.headline.method).toBe(e.headlineMethod);
      if (e.headlineIncludes) expect(a.headline).toContain(e.headlineIncludes);
      if (e.headlineExcludes) expect(a.headline).not.toContain(e.headlineExcludes);
      if (e.dateMethod) expect(a.provenance.date.method).toBe(e.dateMethod);
      if (e.dateConfidence) expect(a.provenance.date.confidence).toBe(e.dateConfidence);
      if (e.topics) expect(a.topics).toEqual(e.topics);
      if (e.headings) expect(blocksOf(a, 'heading').map((b) => b.text)).toEqual(e.headings);
      if (e.captions) expect(blocksOf(a, 'caption').map((b) => b.text)).toEqual(e.captions);
      if (e.captionCount !== undefined) expect(blocksOf(a, 'caption')).toHaveLength(e.captionCount);
      if (e.quotes !== undefined) expect(blocksOf(a, 'quote')).toHaveLength(e.quotes);
      if (e.quoteAttributions) expect(blocksOf(a, 'quote').map((q) => q.attribution)).toEqual(e.quoteAttributions);
      const body = bodyText(a);
      for (const s of e.bodyIncludes ?? []) expect(body).toContain(s);
      for (const s of e.bodyExcludes ?? []) expect(body).not.toContain(s);
    });
  }
});
