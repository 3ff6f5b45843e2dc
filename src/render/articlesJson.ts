import type { EnrichedArticle } from '../types.js';
import { outputPath, prettyUrl } from '../plan/outputPath.js';

/** The public fields of a record, as published in `api/articles.json`. */
export type PublicArticle = Omit<EnrichedArticle, 'body' | 'text'> & { readonly url: string };

/** Records per chunk: a chunk is a few hundred kilobytes, never the whole file. */
const CHUNK = 256;

function publicArticle({ body: _body, text: _text, ...rest }: EnrichedArticle): PublicArticle {
  return { ...rest, url: prettyUrl(outputPath.article(rest.slug)) };
}

/**
 * `dist/api/articles.json` in chunks: every record's public fields plus its
 * URL relative to the site root, in archive order (newest first, undated
 * last, ties by slug). The file is 4 KB per record (400 MB at 100,000
 * articles), so it is written as it is made, never held whole. The text is
 * exactly `JSON.stringify(articles, null, 1)`: each item is stringified on
 * its own and indented one level. `JSON.stringify` escapes what JSON needs;
 * `<` is escaped too so the file is inert even if a browser sniffs it as HTML.
 */
export function* articlesJsonChunks(records: readonly EnrichedArticle[]): Generator<string> {
  if (records.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < records.length; start += CHUNK) {
    // A chunk stringified as an array is its items indented one level, joined by ",\n", between "[\n" and "\n]".
    const array = JSON.stringify(records.slice(start, start + CHUNK).map(publicArticle), null, 1);
    const items = array.slice(2, -2);
    const chunk = `${start === 0 ? '[\n' : ''}${items}${start + CHUNK >= records.length ? '\n]\n' : ',\n'}`;
    yield chunk.includes('<') ? chunk.replace(/</g, '\\u003c') : chunk;
  }
}

/** `api/articles.json` as one string (see `articlesJsonChunks`). */
export function renderArticlesJson(records: readonly EnrichedArticle[]): string {
  return [...articlesJsonChunks(records)].join('');
}
