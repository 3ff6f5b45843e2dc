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
  const sentences: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(END)) {
    const end = m.index + m[0].length;
    const before = paragraph.slice(start, m.index);
    const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["'“‘(«[]+/, '').toLowerCase();
    const next = paragraph.slice(end).trimStart();
    const isPeriod = m[0].startsWith('.') && m[0].length === 1;
    if (isPeriod && (ABBREVIATIONS.has(lastWord) || /^\p{Lu}$/u.test(lastWord.toUpperCase()) && lastWord.length === 1)) continue;
    // "…said the U.S. military": a lower-case continuation is not a new sentence.
    if (isPeriod && /^\p{Ll}/u.test(next)) continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  const tail = paragraph.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
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
  const paragraphs = text.slice(0, SCAN_MAX).split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const meaningful = paragraphs.filter((p) => isMeaningful(p, repeats));
  const pool = meaningful.length > 0 ? meaningful : paragraphs.filter((p) => !repeats.has(p.toLowerCase()));
  let summary = '';
  for (const paragraph of pool) {
    for (const sentence of splitSentences(paragraph)) {
      if (summary === '') {
        summary = cutAtWord(sentence, LIMIT);
      } else if (summary.length + 1 + sentence.length <= LIMIT) {
        summary = `${summary} ${sentence}`;
      } else {
        return summary;
      }
      if (summary.length >= TARGET) return summary;
    }
  }
  return summary;
}
