import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, ExtractedArticle, FieldProvenance, ProvenancedField, Result, SeedSidecar } from '../types.js';
import { parseYamlSafe } from './parseYamlSafe.js';
import { validateFrontMatter, type FrontMatterFields } from './validateFrontMatter.js';

/**
 * A parsed `<seed>.meta.yml` sidecar: corrections the archivist makes to
 * what extraction found, without touching the seed itself.
 *
 * Format (YAML, same fields as Markdown front matter):
 *
 * ```yaml
 * headline: The corrected headline     # any front-matter field
 * date: 2024-11-08
 * source: Financial Times
 * topics: [North Korea, Russia]
 * items:                               # digests only, 1-based position
 *   2:
 *     headline: Fixed headline of the second brief
 *   3: { draft: true }                 # drop a wrongly split item
 * ```
 *
 * `items` may also be a list, position = list index + 1 (`~` or `{}`
 * leaves an item alone). Top-level fields apply to every article of the
 * seed, except `headline`, `dek` and `slug` in a digest, which would
 * make every brief the same: those belong under `items`.
 */
export interface SeedOverrides {
  /** Sidecar path relative to seeds/: the evidence of every overridden field. */
  readonly path: string;
  readonly fields: FrontMatterFields;
  /** Fields per digest position (1-based). */
  readonly items: ReadonlyMap<number, FrontMatterFields>;
}

/** Fields that name one article, so a digest-wide value makes no sense. */
export const PER_ITEM_FIELDS = ['headline', 'dek', 'slug'] as const;

/**
 * Parse and validate a sidecar. Returns null (with errors) when it is not
 * valid YAML or not a mapping; bad individual fields are reported and
 * ignored, the rest still applies.
 */
export function parseOverrides(sidecar: SeedSidecar): Result<SeedOverrides | null> {
  const file = sidecar.path;
  const yaml = parseYamlSafe(sidecar.raw, file, `Sidecar ${file}`);
  const diagnostics: Diagnostic[] = [...yaml.diagnostics];
  const value = yaml.value;
  if (value === undefined) return { value: null, diagnostics };
  if (value === null) return { value: { path: file, fields: { lines: {} }, items: new Map() }, diagnostics };
  if (!isMapping(value)) {
    diagnostics.push({
      code: codes.OVERRIDES_INVALID, severity: 'error', file, line: 1, column: 1,
      message: `Sidecar ${file} is not a set of fields (found ${Array.isArray(value) ? 'a list' : typeof value})`,
      hint: 'Write one field per line, e.g. `headline: The corrected headline`.',
    });
    return { value: null, diagnostics };
  }
  const { items: rawItems, ...top } = value;
  const fields = validateFrontMatter(top, file, (key) => yaml.lineOf([key]));
  diagnostics.push(...fields.diagnostics);
  const items = new Map<number, FrontMatterFields>();
  const entries: [unknown, unknown][] = rawItems === undefined || rawItems === null ? []
    : Array.isArray(rawItems) ? rawItems.map((v, i) => [i + 1, v]) : isMapping(rawItems) ? Object.entries(rawItems) : [[null, rawItems]];
  for (const [key, item] of entries) {
    const index = Number(key);
    const pathKey = Array.isArray(rawItems) ? index - 1 : typeof key === 'string' && /^\d+$/.test(key) ? index : String(key);
    const line = yaml.lineOf(key === null ? ['items'] : ['items', pathKey]);
    if (!Number.isInteger(index) || index < 1 || !(item === null || isMapping(item))) {
      diagnostics.push({
        code: codes.OVERRIDES_BAD_ITEM, severity: 'error', file, ...(line === undefined ? {} : { line, column: 1 }),
        message: key === null
          ? `"items" in ${file} must map positions (1, 2, …) to fields, or be a list`
          : `items entry "${String(key)}" in ${file} must be a position (1, 2, …) with a set of fields; ignored`,
        hint: 'e.g.\nitems:\n  2:\n    headline: The second brief',
      });
      continue;
    }
    if (item === null) continue;
    const checked = validateFrontMatter(item, file, (k) => yaml.lineOf(['items', pathKey, k]));
    diagnostics.push(...checked.diagnostics);
    items.set(index, checked.value);
  }
  return { value: { path: file, fields: fields.value, items }, diagnostics };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The fields a sidecar sets for one article: top-level fields, then the
 * item's own on top. In a digest (`index` not null) top-level
 * headline/dek/slug are left out (see `SeedOverrides`).
 * @param index 1-based position in a digest, or null for a single article
 */
export function overrideFields(override: SeedOverrides, index: number | null): Omit<FrontMatterFields, 'lines'> {
  const { lines: _lines, ...top } = override.fields;
  const shared: Record<string, unknown> = { ...top };
  if (index !== null) for (const f of PER_ITEM_FIELDS) delete shared[f];
  const { lines: _itemLines, ...item } = override.items.get(index ?? 1) ?? { lines: {} };
  return { ...shared, ...item };
}

/**
 * Apply a sidecar to one extracted article: every field it states wins,
 * with provenance `override`, confidence high and the sidecar path as
 * evidence. Pure: returns a new article.
 * @param index 1-based position in a digest, or null for a single article
 */
export function applyOverrides(article: ExtractedArticle, override: SeedOverrides, index: number | null): ExtractedArticle {
  const fields = overrideFields(override, index);
  const stated: FieldProvenance = { method: 'override', confidence: 'high', evidence: override.path };
  const provenance: Record<ProvenancedField, FieldProvenance> = { ...article.provenance };
  const tracked: ProvenancedField[] = ['headline', 'dek', 'date', 'source', 'author', 'section'];
  const next: Record<string, unknown> = { ...article };
  for (const field of tracked) {
    const value = fields[field];
    if (value === undefined) continue;
    next[field] = value;
    provenance[field] = stated;
  }
  if (fields.topics !== undefined) next['topics'] = [...fields.topics];
  if (fields.slug !== undefined) next['slug'] = fields.slug;
  return { ...(next as unknown as ExtractedArticle), provenance };
}
