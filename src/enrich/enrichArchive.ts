// Interim; replaced by the full one.
import slugify from '@sindresorhus/slugify';
import type { Archive, ArticleGroup, ArticleRecord, Result, Taxonomy } from '../types.js';

/** Enrich records into an archive. */
export function enrichArchive(records: readonly ArticleRecord[], taxonomy: Taxonomy): Result<Archive> {
  const sorted = [...records].map((r) => ({ ...r, topics: r.topics.length ? r.topics : [taxonomy.fallback], related: [], cluster: null }))
    .sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1));
  const group = (key: (r: ArticleRecord) => readonly string[]): ArticleGroup[] => {
    const m = new Map<string, string[]>();
    for (const r of sorted) for (const k of key(r)) m.set(k, [...(m.get(k) ?? []), r.id]);
    return [...m].sort().map(([name, ids]) => ({ name, slug: slugify(name) || 'x', ids }));
  };
  return { value: { records: sorted, topics: group((r) => r.topics), sources: group((r) => (r.source ? [r.source] : [])), entities: [], clusters: [] }, diagnostics: [] };
}
