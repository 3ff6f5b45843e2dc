import { isOrgName } from './names.js';

/**
 * The page title a scrape often starts with (`Headline | Site`,
 * `ANALYSIS: Headline - Site`): it repeats the headline printed further
 * down, which tells that line from the titles of menus and teasers.
 */

/** A page title as a scrape's first line: `Headline | Site`, `Headline - Site`. */
export function isPageTitle(text: string): boolean {
  return text.length >= 30 && /\s(?:[|–—-]|::)\s+\S/.test(text);
}

/** What follows a title in a page title: a separator, then the site (` | Site`, ` - Site`). */
export function isSiteTail(rest: string): boolean {
  return /^\s*(?:[|–—-]|::)\s*\S/.test(rest);
}

/** `ANALYSIS: Headline | Site`: the title with a short kicker in front of it. */
function kickerFramed(pageTitle: string, title: string): boolean {
  const at = pageTitle.indexOf(title);
  return at > 0 && at <= 24 && /^[^|–—]{2,22}[:|]\s*$/.test(pageTitle.slice(0, at));
}

/** Whether the page title is `title` with a site tail (and perhaps a kicker in front). */
export function repeatsTitle(pageTitle: string, title: string): boolean {
  const at = pageTitle.indexOf(title);
  if (at < 0 || (at > 0 && !kickerFramed(pageTitle, title))) return false;
  return isSiteTail(pageTitle.slice(at + title.length));
}

/**
 * `The Example Advertiser | Serving the valley since 1887`: a title line
 * that names the site, then describes it (a news organisation's name, a
 * separator, a tagline). The name, or null.
 */
export function siteWithTagline(text: string): string | null {
  const m = /^(.{3,40}?)\s+[|–—-]\s+(.{10,80})$/.exec(text);
  return m !== null && isOrgName(m[1]!) && !isOrgName(m[2]!) && m[2]!.split(' ').length >= 3 ? m[1]! : null;
}
