// Interim; replaced by the full one.
import type { ArticleRecord, Result } from '../types.js';

/** Make slugs unique. */
export function resolveSlugs(records: readonly ArticleRecord[]): Result<ArticleRecord[]> {
  const seen = new Map<string, number>();
  return { value: records.map((r) => { const n = (seen.get(r.slug) ?? 0) + 1; seen.set(r.slug, n); return n > 1 ? { ...r, slug: `${r.slug}-${n}` } : r; }), diagnostics: [] };
}
