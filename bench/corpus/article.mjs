// One synthetic news article as data. Both serialisations (md, txt) are made
// from this model, so article i is the same story in either format.
import { createRng } from './prng.mjs';
import {
  ADJECTIVES, CITIES, FILLERS, FIRST_NAMES, FUNCTION_WORDS, INSTITUTIONS, LAST_NAMES, NOUNS,
  SOURCES, TOPICS, VERBS,
} from './vocab.mjs';

// Zipf-like popularity (s = 0.85): a handful of topics carry most articles,
// as in real archives, so tag pages range from huge to small.
const TOPIC_WEIGHTS = TOPICS.map((_, rank) => 1 / Math.pow(rank + 1, 0.85));
const TOPIC_TOTAL = TOPIC_WEIGHTS.reduce((s, w) => s + w, 0);

const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAY_COUNT = (Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000 + 1;

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function pickTopics(rng) {
  const wanted = rng.int(1, 4);
  const chosen = [];
  while (chosen.length < wanted) {
    let x = rng.float() * TOPIC_TOTAL;
    let k = 0;
    while (k < TOPICS.length - 1 && x >= TOPIC_WEIGHTS[k]) { x -= TOPIC_WEIGHTS[k]; k++; }
    if (!chosen.includes(TOPICS[k])) chosen.push(TOPICS[k]);
  }
  return chosen;
}

function randomWord(rng) {
  const x = rng.float();
  if (x < 0.37) return rng.pick(FUNCTION_WORDS);
  if (x < 0.61) return rng.pick(NOUNS);
  if (x < 0.73) return rng.pick(VERBS);
  if (x < 0.85) return rng.pick(ADJECTIVES);
  if (x < 0.97) return rng.pick(FILLERS);
  return rng.chance(0.5) ? rng.pick(CITIES) : String(rng.int(3, 2400));
}

/** A sentence of `count` words (some verbs are two words; the count is of slots). */
function sentence(rng, count) {
  const words = [];
  for (let k = 0; k < count; k++) words.push(randomWord(rng));
  if (count > 11 && rng.chance(0.45)) words[rng.int(3, count - 4)] += ',';
  return capitalise(words.join(' ')) + '.';
}

function headline(rng) {
  const shapes = [
    () => `${rng.pick(CITIES)} ${rng.pick(NOUNS)} ${rng.pick(VERBS)} over ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`,
    () => `${capitalise(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)} ${rng.pick(VERBS)} as ${rng.pick(NOUNS)} ${rng.pick(FILLERS)} ${rng.pick(ADJECTIVES)}`,
    () => `${capitalise(rng.pick(NOUNS))}: ${rng.pick(INSTITUTIONS)} ${rng.pick(VERBS)} ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} in ${rng.pick(CITIES)}`,
    () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)} ${rng.pick(VERBS)} "${rng.pick(ADJECTIVES)}" ${rng.pick(NOUNS)} & ${rng.pick(NOUNS)}`,
    () => `What the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} means for ${rng.pick(CITIES)}'s ${rng.pick(NOUNS)}`,
  ];
  return capitalise(rng.pick(shapes)());
}

/** ASCII slug of the first eight words of a title. */
export function slugOf(title) {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').split('-').slice(0, 8).join('-');
}

function paragraphs(rng) {
  const target = rng.int(540, 1100); // body words; lands at ~500-1300 after rounding
  const count = rng.int(5, 15);
  const paras = [];
  let words = 0;
  for (let p = 0; p < count; p++) {
    const want = Math.max(22, Math.round((target / count) * (0.65 + 0.7 * rng.float())));
    const sentences = [];
    let have = 0;
    while (have < want - 5) { const n = rng.int(9, 25); sentences.push(sentence(rng, n)); have += n; }
    paras.push(sentences);
    words += have;
  }
  return { paras, words };
}

/**
 * Article `index` of corpus `seed`: a pure function of both.
 * `form` holds the choices the raw-text serialisation makes (dateline shape,
 * byline, where the source is stated, topic line, line endings).
 * @param {string} seed
 * @param {number} index
 */
export function makeArticle(seed, index) {
  const rng = createRng(`${seed}#${index}`);
  const title = headline(rng);
  const day = rng.int(0, DAY_COUNT - 1);
  // 06:00-21:59 UTC keeps the calendar day the same in UTC and CET/CEST.
  const minute = rng.int(6 * 60, 22 * 60 - 1);
  const date = new Date(FIRST_DAY + day * 86_400_000 + minute * 60_000);
  const source = rng.pick(SOURCES);
  const topics = pickTopics(rng);
  const author = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const city = rng.pick(CITIES);
  const { paras, words } = paragraphs(rng);
  const last = paras.length - 1;
  const article = {
    index, title, date, source, topics, author, city, paras, words,
    slug: `${slugOf(title)}-${index}`,
    subheadingAt: rng.int(2, Math.max(2, last - 1)),
    subheading: capitalise(`${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} ${rng.pick(FUNCTION_WORDS)} ${rng.pick(NOUNS)}`),
    quoteAt: rng.int(1, last),
    quote: { text: sentence(rng, rng.int(10, 20)).slice(0, -1), speaker: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}` },
    linkAt: rng.int(0, last),
    /** per paragraph: 0 none, 1 *last sentence*, 2 **first sentence** */
    emphasis: paras.map(() => (rng.chance(0.35) ? rng.int(1, 2) : 0)),
    form: {
      dateline: rng.pick(['abbrev-time', 'weekday', 'long', 'published']),
      byline: rng.chance(0.6),
      photo: rng.chance(0.33),
      source: rng.pick(['line', 'wire', 'footer']),
      topics: rng.pick(['tags', 'filed', 'topics']),
      trending: rng.chance(0.5),
      readMore: rng.chance(0.33),
      advert: rng.chance(0.25),
      crlf: rng.chance(0.1),
    },
  };
  return article;
}
