/**
 * The page title a scrape often starts with (`Headline | Site`,
 * `ANALYSIS: Headline - Site`): it repeats the headline printed further
 * down, which tells that line from the titles of menus and teasers.
 */

/** A page title as a scrape's first line: `Headline | Site`, `Headline - Site`. */
export function isPageTitle(text: string): boolean {
  return text.length >= 30 && /\s(?:[|–—-]|::)\s+\S/.test(text);
}

/** `ANALYSIS: Headline | Site`: the title with a short kicker in front of it. */
export function kickerFramed(pageTitle: string, title: string): boolean {
  const at = pageTitle.indexOf(title);
  return at > 0 && at <= 24 && /^[^|–—]{2,22}[:|]\s*$/.test(pageTitle.slice(0, at));
}

/** Whether the page title is `title` with a site tail (and perhaps a kicker in front). */
export function repeatsTitle(pageTitle: string, title: string): boolean {
  const at = pageTitle.indexOf(title);
  if (at < 0 || (at > 0 && !kickerFramed(pageTitle, title))) return false;
  return /^\s*(?:[|–—-]|::)\s*\S/.test(pageTitle.slice(at + title.length));
}
