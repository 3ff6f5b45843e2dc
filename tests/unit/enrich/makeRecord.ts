import type { ArticleRecord, FieldProvenance, Provenance } from '../../../src/types.js';

const none: FieldProvenance = { method: 'none', confidence: 'low' };
const provenance: Provenance = { headline: none, date: none, source: none, author: none, dek: none, section: none };

/** A complete ArticleRecord for tests: pass only what the test is about. */
export function makeRecord(fields: Partial<ArticleRecord> & { readonly id: string }): ArticleRecord {
  const text = fields.text ?? '';
  return {
    slug: fields.id.replace(/[^a-z0-9]+/giu, '-').toLowerCase(),
    headline: `Headline ${fields.id}`,
    dek: null,
    date: null,
    source: null,
    author: null,
    section: null,
    topics: [],
    entities: { people: [], places: [], organisations: [] },
    body: { kind: 'text', blocks: text ? [{ type: 'paragraph', text }] : [] },
    text,
    summary: text.slice(0, 200),
    wordCount: text.split(/\s+/u).filter(Boolean).length,
    seed: `${fields.id}.txt`,
    line: 1,
    digestIndex: null,
    provenance,
    ...fields,
  };
}
