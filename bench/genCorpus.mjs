#!/usr/bin/env node
// Deterministic news-like corpus for the benchmark (no dependencies, no clock).
//
//   node bench/genCorpus.mjs --n 10000 --out DIR --format md|txt [--manifest truth.jsonl] [--seed news]
//
// Article i is a pure function of (seed, i): the md and txt corpora of one seed
// hold the same stories, and the first N articles do not change when N grows.
//   md : YAML front matter (title, date, source, author, topics) + Markdown body
//        (5-15 paragraphs, one `##`, one blockquote, one link, some emphasis).
//        File name YYYY-MM-DD-<slug>-<i>.md
//   txt: raw scraped text (headline, dateline in 4 shapes, optional byline,
//        junk lines, source as line / wire prefix / © footer, a topics line,
//        ~10% CRLF). File name <slug>-<i>.txt
// --manifest writes one JSON line of ground truth per file (see truthOf).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeArticle } from './corpus/article.mjs';
import { isoDay, isoInstant, toMarkdown, toText } from './corpus/serialise.mjs';

/** Bump when the output bytes change: the corpus cache in bench/.work is keyed on it. */
export const GENERATOR_VERSION = 1;

/** Ground truth of one written file: what the file states, not what a parser found. */
function truthOf(article, name, format) {
  return {
    file: name,
    format,
    title: article.title,
    date: isoInstant(article.date),
    day: isoDay(article.date),
    source: article.source,
    // A raw text without a byline does not name its author.
    author: format === 'md' || article.form.byline ? article.author : null,
    topics: article.topics,
    words: article.words,
    ...(format === 'txt' ? { form: article.form } : {}),
  };
}

/**
 * Yield the corpus one article at a time, so 100k articles never sit in memory.
 * @param {{ n: number, format?: 'md' | 'txt', seed?: string }} options
 * @returns {Generator<{ name: string, contents: string, truth: object }>}
 */
export function* generateCorpus({ n, format = 'md', seed = 'news' }) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (format !== 'md' && format !== 'txt') throw new RangeError(`format must be md or txt, got ${format}`);
  for (let i = 0; i < n; i++) {
    const article = makeArticle(seed, i);
    const name = format === 'md' ? `${isoDay(article.date)}-${article.slug}.md` : `${article.slug}.txt`;
    const contents = format === 'md' ? toMarkdown(article) : toText(article);
    yield { name, contents, truth: truthOf(article, name, format) };
  }
}

/**
 * Stream a corpus to `out` (created if missing) and optionally its manifest.
 * @param {{ n: number, format?: 'md' | 'txt', seed?: string, out: string, manifest?: string | null }} options
 * @returns {{ files: number, bytes: number }}
 */
export function writeCorpus({ n, format = 'md', seed = 'news', out, manifest = null }) {
  fs.mkdirSync(out, { recursive: true });
  const manifestFd = manifest ? fs.openSync(manifest, 'w') : null;
  let files = 0, bytes = 0;
  try {
    for (const { name, contents, truth } of generateCorpus({ n, format, seed })) {
      fs.writeFileSync(path.join(out, name), contents);
      if (manifestFd !== null) fs.writeSync(manifestFd, JSON.stringify(truth) + '\n');
      files++;
      bytes += Buffer.byteLength(contents);
    }
  } finally {
    if (manifestFd !== null) fs.closeSync(manifestFd);
  }
  return { files, bytes };
}

const USAGE = 'usage: node bench/genCorpus.mjs --n N --out DIR [--format md|txt] [--seed S] [--manifest FILE]';

/** Parse the CLI flags; returns an error string instead of throwing. */
export function parseGenArgs(argv) {
  const opts = { n: NaN, out: null, format: 'md', seed: 'news', manifest: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i], value = argv[i + 1];
    if (flag === '-h' || flag === '--help') { opts.help = true; continue; }
    if (value === undefined) return { error: `missing value for ${flag}` };
    if (flag === '--n') opts.n = Number(value);
    else if (flag === '--out') opts.out = value;
    else if (flag === '--format') opts.format = value;
    else if (flag === '--seed') opts.seed = value;
    else if (flag === '--manifest') opts.manifest = value;
    else return { error: `unknown argument: ${flag}` };
    i++;
  }
  if (opts.help) return { opts };
  if (!Number.isInteger(opts.n) || opts.n < 1) return { error: '--n must be a positive integer' };
  if (!opts.out) return { error: '--out is required' };
  if (!['md', 'txt'].includes(opts.format)) return { error: '--format must be md or txt' };
  return { opts };
}

function main() {
  const { opts, error } = parseGenArgs(process.argv.slice(2));
  if (error || opts.help) {
    process.stderr.write(`${error ? `genCorpus: ${error}\n` : ''}${USAGE}\n`);
    process.exit(error ? 2 : 0);
  }
  const { files, bytes } = writeCorpus(opts);
  process.stderr.write(`genCorpus: ${files} ${opts.format} articles, ${bytes} bytes -> ${opts.out}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
