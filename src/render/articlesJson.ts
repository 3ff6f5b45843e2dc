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
 * A record's line of `api/articles.json`: its public fields plus its URL
 * relative to the site root, as compact JSON. `JSON.stringify` escapes what
 * JSON needs; `<` is escaped too so the file is inert even if a browser
 * sniffs it as HTML.
 */
export function publicArticleJson(record: EnrichedArticle): string {
  const json = JSON.stringify(publicArticle(record));
  return json.includes('<') ? json.replace(/</g, '\\u003c') : json;
}

/**
 * `dist/api/articles.json` in chunks: a JSON array of every record's line
 * (`publicArticleJson`), one record per line, in archive order (newest
 * first, undated last, ties by slug). The file is 3 KB per record (300 MB
 * at 100,000 articles), so it is written as it is made, never held whole.
 * @param each called with every record and its line as it is made: the
 *   build digests records from their lines (see `pageDependencies`) instead
 *   of stringifying them a second time.
 */
export function* articlesJsonChunks(records: readonly EnrichedArticle[], each?: (record: EnrichedArticle, line: string) => void): Generator<string> {
  if (records.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < records.length; start += CHUNK) {
    const lines: string[] = [];
    for (const record of records.slice(start, start + CHUNK)) {
      const line = publicArticleJson(record);
      each?.(record, line);
      lines.push(line);
    }
    yield `${start === 0 ? '[\n' : ''}${lines.join(',\n')}${start + CHUNK >= records.length ? '\n]\n' : ',\n'}`;
  }
}

/** `api/articles.json` as one string (see `articlesJsonChunks`). */
export function renderArticlesJson(records: readonly EnrichedArticle[]): string {
  return [...articlesJsonChunks(records)].join('');
}
