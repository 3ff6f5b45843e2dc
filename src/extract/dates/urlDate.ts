import { isValidDate, isoDate } from './calendar.js';

/** A line that is one web address and nothing else, maybe after a `Source:`/`URL:` label. */
const URL_LINE = /^(?:(?:source|url|link|permalink|original(?: (?:article|story|url))?)\s*:\s*)?<?https?:\/\/[^\s/]+(\/\S*)>?$/i;
/** `/2025/06/17/` in a path: how news CMSs file a story under its publication day. */
const PATH_DAY = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?=[/?#]|$)/;

/**
 * The publication day a story's address files it under, when a line holds
 * only that address (`https://example.com/news/2025/06/17/slug/`). A date
 * in a path is a filing convention, not a stated dateline; a year-month
 * path (`/2025/06/`) names no day and gives nothing.
 */
export function urlPathDate(line: string): { iso: string; text: string } | null {
  if (line.length > 400) return null;
  const url = URL_LINE.exec(line.trim());
  if (!url) return null;
  const m = PATH_DAY.exec(url[1] ?? '');
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { iso: isoDate(year, month, day), text: m[0] } : null;
}

/** `Home / News / 2021 / 08 / 09 / Counties`: a breadcrumb trail that files the story under year, month and day. */
const CRUMB_DAY = /(?:^|\s[/›»>]\s)((?:19|20)\d{2})\s[/›»>]\s(0?[1-9]|1[0-2])\s[/›»>]\s(0?[1-9]|[12]\d|3[01])(?=\s[/›»>]\s|$)/;

/**
 * The day a breadcrumb trail files the story under, as a CMS's dated
 * archive path printed as a trail: the same filing convention as a dated
 * address, so only a fallback.
 */
export function breadcrumbDate(line: string): { iso: string; text: string } | null {
  if (line.length > 200 || !line.includes(' / ')) return null;
  const m = CRUMB_DAY.exec(line);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { iso: isoDate(year, month, day), text: m[0].trim() } : null;
}
