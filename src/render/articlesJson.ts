import type { EnrichedArticle } from '../types.js';
import { outputPath, prettyUrl } from '../plan/outputPath.js';

/** The public fields of a record, as published in `api/articles.json`. */
export type PublicArticle = Omit<EnrichedArticle, 'body' | 'text'> & { readonly url: string };

/**
 * `dist/api/articles.json`: every record's public fields plus its URL
 * relative to the site root, in archive order (newest first, undated last,
 * ties by slug). `JSON.stringify` escapes what JSON needs; `<` is escaped
 * too so the file is inert even if a browser sniffs it as HTML.
 */
export function renderArticlesJson(records: readonly EnrichedArticle[]): string {
  const articles: PublicArticle[] = records.map(({ body: _body, text: _text, ...rest }) => ({ ...rest, url: prettyUrl(outputPath.article(rest.slug)) }));
  return `${JSON.stringify(articles, null, 1).replace(/</g, '\\u003c')}\n`;
}
