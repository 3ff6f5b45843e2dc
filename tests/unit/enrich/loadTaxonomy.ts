import { readFileSync } from 'node:fs';
import { parseTaxonomy } from '../../../src/enrich/taxonomy.js';
import type { Taxonomy } from '../../../src/types.js';

/** The project's own taxonomy.yml, parsed (tests fail loudly if it has problems). */
export function loadTaxonomy(): Taxonomy {
  const { value, diagnostics } = parseTaxonomy(readFileSync('taxonomy.yml', 'utf8'), 'taxonomy.yml');
  if (diagnostics.length > 0) throw new Error(`taxonomy.yml: ${diagnostics.map((d) => d.message).join('; ')}`);
  return value;
}
