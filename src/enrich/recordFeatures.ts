import type { ArticleRecord } from '../types.js';
import { compareText, foldCase } from './compareText.js';
import { stopWords } from './stopWords.js';
import { createWordScratch, numberWords, type TokenNumber, type WordScratch } from './featureWords.js';
import { createPartTable, type PartTable } from './partTable.js';

/** Only the opening of long texts is read: it says what the story is about, and bounds the cost. */
const TEXT_CHARS = 4000;
/** Body words kept per record before weighting by rarity. */
const MAX_BODY_TERMS = 40;
const ENTITY_WEIGHT = 3;
const HEADLINE_WEIGHT = 2;
const TOPIC_WEIGHT = 0.5;
/** Shorter words say nothing about a story (and are never looked up). */
const MIN_WORD_LENGTH = 3;
/** Digits only, in any script: a number says nothing about the story. */
const NUMBER = /^\p{N}+$/u;

/**
 * The features of one archive, numbered as first seen. `keys` are
 * `p:`/`l:`/`o:` + entity, `t:` + topic, `w:` + word; similarity orders
 * features by key, never by number, so input order does not matter.
 */
export interface FeatureTable {
  readonly keys: string[];
  /** Entity and topic keys -> feature number. */
  readonly named: Map<string, number>;
  /** Token -> feature number, or -1 for a token that is no salient word (looked up once per distinct token). */
  readonly words: Map<string, number>;
  /** Run of folded text -> feature number or -1, as `words` after dropping possessives and stemming. */
  readonly parts: PartTable;
  /** `word` bound to this table. */
  readonly word: TokenNumber;
  readonly scratch: WordScratch;
  /** Per-record scratch, grown with the table: weight by feature, and how often a body word occurs. */
  weights: Float64Array;
  counts: Int32Array;
}

/** An empty table for one archive. */
export function createFeatureTable(): FeatureTable {
  const table: FeatureTable = {
    keys: [], named: new Map(), words: new Map(), parts: createPartTable(), word: (token) => word(table, token),
    scratch: createWordScratch(), weights: new Float64Array(1024), counts: new Int32Array(1024),
  };
  return table;
}

