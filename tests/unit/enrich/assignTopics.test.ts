import { describe, expect, it } from 'vitest';
import { assignTopics } from '../../../src/enrich/assignTopics.js';
import type { Taxonomy } from '../../../src/types.js';
import { loadTaxonomy } from './loadTaxonomy.js';
import { makeRecord } from './makeRecord.js';

const small: Taxonomy = {
  fallback: 'General',
  topics: [
    { name: 'Sport', aliases: ['sports', 'Football'], keywords: ['match', 'goal', 'league', 'world cup'] },
    { name: 'Health', aliases: ['medicine'], keywords: ['hospital', 'vaccine', 'doctor'] },
    { name: 'Economy & Business', aliases: ['economy'], keywords: ['inflation', 'market', 'bank'] },
  ],
};

describe('assignTopics', () => {
  it('maps stated aliases to the canonical name, case-insensitively, and dedupes', () => {
    const record = makeRecord({ id: 'a', topics: [' sports ', 'FOOTBALL', 'Medicine', 'health'] });
    expect(assignTopics(record, small)).toEqual(['Sport', 'Health']);
  });

  it('keeps unknown stated topics in Title Case, keeping acronyms', () => {
    const record = makeRecord({ id: 'a', topics: ['climate change', 'AI', 'war of the worlds', 'Climate  Change'] });
    expect(assignTopics(record, small)).toEqual(['Climate Change', 'AI', 'War of the Worlds']);
  });

  it('prefers stated topics over keywords in the text', () => {
    const record = makeRecord({ id: 'a', topics: ['economy'], text: 'The match ended with a late goal. League leaders won the match.' });
    expect(assignTopics(record, small)).toEqual(['Economy & Business']);
  });

  it('assigns by keywords in headline and text, whole words only', () => {
    const record = makeRecord({
      id: 'a',
      headline: 'Hospital staff race to give vaccines',
      text: 'Doctors at the hospital said the vaccine programme was ahead of plan. Every doctor worked late.',
    });
    expect(assignTopics(record, small)).toEqual(['Health']);
    const partial = makeRecord({ id: 'b', text: 'The matchmaker goalkeeper bankrupt marketing hospitality.' });
    expect(assignTopics(partial, small)).toEqual(['General']);
  });

  it('ranks several topics by score and caps them at three', () => {
    const record = makeRecord({
      id: 'a',
      headline: 'Inflation hits the market',
      text: 'Inflation rose again and the bank warned the market. The league match was postponed, the hospital said.',
    });
    expect(assignTopics(record, small)[0]).toBe('Economy & Business');
    expect(assignTopics(record, small).length).toBeLessThanOrEqual(3);
  });

  it('gives the fallback when nothing matches well enough', () => {
    const one = makeRecord({ id: 'a', text: `${'Lorem ipsum dolor sit amet. '.repeat(80)} A match.` });
    expect(assignTopics(one, small)).toEqual(['General']);
    expect(assignTopics(makeRecord({ id: 'b' }), small)).toEqual(['General']);
  });

  it('matches multi-word keywords as phrases', () => {
    const record = makeRecord({ id: 'a', headline: 'World Cup draw', text: 'The world cup draw was held.' });
    expect(assignTopics(record, small)).toEqual(['Sport']);
  });

  it('finds broad topics with the project taxonomy', () => {
    const taxonomy = loadTaxonomy();
    const war = makeRecord({
      id: 'w',
      headline: 'Troops shelled as offensive continues',
      text: 'Soldiers at the front line faced artillery fire. The military said the offensive would continue and troops were deployed.',
    });
    expect(assignTopics(war, taxonomy)[0]).toBe('Conflict & Security');
    const climate = makeRecord({ id: 'c', headline: 'Emissions hit record', text: 'Carbon emissions rose as climate change worsened drought.' });
    expect(assignTopics(climate, taxonomy)[0]).toBe('Environment & Climate');
  });

  it('does not assign a topic from one headline word the text does not back', () => {
    const record = makeRecord({ id: 'p', headline: 'Match of the day', text: 'Residents of the old town gathered to plant trees along the river.' });
    expect(assignTopics(record, small)).toEqual(['General']);
  });

  it('is deterministic on ties (by name)', () => {
    const tied = makeRecord({ id: 't', headline: 'Bank and hospital', text: 'The bank paid for the hospital.' });
    expect(assignTopics(tied, small)).toEqual(['Economy & Business', 'Health']);
  });
});
