import { describe, expect, it } from 'vitest';
import { findRelated } from '../../../src/enrich/relatedArticles.js';
import { makeRecord } from './makeRecord.js';

const records = [
  makeRecord({
    id: 'quake-1', date: '2023-02-06', headline: 'Earthquake strikes southern province',
    text: 'A powerful earthquake struck the southern province overnight, collapsing buildings. Rescue teams searched rubble.',
    entities: { people: [], places: ['Antakya'], organisations: ['Red Crescent'] }, topics: ['Disasters'],
  }),
  makeRecord({
    id: 'quake-2', date: '2023-02-08', headline: 'Rescuers pull survivors from earthquake rubble',
    text: 'Rescue teams in the southern province pulled survivors from rubble two days after the earthquake.',
    entities: { people: [], places: ['Antakya'], organisations: ['Red Crescent'] }, topics: ['Disasters'],
  }),
  makeRecord({
    id: 'budget', date: '2023-02-07', headline: 'Parliament passes budget',
    text: 'Lawmakers approved the budget after a long debate about taxes and spending.',
    entities: { people: ['Ana Ruiz'], places: ['Madrid'], organisations: [] }, topics: ['Politics'],
  }),
  makeRecord({
    id: 'tax', date: '2023-03-01', headline: 'Tax reform debated',
    text: 'Lawmakers debated tax reform, weeks after the budget vote.',
    entities: { people: ['Ana Ruiz'], places: ['Madrid'], organisations: [] }, topics: ['Politics'],
  }),
];

describe('findRelated', () => {
  it('finds the obvious neighbour first', () => {
    const related = findRelated(records);
    expect(related.get('quake-1')?.[0]).toBe('quake-2');
    expect(related.get('quake-2')?.[0]).toBe('quake-1');
    expect(related.get('budget')?.[0]).toBe('tax');
  });

  it('does not relate records that share nothing', () => {
    const related = findRelated(records);
    expect(related.get('quake-1')).not.toContain('budget');
    expect(related.get('tax')).not.toContain('quake-1');
  });

  it('has an entry for every record and honours the limit', () => {
    const related = findRelated(records, 1);
    expect([...related.keys()].sort()).toEqual(['budget', 'quake-1', 'quake-2', 'tax']);
    for (const ids of related.values()) expect(ids.length).toBeLessThanOrEqual(1);
  });

  it('gives the same answer for any input order', () => {
    const forward = findRelated(records);
    const backward = findRelated([...records].reverse());
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });

  it('returns an empty map for no records', () => {
    expect(findRelated([]).size).toBe(0);
  });
});
