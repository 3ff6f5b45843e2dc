import { Feed } from 'feed';
import type { EnrichedArticle } from '../types.js';
import type { SiteOptions } from '../config.js';
import { outputPath, prettyUrl } from '../plan/outputPath.js';
import { escapeHtml } from './safeHtml.js';

/** How many of the newest dated articles the feeds carry. */
const FEED_SIZE = 50;

// Feed readers need absolute links; without a configured base URL the feeds
// use this placeholder origin's paths, which readers resolve against the
// feed's own URL. Documented in the README ("Hosting").
const RELATIVE_BASE = 'https://archive.invalid/';

/** Control characters are not allowed in XML 1.0, even escaped. */
const xmlSafe = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/**
 * Atom and JSON feeds of the newest dated articles, via the `feed` package.
 * Atom titles and summaries are `type="html"`, so readers parse them as HTML:
 * seed text is HTML-escaped before it goes in (inert in the reader), and
 * attribute values (category labels), which the package does not escape,
 * are escaped too. The JSON feed carries the plain text.
 * Undated articles are left out: a feed entry needs a date and we never invent one.
 * The feed's `updated` is the newest article's date, not the clock, so output is deterministic.
 */
export function renderFeeds(records: readonly EnrichedArticle[], site: SiteOptions): { atom: string; json: string } {
  return {
    atom: buildFeed(records, site, (s) => escapeHtml(xmlSafe(s))).atom1(),
    json: buildFeed(records, site, (s) => s).json1(),
  };
}

function buildFeed(records: readonly EnrichedArticle[], site: SiteOptions, text: (s: string) => string): Feed {
  const base = site.baseUrl ?? RELATIVE_BASE;
  const dated = records.filter((r) => r.date !== null).slice(0, FEED_SIZE);
  const updated = dated[0]?.date ? new Date(dated[0].date) : new Date(0);
  const feed = new Feed({
    title: text(site.title), description: text(site.description), id: base, link: base, language: site.language,
    updated, copyright: '', generator: 'news-archive',
    feedLinks: { atom: new URL('feed.xml', base).href, json: new URL('feed.json', base).href },
  });
  for (const record of dated) {
    const url = new URL(prettyUrl(outputPath.article(record.slug)), base).href;
    feed.addItem({
      title: text(record.headline), id: url, link: url, date: new Date(record.date!),
      description: text(record.summary),
      author: record.author ? [{ name: xmlSafe(record.author) }] : undefined,
      category: record.topics.map((name) => ({ name: text(name) })),
    });
  }
  return feed;
}
