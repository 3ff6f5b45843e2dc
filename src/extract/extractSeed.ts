// Interim assembler; replaced by the full one (front matter, overrides).
import slugify from '@sindresorhus/slugify';
import type { ArticleRecord, ExtractedSeed, SeedFile } from '../types.js';
import { extractPlainText } from './text/extractPlainText.js';

/** Turn one seed into records. */
export function extractSeed(seed: SeedFile): ExtractedSeed {
  const { articles, diagnostics } = extractPlainText(seed.raw, seed.path);
  const base = seed.path.replace(/\.[^.]+$/, '');
  const records: ArticleRecord[] = articles.map((a, i) => ({
    ...a,
    id: articles.length > 1 ? `${base}#${i + 1}` : base,
    slug: slugify(a.headline).slice(0, 80) || slugify(base),
    entities: { people: [], places: [], organisations: [] },
    summary: a.text.slice(0, 200),
    wordCount: a.text.split(/\s+/).filter(Boolean).length,
    seed: seed.path,
    digestIndex: articles.length > 1 ? i + 1 : null,
  }));
  return { seed: seed.path, records, diagnostics };
}
