import { describe, expect, it } from 'vitest';
import { enrichArchive } from '../../../src/enrich/enrichArchive.js';
import type { ArticleRecord, Taxonomy } from '../../../src/types.js';
import { loadTaxonomy } from './loadTaxonomy.js';
import { makeRecord } from './makeRecord.js';
import { syntheticRecords } from './synthetic.js';

const taxonomy: Taxonomy = {
  fallback: 'General',
  topics: [
    { name: 'C', aliases: [], keywords: [] },
    { name: 'C++', aliases: [], keywords: [] },
    { name: 'Sport', aliases: ['sports'], keywords: ['match', 'league'] },
  ],
};

const records: ArticleRecord[] = [
  makeRecord({ id: 'a', date: '2024-01-02', source: 'Daily Post', topics: ['C'], entities: { people: ['Ada Brook'], places: ['Northport'], organisations: [] } }),
  makeRecord({ id: 'b', date: '2024-01-03', source: 'daily post ', topics: ['C++', 'sports'], entities: { people: ['Ada Brook'], places: [], organisations: [] } }),
  makeRecord({ id: 'c', date: null, source: null, headline: 'League match tonight', text: 'The league match was close.' }),
  makeRecord({ id: 'd', date: '2023-06-01', source: 'Daily Post', entities: { people: ['Ben Okafor'], places: ['Northport'], organisations: [] } }),
];

describe('enrichArchive', () => {
  const { value: archive, diagnostics } = enrichArchive(records, taxonomy);

  it('returns records in archive order with topics, related and cluster filled', () => {
    expect(archive.records.map((record) => record.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(archive.records.find((record) => record.id === 'b')?.topics).toEqual(['C++', 'Sport']);
    expect(archive.records.find((record) => record.id === 'c')?.topics).toEqual(['Sport']);
    expect(archive.records.find((record) => record.id === 'd')?.topics).toEqual(['General']);
    for (const record of archive.records) {
      expect(Array.isArray(record.related)).toBe(true);
      expect(record.related).not.toContain(record.id);
      expect(record.cluster === null || typeof record.cluster === 'string').toBe(true);
    }
  });

  it('does not modify the input records', () => {
    expect(records[3]?.topics).toEqual([]);
    expect(Object.isFrozen(records[0]) || !('related' in (records[0] ?? {}))).toBe(true);
  });

  it('groups topics by name with unique slugs, disambiguating C and C++', () => {
    expect(archive.topics.map((group) => group.name)).toEqual(['C', 'C++', 'General', 'Sport']);
    const slugs = archive.topics.map((group) => group.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(archive.topics[0]?.slug).toBe('c');
    expect(archive.topics[1]?.slug).toMatch(/^c-[0-9a-f]{6}$/u);
    expect(archive.topics.find((group) => group.name === 'Sport')?.ids).toEqual(['b', 'c']);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['enrich/slug-collision']);
  });

  it('groups sources ignoring case and spacing, and leaves unknown sources out', () => {
    expect(archive.sources).toEqual([{ name: 'Daily Post', slug: 'daily-post', ids: ['b', 'a', 'd'] }]);
  });

  it('lists entities named in at least two articles, with their kind, ids in archive order', () => {
    expect(archive.entities).toEqual([
      { name: 'Ada Brook', slug: 'ada-brook', ids: ['b', 'a'], kind: 'people' },
      { name: 'Northport', slug: 'northport', ids: ['a', 'd'], kind: 'places' },
    ]);
  });

  it('builds the same archive JSON from shuffled input', () => {
    const shuffled = [records[2], records[0], records[3], records[1]].filter((record): record is ArticleRecord => record !== undefined);
    expect(JSON.stringify(enrichArchive(shuffled, taxonomy))).toBe(JSON.stringify(enrichArchive(records, taxonomy)));
  });

  it('warns about two records with one id instead of throwing', () => {
    const twins = [makeRecord({ id: 'x', slug: 'x-1' }), makeRecord({ id: 'x', slug: 'x-2' })];
    const result = enrichArchive(twins, taxonomy);
    expect(result.value.records).toHaveLength(2);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['enrich/duplicate-id', 'warning']]);
  });

  it('keeps entities a record already carries and extracts them for the others', () => {
    const stated = makeRecord({ id: 's', entities: { people: ['Stated Person'], places: [], organisations: [] }, text: 'Officials in Lisbon and Lisbon met.' });
    const bare = makeRecord({ id: 't', text: 'Officials met in Lisbon on Monday. Lisbon was calm.' });
    const { value } = enrichArchive([stated, bare], taxonomy);
    expect(value.records.find((record) => record.id === 's')?.entities.people).toEqual(['Stated Person']);
    expect(value.records.find((record) => record.id === 't')?.entities.places).toEqual(['Lisbon']);
  });

  it('handles an empty archive', () => {
    expect(enrichArchive([], taxonomy).value).toEqual({ records: [], topics: [], sources: [], entities: [], clusters: [] });
  });
});

describe('enrichArchive at scale', () => {
  it('enriches 2,000 generated records deterministically', () => {
    const generated = syntheticRecords(2000);
    const projectTaxonomy = loadTaxonomy();
    const started = performance.now();
    const first = enrichArchive(generated, projectTaxonomy);
    const elapsed = performance.now() - started;
    const second = enrichArchive([...generated].reverse(), projectTaxonomy);
    expect(first.value.records).toHaveLength(2000);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const ids = new Set(first.value.records.map((record) => record.id));
    for (const record of first.value.records) {
      expect(record.topics.length).toBeGreaterThan(0);
      expect(record.related.length).toBeLessThanOrEqual(5);
      for (const id of record.related) expect(ids.has(id)).toBe(true);
    }
    for (const cluster of first.value.clusters) expect(cluster.ids.length).toBeGreaterThanOrEqual(2);
    console.log(`enrichArchive: 2000 records in ${elapsed.toFixed(0)} ms, ${first.value.clusters.length} clusters`);
  }, 120_000);
});
