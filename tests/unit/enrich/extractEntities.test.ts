import { describe, expect, it } from 'vitest';
import { cleanEntityName } from '../../../src/enrich/cleanEntityName.js';
import { extractEntities } from '../../../src/enrich/extractEntities.js';
import { mergeEntityNames } from '../../../src/enrich/mergeEntityNames.js';

describe('cleanEntityName', () => {
  it('drops possessives, straight and curly', () => {
    expect(cleanEntityName("Russia's", 'places')).toEqual(['Russia']);
    expect(cleanEntityName('Trump’s', 'people')).toEqual(['Trump']);
  });

  it('drops titles and ranks before a person', () => {
    expect(cleanEntityName('Lt. Col. Charlie Dietz,', 'people')).toEqual(['Charlie Dietz']);
    expect(cleanEntityName('President Vladimir Putin', 'people')).toEqual(['Vladimir Putin']);
    expect(cleanEntityName('Mr Zelensky', 'people')).toEqual(['Zelensky']);
    expect(cleanEntityName('President', 'people')).toEqual([]);
  });

  it('keeps titles that are part of an organisation name', () => {
    expect(cleanEntityName('Air Force', 'organisations')).toEqual(['Air Force']);
    expect(cleanEntityName('Ministry of Defence.', 'organisations')).toEqual(['Ministry of Defence']);
  });

  it('trims punctuation and trailing common nouns, keeps abbreviations', () => {
    expect(cleanEntityName('— Volodymyr', 'people')).toEqual(['Volodymyr']);
    expect(cleanEntityName('Tajikistan,', 'places')).toEqual(['Tajikistan']);
    expect(cleanEntityName('North Korean workers.', 'organisations')).toEqual(['North Korean']);
    expect(cleanEntityName('U.S.', 'places')).toEqual(['U.S.']);
  });

  it('splits a match across a comma or an inner possessive', () => {
    expect(cleanEntityName('Korea, North Korea', 'places')).toEqual(['Korea', 'North Korea']);
    expect(cleanEntityName("Russia's Kursk region.", 'places')).toEqual(['Russia', 'Kursk']);
    expect(cleanEntityName("People's Army", 'organisations')).toEqual(["People's Army"]);
  });

  it('drops pronouns, lowercase words and junk', () => {
    for (const junk of ['he', 'They', 'visa.', '“', '12', 'Officials']) expect(cleanEntityName(junk, 'people')).toEqual([]);
  });
});

describe('mergeEntityNames', () => {
  it('merges a surname into the full name and counts every mention once', () => {
    const text = 'Charlie Dietz spoke. Later Dietz added more. DIETZ was quoted.';
    const merged = mergeEntityNames(['Charlie Dietz', 'Dietz', 'Dietz'], text);
    expect(merged).toEqual([{ name: 'Charlie Dietz', forms: ['Charlie Dietz', 'Dietz'], mentions: 2 }]);
  });

  it('merges case variants under the most mentioned spelling', () => {
    const merged = mergeEntityNames(['United Nations', 'UNITED NATIONS'], 'the United Nations and the United Nations; UNITED NATIONS');
    expect(merged.map((entity) => [entity.name, entity.mentions])).toEqual([['United Nations', 3]]);
  });

  it('joins a name that starts a longer one to the most mentioned candidate', () => {
    const text = 'Kim Jong Un met Kim Yo Jong. Kim Jong Un spoke. Kim left.';
    const names = mergeEntityNames(['Kim Jong Un', 'Kim Yo Jong', 'Kim Jong', 'Kim'], text).map((entity) => entity.name);
    expect(names).toEqual(['Kim Jong Un', 'Kim Yo Jong']);
  });
});

