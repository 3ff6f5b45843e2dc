import type { ArticleRecord, Taxonomy } from '../types.js';
import { compareText, foldCase } from './compareText.js';
import { tokenize } from './tokenize.js';

/** At most this many topics per record. */
const MAX_TOPICS = 3;
/**
 * Points for each keyword hit in the headline (a text hit is worth hits
 * per 1,000 words). Just under the threshold: one headline word ("party",
 * "match") must be backed by the text before it makes a topic.
 */
const HEADLINE_POINTS = 3;
/** Minimum score for a keyword-assigned topic (about 4 hits per 1,000 words). */
const THRESHOLD = 4;
/** A second or third topic must score at least this share of the best one. */
const RELATIVE_THRESHOLD = 0.35;
/** Short texts are scored as if this long, so one word in a brief is not a topic. */
const MIN_WORDS = 400;
/** Words a stated topic keeps in lower case inside Title Case. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * The topics of one record, display names in a deterministic order.
 *
 * Stated topics (front matter, a `Tags:` line) win and are normalised:
 * trimmed, de-duplicated ignoring case, aliases mapped to the taxonomy's
 * name, unknown ones kept in Title Case. Otherwise taxonomy keywords are
 * scored (headline weighted, text normalised by length) and the best 1-3
 * above a threshold are taken; failing that, the taxonomy's fallback.
 */
export function assignTopics(record: ArticleRecord, taxonomy: Taxonomy): string[] {
  const stated = normaliseStated(record.topics, taxonomy);
  if (stated.length > 0) return stated;
  const scored = scoreTopics(record, taxonomy);
  const best = scored[0];
  if (!best || best.score < THRESHOLD) return [taxonomy.fallback];
  return scored
    .filter((entry) => entry.score >= THRESHOLD && entry.score >= best.score * RELATIVE_THRESHOLD)
    .slice(0, MAX_TOPICS)
    .map((entry) => entry.name);
}

/** Stated topics, canonical and de-duplicated, in the order stated. */
function normaliseStated(topics: readonly string[], taxonomy: Taxonomy): string[] {
  if (topics.length === 0) return [];
  const { canonical } = compile(taxonomy);
  const result: string[] = [];
  const seen = new Set<string>();
  for (const raw of topics) {
    const trimmed = raw.replace(/\s+/gu, ' ').trim();
    if (trimmed === '') continue;
    const name = canonical.get(foldCase(trimmed)) ?? titleCase(trimmed);
    const key = foldCase(name);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(name);
  }
  return result;
}

/** Title Case that keeps acronyms ("AI") and inner capitals as written. */
function titleCase(value: string): string {
  return value
    .split(' ')
    .map((word, index) => {
      if (index > 0 && MINOR_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

interface TopicScore {
  readonly name: string;
  readonly score: number;
}

/** Every taxonomy topic with a positive score, best first, ties by name. */
function scoreTopics(record: ArticleRecord, taxonomy: Taxonomy): TopicScore[] {
  const { topics, phrases } = compile(taxonomy);
  const text = tokenize(record.text);
  const scale = 1000 / Math.max(text.length, MIN_WORDS);
  const scores = new Float64Array(topics.length);
  countPhrases(tokenize(record.headline), phrases, scores, HEADLINE_POINTS);
  countPhrases(text, phrases, scores, scale);
  const result: TopicScore[] = [];
  scores.forEach((score, i) => {
    if (score > 0) result.push({ name: topics[i] ?? '', score });
  });
  return result.sort((a, b) => b.score - a.score || compareText(a.name, b.name));
}

/** A keyword as tokens, and the topic (index) it counts for. */
interface Phrase {
  readonly topic: number;
  readonly words: readonly string[];
}

interface CompiledTaxonomy {
  /** Topic names, in taxonomy order. */
  readonly topics: readonly string[];
  /** Every keyword of every topic, indexed by its first token: one pass over a text scores all topics. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Case-folded name or alias -> canonical name. */
  readonly canonical: ReadonlyMap<string, string>;
}

/** Tokenised keywords and the alias map, computed once per taxonomy object rather than per record. */
const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

function compile(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const phrases = new Map<string, Phrase[]>();
  taxonomy.topics.forEach((topic, index) => {
    for (const words of new Set(topic.keywords.map((keyword) => tokenize(keyword).join(' ')))) {
      const tokens = words.split(' ');
      const first = tokens[0];
      if (first === undefined || first === '') continue;
      const list = phrases.get(first);
      if (list) list.push({ topic: index, words: tokens });
      else phrases.set(first, [{ topic: index, words: tokens }]);
    }
  });
  const canonical = new Map<string, string>();
  for (const topic of taxonomy.topics) {
    for (const key of [topic.name, ...topic.aliases]) canonical.set(foldCase(key.trim()), topic.name);
  }
  canonical.set(foldCase(taxonomy.fallback), taxonomy.fallback);
  const result = { topics: taxonomy.topics.map((topic) => topic.name), phrases, canonical };
  compiled.set(taxonomy, result);
  return result;
}

/**
 * Add `points` to a topic's score for each whole-word occurrence of one of
 * its keywords in `words` (a topic counts once per position).
 */
function countPhrases(words: readonly string[], phrases: CompiledTaxonomy['phrases'], scores: Float64Array, points: number): void {
  for (let i = 0; i < words.length; i++) {
    const candidates = phrases.get(words[i] as string);
    if (!candidates) continue;
    let counted = -1;
    for (const phrase of candidates) {
      if (phrase.topic === counted || !phrase.words.every((word, k) => words[i + k] === word)) continue;
      scores[phrase.topic] = (scores[phrase.topic] ?? 0) + points;
      counted = phrase.topic;
    }
  }
}
