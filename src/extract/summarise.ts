/** A summary aims for at least this many characters of whole sentences… */
const TARGET = 160;
/** …and stops before this many (unless one sentence is longer, which is then cut). */
const LIMIT = 300;

/** How far into the body to look for meaningful sentences. */
const SCAN_MAX = 20_000;

/** Words after which a period does not end a sentence (titles, initials, months, units). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'gov', 'sen', 'rep',
  'rev', 'hon', 'pres', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'no', 'nos', 'fig', 'approx', 'est', 'etc', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

/** Candidate sentence ends: terminal punctuation, closing quotes/brackets, then space or end. */
const END = /[.!?…]+["'”’»)\]]*(?=\s|$)|[。！？]+["'”’»)\]」』]*/gu;

/** Split a paragraph into sentences, not at abbreviations, initials or decimals. */
export function splitSentences(paragraph: string): string[] {
  return [...sentencesOf(paragraph)];
}

/** The last whitespace-free run at the end of `text` ('' when it ends in whitespace), as `/(\S+)$/` finds it, without its quadratic scan. */
function lastRun(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return text.slice(i);
}

/** Index of the first non-whitespace character at or after `from` (what `trimStart` would keep). */
function nextVisible(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** The sentences of a paragraph, one at a time: a summary rarely needs more than the first few. */
function* sentencesOf(paragraph: string): Generator<string> {
  let start = 0;
  for (const m of paragraph.matchAll(END)) {
    const end = m.index + m[0].length;
    const isPeriod = m[0].startsWith('.') && m[0].length === 1;
    if (isPeriod) {
      const lastWord = lastRun(paragraph.slice(start, m.index)).replace(/^["'“‘(«[]+/, '').toLowerCase();
      if (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord.toUpperCase()) && lastWord.length === 1) continue;
      // "…said the U.S. military": a lower-case continuation is not a new sentence.
      if (/^\p{Ll}/u.test(paragraph.slice(nextVisible(paragraph, end), nextVisible(paragraph, end) + 2))) continue;
    }
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') yield sentence;
    start = end;
  }
  const tail = paragraph.slice(start).trim();
  if (tail !== '') yield tail;
}

/** A paragraph worth summarising: a sentence, not a label, caption credit or button text. */
function isMeaningful(paragraph: string, repeats: ReadonlySet<string>): boolean {
  if (repeats.has(paragraph.toLowerCase())) return false;
  if (/[.!?…。！？]["'”’»)\]」』]*$/u.test(paragraph)) return paragraph.length >= 20 || /[\p{Script=Han}]/u.test(paragraph);
  return paragraph.length >= 80;
}

/** Cut `text` to at most `max` characters at a word boundary, with an ellipsis. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * The first meaningful sentences of a body, as plain text: whole sentences
 * adding up to about 160-300 characters, skipping a repeated headline and
 * short labels ("Read more", "Photo: …"). A first sentence over 300
 * characters is cut at a word boundary with an ellipsis. Deterministic.
 * @param text the body's plain text, paragraphs separated by blank lines or newlines
 * @param headline the article's headline, not repeated in the summary
 * @param dek the standfirst, if any: not repeated either (it is shown next to the summary)
 */
export function summarise(text: string, headline: string, dek: string | null = null): string {
  const repeats = new Set([headline, dek ?? ''].map((s) => s.replace(/\s+/g, ' ').trim().toLowerCase()));
  // A summary needs a few hundred characters; looking further into a huge body only costs time.
  const scanned = text.slice(0, SCAN_MAX);
  // Paragraphs are tidied and tested lazily: the summary is usually complete after the first one or two.
  let summary = '';
  let anyMeaningful = false;
  for (const paragraph of paragraphsOf(scanned)) {
    if (!isMeaningful(paragraph, repeats)) continue;
    anyMeaningful = true;
    const done = addSentences(summary, paragraph);
    summary = done.summary;
    if (done.complete) return summary;
  }
  if (anyMeaningful) return summary;
  for (const paragraph of paragraphsOf(scanned)) {
    if (repeats.has(paragraph.toLowerCase())) continue;
    const done = addSentences(summary, paragraph);
    summary = done.summary;
    if (done.complete) return summary;
  }
  return summary;
}

/** The non-empty lines of `text`, whitespace runs collapsed. */
function* paragraphsOf(text: string): Generator<string> {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const paragraph = text.slice(start, end < 0 ? text.length : end).replace(/\s+/g, ' ').trim();
    if (paragraph !== '') yield paragraph;
    if (end < 0) return;
    start = end + 1;
  }
}

/** Add a paragraph's sentences to the summary until it is long enough (`complete`). */
function addSentences(summary: string, paragraph: string): { summary: string; complete: boolean } {
  let out = summary;
  for (const sentence of sentencesOf(paragraph)) {
    if (out === '') {
      out = cutAtWord(sentence, LIMIT);
    } else if (out.length + 1 + sentence.length <= LIMIT) {
      out = `${out} ${sentence}`;
    } else {
      return { summary: out, complete: true };
    }
    if (out.length >= TARGET) return { summary: out, complete: true };
  }
  return { summary: out, complete: false };
}
