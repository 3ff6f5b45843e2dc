import type { ArticleRecord } from '../types.js';
import { compareText, foldCase } from './compareText.js';
import { stopWords } from './stopWords.js';
import { tokenize } from './tokenize.js';

/** Only the opening of long texts is read: it says what the story is about, and bounds the cost. */
const TEXT_CHARS = 4000;
/** Body words kept per record before weighting by rarity. */
const MAX_BODY_TERMS = 40;
const ENTITY_WEIGHT = 3;
const HEADLINE_WEIGHT = 2;
const TOPIC_WEIGHT = 0.5;

/**
 * The features similarity is computed on, with raw weights (rarity is
 * applied later, across the archive): entities (`p:`, `l:`, `o:`),
 * topics (`t:`), and salient words (`w:`) of the headline (weighted) and
 * of the opening of the text (1 + log of the count).
 *
 * @returns feature -> weight, as sorted pairs so iteration order is fixed
 */
export function recordFeatures(record: ArticleRecord): readonly (readonly [string, number])[] {
  const cached = cache.get(record);
  if (cached) return cached;
  const features = new Map<string, number>();
  const add = (key: string, weight: number): void => {
    features.set(key, (features.get(key) ?? 0) + weight);
  };
  for (const name of record.entities.people) add(`p:${foldCase(name)}`, ENTITY_WEIGHT);
  for (const name of record.entities.places) add(`l:${foldCase(name)}`, ENTITY_WEIGHT);
  for (const name of record.entities.organisations) add(`o:${foldCase(name)}`, ENTITY_WEIGHT);
  for (const topic of record.topics) add(`t:${foldCase(topic)}`, TOPIC_WEIGHT);
  for (const word of new Set(salientWords(record.headline))) add(`w:${word}`, HEADLINE_WEIGHT);

  const counts = new Map<string, number>();
  for (const word of salientWords(record.text.slice(0, TEXT_CHARS))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const body = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, MAX_BODY_TERMS);
  for (const [word, count] of body) add(`w:${word}`, 1 + Math.log(count));
  const result = [...features.entries()].sort((a, b) => compareText(a[0], b[0]));
  cache.set(record, result);
  return result;
}

/** Related articles and story clusters both read the features; records are immutable, so compute once. */
const cache = new WeakMap<ArticleRecord, readonly (readonly [string, number])[]>();

/** Words that can say what a text is about: not stop words, not numbers, not tiny. */
function salientWords(text: string): string[] {
  return tokenize(text).filter((word) => word.length > 2 && !stopWords.has(word) && !/^\p{N}+$/u.test(word));
}
