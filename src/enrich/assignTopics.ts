import type { ArticleRecord, Taxonomy } from '../types.js';
import { compareText, foldCase } from './compareText.js';
import { tokenize } from './tokenize.js';

/** At most this many topics per record. */
const MAX_TOPICS = 3;
/** Points for each keyword hit in the headline: alone it reaches the threshold (a text hit is worth hits per 1,000 words). */
const HEADLINE_POINTS = 4;
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
  const canonical = compile(taxonomy).canonical;
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
  const headline = tokenize(record.headline);
  const text = tokenize(record.text);
  const scale = 1000 / Math.max(text.length, MIN_WORDS);
  const scores: TopicScore[] = [];
  for (const topic of compile(taxonomy).topics) {
    const score = HEADLINE_POINTS * countPhrases(headline, topic.phrases) + countPhrases(text, topic.phrases) * scale;
    if (score > 0) scores.push({ name: topic.name, score });
  }
  return scores.sort((a, b) => b.score - a.score || compareText(a.name, b.name));
}

interface CompiledTopic {
  readonly name: string;
  /** Keywords as token lists, indexed by their first token. */
  readonly phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
}

interface CompiledTaxonomy {
  readonly topics: readonly CompiledTopic[];
  /** Case-folded name or alias -> canonical name. */
  readonly canonical: ReadonlyMap<string, string>;
}

/** Tokenised keywords and the alias map, computed once per taxonomy object rather than per record. */
const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

function compile(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const topics = taxonomy.topics.map((topic) => {
    const phrases = new Map<string, (readonly string[])[]>();
    for (const phrase of topic.keywords.map(tokenize)) {
      const first = phrase[0];
      if (first === undefined) continue;
      const list = phrases.get(first);
      if (list) list.push(phrase);
      else phrases.set(first, [phrase]);
    }
    return { name: topic.name, phrases };
  });
  const canonical = new Map<string, string>();
  for (const topic of taxonomy.topics) {
    for (const key of [topic.name, ...topic.aliases]) canonical.set(foldCase(key.trim()), topic.name);
  }
  canonical.set(foldCase(taxonomy.fallback), taxonomy.fallback);
  const result = { topics, canonical };
  compiled.set(taxonomy, result);
  return result;
}

/** How many times any of `phrases` occurs in `words` (whole-word matches). */
function countPhrases(words: readonly string[], byFirst: CompiledTopic['phrases']): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const candidates = byFirst.get(words[i] as string);
    if (!candidates) continue;
    if (candidates.some((phrase) => phrase.every((word, k) => words[i + k] === word))) count++;
  }
  return count;
}
