import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPlainText } from '../../../src/extract/text/extractPlainText.js';
import type { Diagnostic, ExtractedArticle, TextBlock } from '../../../src/types.js';

/** Directory of `<case>.txt` + `<case>.json` pairs. */
export const fixtureDir = fileURLToPath(new URL('../../fixtures/records/', import.meta.url));

/** What a fixture's json may assert. Absent keys are not checked. */
export interface Expected {
  articles?: number;
  headline?: string;
  headlines?: string[];
  headlineMethod?: string;
  headlineIncludes?: string;
  headlineExcludes?: string;
  dek?: string | null;
  date?: string | null;
  dateMethod?: string;
  dateConfidence?: string;
  author?: string | null;
  source?: string | null;
  section?: string | null;
  topics?: string[];
  headings?: string[];
  captions?: string[];
  captionCount?: number;
  quotes?: number;
  quoteAttributions?: string[];
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  diagnostic?: string;
}

export interface Fixture {
  readonly name: string;
  readonly raw: string;
  readonly expected: Expected;
}

/** All fixture pairs, sorted by name. */
export function loadFixtures(): Fixture[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      raw: readFileSync(join(fixtureDir, f), 'utf8'),
      expected: JSON.parse(readFileSync(join(fixtureDir, f.replace(/\.txt$/, '.json')), 'utf8')) as Expected,
    }));
}

/** Run the extractor on a fixture. */
export function run(fixture: Fixture): { articles: ExtractedArticle[]; diagnostics: Diagnostic[] } {
  return extractPlainText(fixture.raw, `${fixture.name}.txt`);
}

/** All block text of an article, for body assertions. */
export function bodyText(article: ExtractedArticle): string {
  if (article.body.kind === 'stored') throw new Error('extraction never stores a body');
  return article.body.kind === 'text' ? article.body.blocks.map((b) => b.text).join('\n') : article.body.html;
}

/** Blocks of one type. */
export function blocksOf<T extends TextBlock['type']>(article: ExtractedArticle, type: T): Extract<TextBlock, { type: T }>[] {
  if (article.body.kind !== 'text') return [];
  return article.body.blocks.filter((b): b is Extract<TextBlock, { type: T }> => b.type === type);
}

/** The four scored fields: does the first article match the fixture? null when the fixture does not assert it. */
export function fieldMatches(expected: Expected, article: ExtractedArticle | undefined): Record<'headline' | 'date' | 'author' | 'source', boolean | null> {
  const headline = expected.headline !== undefined
    ? article?.headline === expected.headline
    : expected.headlineIncludes !== undefined
      ? (article?.headline ?? '').includes(expected.headlineIncludes)
      : null;
  return {
    headline,
    date: expected.date !== undefined ? (article?.date ?? null) === expected.date : null,
    author: expected.author !== undefined ? (article?.author ?? null) === expected.author : null,
    source: expected.source !== undefined ? (article?.source ?? null) === expected.source : null,
  };
}
