const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'gov', 'sen', 'rep',
  'rev', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'mt', 'ft', 'e.g', 'i.e', 'etc', 'approx', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
]);

/**
 * The first sentence of a paragraph: up to the first `.`, `!` or `?` that
 * ends a sentence (not an abbreviation or an initial).
 */
export function firstSentence(text: string): string {
  const re = /[.!?]["'”’)]*\s+(?=["“‘'(]?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (text.charAt(at) === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    return text.slice(0, at + m[0].trimEnd().length);
  }
  return text;
}
