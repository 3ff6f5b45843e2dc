import type { ArticleRecord, ProvenancedField } from '../../types.js';

/** One row of the "About this record" table. */
export interface ProvenanceRow {
  readonly field: ProvenancedField;
  readonly label: string;
  readonly value: string;
  readonly method: string;
  /** How the method reads to a person. */
  readonly methodText: string;
  /** Empty when nothing was found (a confidence of nothing means nothing). */
  readonly confidence: string;
  readonly evidence: string | null;
  readonly line: number | null;
  /** Not stated by a person nor read with high confidence: worth checking. */
  readonly guessed: boolean;
}

const fieldLabels: Record<ProvenancedField, string> = {
  headline: 'Headline', dek: 'Subheadline', date: 'Date', source: 'Source', author: 'Author', section: 'Section',
};

const missingValue: Record<ProvenancedField, string> = {
  headline: '', dek: 'none', date: 'Undated', source: 'Unknown source', author: 'Unknown author', section: 'none',
};

const methodTexts: Record<string, string> = {
  'front-matter': 'stated in front matter',
  override: 'corrected in .meta.yml',
  extracted: 'read from the text',
  derived: 'written from the lead sentence',
  inferred: 'guessed from indirect evidence',
  none: 'not found',
};

/** The provenance of every tracked field of a record, in display order. */
export function provenanceRows(record: ArticleRecord): ProvenanceRow[] {
  return (Object.keys(fieldLabels) as ProvenancedField[]).map((field) => {
    const p = record.provenance[field];
    const value = record[field];
    return {
      field,
      label: fieldLabels[field],
      value: value ?? missingValue[field],
      method: p.method,
      methodText: methodTexts[p.method] ?? p.method,
      confidence: p.method === 'none' ? '' : p.confidence,
      evidence: p.evidence ?? null,
      line: p.line ?? null,
      guessed: p.method === 'derived' || p.method === 'inferred' ||
        (p.method === 'extracted' && p.confidence !== 'high') ||
        (p.method === 'none' && (field === 'date' || field === 'source' || field === 'author')),
    };
  });
}
