import { codes } from '../diagnostics/codes.js';
import type { ArticleRecord, Diagnostic, Result } from '../types.js';
import { MAX_SLUG_LENGTH } from './validateSlug.js';

/** Archive order for deciding who keeps a contested slug: seed path, then digest position. */
function compare(a: ArticleRecord, b: ArticleRecord): number {
  if (a.seed !== b.seed) return a.seed < b.seed ? -1 : 1;
  return (a.digestIndex ?? 0) - (b.digestIndex ?? 0);
}

const where = (r: ArticleRecord): string => (r.digestIndex === null ? r.seed : `${r.seed} (item ${r.digestIndex})`);

/**
 * Make slugs unique across the archive, deterministically: records are
 * taken in seed-path order (then digest position); the first keeps its
 * slug, later ones get `-2`, `-3`… (skipping suffixes already taken by
 * another record). Each clash is a warning naming both seeds. Duplicate
 * headlines (case-insensitive) are warned about too: usually the same
 * article clipped twice. Returns the records in the order given.
 */
export function resolveSlugs(records: readonly ArticleRecord[]): Result<ArticleRecord[]> {
  const diagnostics: Diagnostic[] = [];
  const ordered = records.map((record, position) => ({ record, position })).sort((a, b) => compare(a.record, b.record) || a.position - b.position);
  const taken = new Map<string, ArticleRecord>();
  const wanted = new Set(records.map((r) => r.slug));
  const headlines = new Map<string, ArticleRecord>();
  const out: ArticleRecord[] = new Array<ArticleRecord>(records.length);
  for (const { record, position } of ordered) {
    let slug = record.slug;
    const owner = taken.get(slug);
    if (owner !== undefined) {
      let n = 2;
      const base = record.slug.slice(0, MAX_SLUG_LENGTH - 6).replace(/-+$/, '');
      // Never steal a slug another record asked for itself, nor reuse a suffix.
      while (taken.has(`${base}-${n}`) || wanted.has(`${base}-${n}`)) n++;
      slug = `${base}-${n}`;
      diagnostics.push({
        code: codes.EXTRACT_DUPLICATE_SLUG, severity: 'warning', file: record.seed, line: record.line,
        message: `Slug "${record.slug}" of ${where(record)} is already used by ${where(owner)}; using "${slug}"`,
        hint: 'Give one of them its own slug (front matter or a .meta.yml sidecar) to keep its URL stable.',
      });
    }
    taken.set(slug, record);
    const key = record.headline.trim().toLowerCase().replace(/\s+/g, ' ');
    const twin = headlines.get(key);
    if (twin !== undefined) {
      diagnostics.push({
        code: codes.EXTRACT_DUPLICATE_HEADLINE, severity: 'warning', file: record.seed, line: record.line,
        message: `${where(record)} has the same headline as ${where(twin)}: "${record.headline}"`,
        hint: 'If it is the same article clipped twice, delete one seed; otherwise correct the headline.',
      });
    } else headlines.set(key, record);
    out[position] = slug === record.slug ? record : { ...record, slug };
  }
  return { value: out, diagnostics };
}
