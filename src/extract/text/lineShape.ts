/** The typographic shape of a line: a title, a short label, or running text. */
export type LineShape = 'title' | 'label' | 'para';

/**
 * Classify a line by shape alone. Titles are 3-25 words, capitalised, with
 * no sentence-final full stop; labels are 1-3 capitalised words (section
 * names, menu items); everything else is running text.
 */
export function lineShape(text: string): LineShape {
  if (text.length > 200) return 'para';
  // `412`, `1/5`: a count or a control with no words is no headline.
  if (!/\p{L}/u.test(text)) return 'label';
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  const first = text.charAt(0);
  const capital = /[\p{Lu}\d"'“‘«(]/u.test(first);
  // `... after pressure from U.S.`: a headline may end on an abbreviation's full stop.
  const endsSentence = /(?:[.,;:]|\.\.\.|…)["'”’)]?$/.test(text) && !/(?:\b\p{Lu}\.){2,}$|\b(?:Jr|Sr|Inc|Corp|Ltd|St|Mt)\.$/u.test(text);
  if (!endsSentence && capital && words <= 3 && text.length <= 32 && !/\d{3,}/.test(text)) return 'label';
  // `... Truth Without Fear`: a motto under a masthead, led by an ellipsis.
  if (!endsSentence && /^(?:\.\.\.|…)\s*\p{Lu}/u.test(text) && words <= 7) return 'label';
  if (!endsSentence && capital && words <= 25 && text.length <= 200) return 'title';
  return 'para';
}

