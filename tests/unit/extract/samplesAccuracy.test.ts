import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/extract/text/extractPlainText.js';
import type { ExtractedArticle } from '../../../src/types.js';

const root = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));
const FIELDS = ['headline', 'date', 'author', 'source'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Correct answers per field over all sets, as reached when the floor was
 * last raised (see tests/fixtures/samples/README.md). Never lower one to
 * let a change through: a lower score means the change generalises worse.
 */
const FLOOR: Record<Field, number> = { headline: 453, date: 453, author: 454, source: 427 };

type Expected = Partial<Record<Field, string | null>>;

/**
 * What a page's record holds for a field. A clip with no headline expects
 * none (`null`): a headline derived from the first sentence says so in its
 * provenance, and counts as none.
 */
function valueOf(article: ExtractedArticle | undefined, field: Field): string | null {
  if (article === undefined) return null;
  if (field === 'headline' && article.provenance.headline.method === 'derived') return null;
  return article[field] ?? null;
}

/** Per field, [correct, expected] over a set; a digest (`articles: [...]`) counts each of its stories, in order. */
function score(set: string): Record<Field, [number, number]> {
  const dir = join(root, set);
  const totals = Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])) as Record<Field, [number, number]>;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as Expected & { articles?: unknown };
    const stories: Expected[] = Array.isArray(expected.articles) ? expected.articles as Expected[] : [expected];
    const articles = extractPlainText(readFileSync(join(dir, file), 'utf8'), file).articles;
    stories.forEach((story, k) => {
      for (const field of FIELDS) {
        if (!(field in story)) continue;
        totals[field][1]++;
        const want = story[field] ?? null;
        // (A headline stated by the page is compared as extracted, derived or not.)
        const got = want === null ? valueOf(articles[k], field) : articles[k]?.[field] ?? null;
        if (got === want) totals[field][0]++;
      }
    });
  }
  return totals;
}

describe('extraction accuracy on sample pages written apart from the fixtures', () => {
  it('keeps each field at or above the level reached', () => {
    const sets = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const all = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
    const lines: string[] = [];
    let cases = 0;
    for (const set of sets) {
      const totals = score(set);
      cases += totals.headline[1];
      for (const field of FIELDS) all[field] += totals[field][0];
      lines.push(`${set}: ${FIELDS.map((f) => `${f} ${totals[f][0]}/${totals[f][1]}`).join('  ')}`);
    }
    console.log(`plain-text extraction on ${cases} sample pages\n${lines.join('\n')}`);
    expect(cases).toBeGreaterThanOrEqual(472);
    for (const field of FIELDS) expect(all[field], field).toBeGreaterThanOrEqual(FLOOR[field]);
  });
});
