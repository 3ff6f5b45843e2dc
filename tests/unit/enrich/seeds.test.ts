import { describe, expect, it } from 'vitest';
import { enrichArchive } from '../../../src/enrich/enrichArchive.js';
import { extractEntities } from '../../../src/enrich/extractEntities.js';
import { loadTaxonomy } from './loadTaxonomy.js';
import { seedRecords } from './seedRecords.js';

const PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'their'];

// Dates as the seeds state them (or nearby): three reports of one claim in early November 2024.
const dates = {
  '000_5aaa9233496064e2': '2025-12-05',
  '001_b0deeebdd426c84d': '2024-11-07',
  '002_f1a7983dc312774b': '2024-11-08T09:11:00+01:00',
  '004_bb9df8dac863de41': '2024-11-06',
};

describe('enrichment of the real seeds', () => {
  const { value: archive, diagnostics } = enrichArchive(seedRecords(dates), loadTaxonomy());

  it('gives every seed 1-3 topics and clean entities', () => {
    expect(diagnostics).toEqual([]);
    expect(archive.records).toHaveLength(5);
    for (const record of archive.records) {
      expect(record.topics.length).toBeGreaterThanOrEqual(1);
      expect(record.topics.length).toBeLessThanOrEqual(3);
      for (const name of Object.values(record.entities).flat()) {
        expect(name).toMatch(/^[\p{Lu}\p{N}]/u);
        expect(name).not.toMatch(/['’]s$|[.,;:]$/u);
        expect(PRONOUNS).not.toContain(name.toLowerCase());
      }
      expect(record.entities.places.length).toBeGreaterThan(0);
      for (const list of Object.values(record.entities)) expect(list.length).toBeLessThanOrEqual(10);
    }
  });

  it('finds the people who recur across reports as entity groups', () => {
    const people = archive.entities.filter((group) => group.kind === 'people');
    // At least one person (a spokesperson or leader) is named by three or more seeds.
    expect(people.some((group) => group.ids.length >= 3)).toBe(true);
    // No person is also listed as a title-stripped or possessive variant of themselves.
    const names = people.map((group) => group.name);
    for (const name of names) {
      for (const other of names) if (other !== name) expect(other.endsWith(` ${name}`)).toBe(false);
    }
  });

  it('clusters the reports of the same claim and leaves the others out', () => {
    expect(archive.clusters).toHaveLength(1);
    expect([...(archive.clusters[0]?.ids ?? [])].sort()).toEqual(['001_b0deeebdd426c84d', '002_f1a7983dc312774b', '004_bb9df8dac863de41']);
  });

  it('extracts entities per article in bounded time (logged, not asserted)', () => {
    const records = seedRecords();
    for (const record of records) extractEntities(record.text, record.headline);
    const rounds = 3;
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      for (const record of records) expect(extractEntities(record.text, record.headline).people.length).toBeLessThanOrEqual(10);
    }
    const perArticle = (performance.now() - started) / (rounds * records.length);
    console.log(`extractEntities: ${perArticle.toFixed(1)} ms/article over the seeds (warm)`);
  }, 60_000);

  it('relates each report of the claim to the other two first', () => {
    const related = new Map(archive.records.map((record) => [record.id, record.related]));
    expect([...(related.get('002_f1a7983dc312774b') ?? []).slice(0, 2)].sort()).toEqual(['001_b0deeebdd426c84d', '004_bb9df8dac863de41']);
  });
});