/** One record's features (distinct numbers of `table`) and raw weights (rarity is applied later, across the archive). */
export interface RawFeatures {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The features similarity is computed on, with raw weights: entities
 * (weight 3 each mention in the list), topics (0.5), salient words of the
 * headline (2) and of the opening of the text (1 + log of the count; the
 * 40 most frequent, ties by code units). Weights of one feature add up.
 */
export function recordFeatures(record: ArticleRecord, table: FeatureTable): RawFeatures {
  const touched: number[] = [];
  const add = (id: number, weight: number): void => {
    grow(table, id);
    const scratch = table.weights;
    if (scratch[id] === 0) touched.push(id);
    scratch[id] = (scratch[id] ?? 0) + weight;
  };
  for (const name of record.entities.people) add(named(table, `p:${foldCase(name)}`), ENTITY_WEIGHT);
  for (const name of record.entities.places) add(named(table, `l:${foldCase(name)}`), ENTITY_WEIGHT);
  for (const name of record.entities.organisations) add(named(table, `o:${foldCase(name)}`), ENTITY_WEIGHT);
  for (const topic of record.topics) add(named(table, `t:${foldCase(topic)}`), TOPIC_WEIGHT);
  const headline = new Set<number>();
  const found = numberWords(record.headline, table.parts, table.word, table.scratch, MIN_WORD_LENGTH - 1);
  for (let i = 0; i < found; i++) headline.add(table.scratch.out[i] ?? -1);
  for (const id of headline) add(id, HEADLINE_WEIGHT);
  if (record.signals !== undefined) {
    // Read from the text earlier (`textSignals`); the same words and counts.
    const { words, counts } = record.signals;
    for (let k = 0; k < words.length; k++) add(table.word(words[k] as string), 1 + Math.log(counts[k] ?? 1));
  } else {
    const { chosen, seen } = bodyWords(record.text, table);
    for (const id of chosen) add(id, 1 + Math.log(table.counts[id] ?? 1));
    for (const id of seen) table.counts[id] = 0;
  }
  // Plain loops: typed-array from() with a map function iterates generically and was a hot spot.
  const ids = new Int32Array(touched.length);
  const weights = new Float64Array(touched.length);
  for (let k = 0; k < touched.length; k++) {
    const id = touched[k] ?? 0;
    ids[k] = id;
    weights[k] = table.weights[id] ?? 0;
    table.weights[id] = 0;
  }
  return { ids, weights };
}

/**
 * The body words `recordFeatures` weighs, as tokens, and their counts: what
 * it reads of the text, so that the text need not be kept until enrichment.
 * @param table any table (a scratch one serves every record of a build)
 */
export function bodyWordCounts(text: string, table: FeatureTable): { words: string[]; counts: number[] } {
  const { chosen, seen } = bodyWords(text, table);
  // Keys of words are `w:` + token (see `word`).
  const words = chosen.map((id) => (table.keys[id] ?? '').slice(2));
  const counts = chosen.map((id) => table.counts[id] ?? 1);
  for (const id of seen) table.counts[id] = 0;
  return { words, counts };
}

/**
 * The MAX_BODY_TERMS most frequent salient words of the opening (`chosen`,
 * ties by code units) and all of them (`seen`): their counts stay in
 * `table.counts` until the caller clears them.
 */
function bodyWords(text: string, table: FeatureTable): { chosen: number[]; seen: number[] } {
  const seen: number[] = [];
  const found = numberWords(text.slice(0, TEXT_CHARS), table.parts, table.word, table.scratch, MIN_WORD_LENGTH - 1);
  const ids = table.scratch.out;
  grow(table, table.keys.length);
  const counts = table.counts;
  for (let i = 0; i < found; i++) {
    const id = ids[i] ?? 0;
    if (counts[id] === 0) seen.push(id);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  if (seen.length <= MAX_BODY_TERMS) return { chosen: seen, seen };
  // Sort counts only (numbers), then order by text just the words tied at the cut.
  const sorted = new Int32Array(seen.length);
  for (let k = 0; k < seen.length; k++) sorted[k] = counts[seen[k] ?? 0] ?? 0;
  sorted.sort();
  const cut = sorted[sorted.length - MAX_BODY_TERMS] ?? 0;
  const kept = seen.filter((id) => (counts[id] ?? 0) > cut);
  const tied = seen.filter((id) => counts[id] === cut);
  if (kept.length + tied.length > MAX_BODY_TERMS) tied.sort((a, b) => compareText(table.keys[a] ?? '', table.keys[b] ?? ''));
  return { chosen: kept.concat(tied.slice(0, MAX_BODY_TERMS - kept.length)), seen };
}

function named(table: FeatureTable, key: string): number {
  let id = table.named.get(key);
  if (id === undefined) {
    id = table.keys.length;
    table.keys.push(key);
    table.named.set(key, id);
  }
  return id;
}

/** The feature of a token, or -1 when it is no salient word (stop word, number, two letters or fewer). */
function word(table: FeatureTable, token: string): number {
  let id = table.words.get(token);
  if (id === undefined) {
    if (token.length >= MIN_WORD_LENGTH && !stopWords.has(token) && !NUMBER.test(token)) {
      id = table.keys.length;
      table.keys.push(`w:${token}`);
    } else {
      id = -1;
    }
    table.words.set(token, id);
  }
  return id;
}

function grow(table: FeatureTable, id: number): void {
  if (id < table.weights.length) return;
  let size = table.weights.length * 2;
  while (size <= id) size *= 2;
  const weights = new Float64Array(size);
  weights.set(table.weights);
  const counts = new Int32Array(size);
  counts.set(table.counts);
  table.weights = weights;
  table.counts = counts;
}
