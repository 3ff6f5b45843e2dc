import type { ArticleRecord } from '../../../src/types.js';
import { makeRecord } from './makeRecord.js';

const WORDS = `river market council harbour vaccine election strike drought festival court bridge factory
teacher pipeline border refugee satellite museum budget tariff hospital storm league protest reactor
treaty mine airline forest union bank novel missile virus prison stadium`.split(/\s+/u).filter(Boolean);
const PEOPLE = ['Ada Brook', 'Ben Okafor', 'Chen Wei', 'Dara Singh', 'Eva Lind', 'Femi Cole', 'Gus Varga', 'Hana Mori'];
const PLACES = ['Northport', 'Eastvale', 'Southmere', 'Westbury', 'Lakeside', 'Hillcrest'];
const ORGS = ['Harbour Authority', 'National Bank', 'Rail Union', 'Health Agency', 'Sports League'];
const SOURCES = ['Daily Post', 'Evening Star', 'Wire Service', null];

/** A small deterministic PRNG (mulberry32): tests must not depend on Math.random. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` plausible records: dates spread over three years (some undated,
 * some with times and offsets), recurring people/places, topic words.
 * Every `withTextEvery`-th record has no entities, so enrichment must
 * extract them with compromise; the rest carry entities already.
 */
export function syntheticRecords(count: number, withTextEvery = 20): ArticleRecord[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(next() * 1000);
    const date = i % 17 === 0 ? null : new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const timed = date !== null && i % 3 === 0 ? `${date}T${String(i % 24).padStart(2, '0')}:15:00+02:00` : date;
    const person = pick(PEOPLE);
    const place = pick(PLACES);
    const words = Array.from({ length: 40 }, () => pick(WORDS));
    const text = `${person} said the ${words.slice(0, 10).join(' ')} in ${place} would change. `
      + `${words.slice(10).join(' ')}. ${person.split(' ')[1] ?? ''} spoke again in ${place}.`;
    const bare = i % withTextEvery === 0;
    return makeRecord({
      id: `s${String(i).padStart(5, '0')}`,
      headline: `${place} ${words[0] ?? ''} ${words[1] ?? ''} report ${i}`,
      date: timed,
      source: pick(SOURCES),
      text,
      entities: bare ? { people: [], places: [], organisations: [] } : { people: [person], places: [place], organisations: [pick(ORGS)] },
    });
  });
}
