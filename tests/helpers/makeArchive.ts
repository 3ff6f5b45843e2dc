import type { Archive, EnrichedArticle, Provenance } from '../../src/types.js';

const stated: Provenance = {
  headline: { method: 'front-matter', confidence: 'high' }, date: { method: 'front-matter', confidence: 'high' },
  source: { method: 'front-matter', confidence: 'high' }, author: { method: 'none', confidence: 'low' },
  dek: { method: 'none', confidence: 'low' }, section: { method: 'none', confidence: 'low' },
};

/** Provenance of a record whose archivist stated every field the report checks. */
export const everyFieldStated: Provenance = {
  ...stated, author: { method: 'front-matter', confidence: 'high' },
};

/** A complete enriched record with sensible defaults. */
export function makeArticle(id: string, fields: Partial<EnrichedArticle> = {}): EnrichedArticle {
  const text = fields.text ?? `Body of ${id}.`;
  return {
    id, slug: id, headline: `Headline ${id}`, dek: null, date: null, source: null, author: null, section: null,
    topics: ['General'], entities: { people: [], places: [], organisations: [] },
    body: { kind: 'text', blocks: [{ type: 'paragraph', text }] }, text, summary: text, wordCount: 3,
    seed: `${id}.txt`, line: 1, digestIndex: null, provenance: stated, related: [], cluster: null,
    ...fields,
  };
}

/** An archive of the given records (already in archive order) with groups derived naively. */
export function makeArchive(records: EnrichedArticle[]): Archive {
  const groups = (key: (r: EnrichedArticle) => readonly string[]) => {
    const map = new Map<string, string[]>();
    for (const r of records) for (const k of key(r)) map.set(k, [...(map.get(k) ?? []), r.id]);
    return [...map].map(([name, ids]) => ({ name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), ids }));
  };
  return {
    records,
    topics: groups((r) => r.topics),
    sources: groups((r) => (r.source ? [r.source] : [])),
    entities: groups((r) => r.entities.people).map((g) => ({ ...g, kind: 'people' as const })),
    clusters: [],
  };
}
