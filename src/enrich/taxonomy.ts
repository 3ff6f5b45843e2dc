// Interim; replaced by the full one.
import { parse } from 'yaml';
import type { Result, Taxonomy } from '../types.js';

/** Parse taxonomy.yml. */
export function parseTaxonomy(raw: string, _file: string): Result<Taxonomy> {
  const data = (parse(raw) ?? {}) as { fallback?: string };
  return { value: { topics: [], fallback: data.fallback ?? 'General' }, diagnostics: [] };
}
