// Types for genCorpus.mjs (plain JS so the bench runs without compiling).

/** Choices the raw-text serialisation made for one article. */
export interface TextForm {
  dateline: 'abbrev-time' | 'weekday' | 'long' | 'published';
  byline: boolean;
  photo: boolean;
  source: 'line' | 'wire' | 'footer';
  topics: 'tags' | 'filed' | 'topics';
  trending: boolean;
  readMore: boolean;
  advert: boolean;
  crlf: boolean;
}

/** Ground truth of one written file (one manifest line). */
export interface CorpusTruth {
  file: string;
  format: 'md' | 'txt';
  title: string;
  /** ISO instant, e.g. 2024-11-08T08:11:00Z */
  date: string;
  /** YYYY-MM-DD */
  day: string;
  source: string;
  /** null when a raw text has no byline */
  author: string | null;
  topics: string[];
  words: number;
  form?: TextForm;
}

export interface CorpusFile {
  name: string;
  contents: string;
  truth: CorpusTruth;
}

export const GENERATOR_VERSION: number;

export function generateCorpus(options: { n: number; format?: 'md' | 'txt'; seed?: string }): Generator<CorpusFile>;

export function writeCorpus(options: {
  n: number; format?: 'md' | 'txt'; seed?: string; out: string; manifest?: string | null;
}): { files: number; bytes: number };

export function parseGenArgs(argv: string[]):
  | { opts: { n: number; out: string | null; format: string; seed: string; manifest: string | null; help: boolean }; error?: undefined }
  | { error: string; opts?: undefined };