describe('extractEntities', () => {
  const text = [
    'Defence spokesperson Lt. Col. Maria Holloway said the base in Lisbon would stay open.',
    "Holloway's office in Lisbon confirmed the plan on Tuesday, and the United Nations welcomed it.",
    'President Henrik Larsen visited Copenhagen. He said nothing. The United Nations was not consulted, Holloway said.',
    // Long enough not to be a brief, where a single mention would do.
    'the plan was discussed at length by residents and workers who asked what it would mean for them and their families. '.repeat(8),
  ].join('\n\n');

  it('finds people, places and organisations, cleaned and merged', () => {
    const entities = extractEntities(text, 'Base will stay open');
    expect(entities.people).toContain('Maria Holloway');
    expect(entities.people).not.toContain('Holloway');
    expect(entities.places).toContain('Lisbon');
    expect(entities.organisations).toContain('United Nations');
  });

  it('drops entities mentioned once unless the headline names them', () => {
    const entities = extractEntities(text, 'Base will stay open');
    expect(entities.places).not.toContain('Copenhagen');
    expect(extractEntities(text, 'Larsen visits Copenhagen').places).toContain('Copenhagen');
  });

  it('never returns pronouns or lowercase words', () => {
    const all = Object.values(extractEntities(text, 'He said it')).flat();
    for (const name of all) {
      expect(name).toMatch(/^[\p{Lu}\p{N}]/u);
      expect(['He', 'She', 'They', 'It']).not.toContain(name);
    }
  });

  it('orders by mentions then name and caps each list at ten', () => {
    const many = Array.from({ length: 14 }, (_, i) => `Officials met in ${String.fromCharCode(65 + i)}ville twice: ${String.fromCharCode(65 + i)}ville.`).join(' ');
    const places = extractEntities(`Paris, Paris, Paris. ${many}`, 'Summit').places;
    expect(places.length).toBeLessThanOrEqual(10);
    expect(places[0]).toBe('Paris');
  });

  it('keeps names mentioned once in a brief, but not a name only a Title Case headline yields', () => {
    const brief = extractEntities('The Ministry of Emergency Management said rescue teams reached Wuhan.', 'Big Guns Are Back In Town');
    expect(brief.places).toContain('Wuhan');
    expect(brief.organisations).toEqual(['Ministry of Emergency Management']);
    expect(Object.values(brief).flat()).not.toContain('Big Guns');
  });

  it('completes a name compromise cuts short, in the body or a sentence-case headline', () => {
    const entities = extractEntities('Officials said Kim Jong Un watched the drill. Later, Kim Jong Un spoke.', 'Leader Kim Jong Un inspects troops');
    expect(entities.people).toEqual(['Kim Jong Un']);
  });

  it('strips the legal form of a company so mentions of it add up', () => {
    const entities = extractEntities('Apple Inc. unveiled a phone in Cupertino. Apple shares rose.', 'Apple unveils phone');
    expect(entities.organisations).toContain('Apple');
  });

  it('keeps a person named once when quoted by role, ignores credit lines and places inside names', () => {
    const filler = 'the committee met for hours and members asked many questions about what the change would mean. '.repeat(10);
    const story = `The Bank of England held rates. Central bank spokesperson Nora Quist said more data was needed.\n${filler}\nReporting by Paul Vane; Editing by Rita Sol`;
    const entities = extractEntities(story, 'Bank of England holds rates');
    expect(entities.people).toEqual(['Nora Quist']);
    expect(entities.organisations).toContain('Bank of England');
    expect(entities.places).not.toContain('England');
  });

  it('handles a very long text by tagging its opening only', () => {
    const long = `Mayor Ines Roth said Porto would rebuild. ${'The council debated the plan again. '.repeat(6000)} Ines Roth said it twice.`;
    const entities = extractEntities(long, 'Porto rebuilds');
    expect(long.length).toBeGreaterThan(200_000);
    expect(entities.people).toEqual(['Ines Roth']);
  });

  it('returns empty lists for empty text', () => {
    expect(extractEntities('', '')).toEqual({ people: [], places: [], organisations: [] });
  });
});
