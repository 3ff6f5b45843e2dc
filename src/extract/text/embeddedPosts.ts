import { parseDateText } from '../dates/parseDateText.js';

/** The attribution line under an embedded social post. */
export interface PostAttribution {
  /** e.g. `Gideon Rachman (@gideonrachman)`. */
  readonly attribution: string;
  readonly date: string | null;
}

const ATTRIBUTION = /^[—–-]{1,2}\s*([^()\n]{1,100}?)\s*\((@[A-Za-z0-9_]{1,30})\)\s*(.{0,60})$/;

/**
 * Read `— Name (@handle) Month D, YYYY`, the line social embeds leave in
 * scraped text under the post itself.
 */
export function parsePostAttribution(text: string): PostAttribution | null {
  if (text.length > 200) return null;
  const m = ATTRIBUTION.exec(text);
  if (!m) return null;
  const date = parseDateText(m[3] ?? '')[0];
  return { attribution: `${m[1]!.trim()} (${m[2]})`, date: date ? date.day : null };
}
