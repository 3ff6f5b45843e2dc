import type { EnrichedArticle } from '../types.js';
import { outputPath, prettyUrl } from '../plan/outputPath.js';
import type { LineReader } from '../cache/lineReader.js';

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
  return inert(JSON.stringify(publicArticle(record)));
}

/** JSON with `<` escaped (see `publicArticleJson`). */
function inert(json: string): string {
  return json.includes('<') ? json.replace(/</g, '\\u003c') : json;
}

/**
 * `dist/api/articles.json` in chunks: a JSON array of every record's line
 * (`publicArticleJson`), one record per line, in archive order (newest
 * first, undated last, ties by slug). The file is 3 KB per record (300 MB
 * at 100,000 articles), so it is written as it is made, never held whole.
 * @param each called with every record and its line as it is made: the
 *   build digests records from their lines (see `pageDependencies`) instead
 *   of stringifying them a second time; `reused` when the line came from `reuse`
 * @param reuse a record's line when the caller has it already (see
 *   `previousRecordLines`), else undefined; asked for every record, in order
 */
export function* articlesJsonChunks(
  records: readonly EnrichedArticle[], each?: (record: EnrichedArticle, line: string, reused: boolean) => void, reuse?: (record: EnrichedArticle) => string | undefined,
): Generator<string> {
  if (records.length === 0) {
    yield '[]\n';
    return;
  }
  for (let start = 0; start < records.length; start += CHUNK) {
    const lines: string[] = [];
    for (const record of records.slice(start, start + CHUNK)) {
      const found = reuse?.(record);
      const line = found ?? publicArticleJson(record);
      each?.(record, line, found !== undefined);
      lines.push(line);
    }
    yield `${start === 0 ? '[\n' : ''}${lines.join(',\n')}${start + CHUNK >= records.length ? '\n]\n' : ',\n'}`;
  }
}

/** `api/articles.json` as one string (see `articlesJsonChunks`). */
export function renderArticlesJson(records: readonly EnrichedArticle[]): string {
  return [...articlesJsonChunks(records)].join('');
}

/**
 * The record lines of an `api/articles.json` made by `articlesJsonChunks`,
 * read in order, for the records the file should hold in the same order:
 * asked for each record in turn, it gives that record's line as the file
 * has it. Once a line is not the record's (another id: the file was made
 * for other records, or changed by hand), it gives none, for this record or
 * any after it; so does a file that is not such an array.
 */
export function previousRecordLines(lines: LineReader): (record: EnrichedArticle) => string | undefined {
  let started = false;
  let broken = false;
  return (record) => {
    if (broken) return undefined;
    if (!started) {
      started = true;
      broken = lines.next() !== '[';
    }
    const line = broken ? null : lines.next();
    // Every line but the last ends with the comma that separates it from the next.
    const json = line === null ? null : line.endsWith(',') ? line.slice(0, -1) : line;
    if (json === null || !json.startsWith(`{"id":${inert(JSON.stringify(record.id))},`) || !json.endsWith('}')) {
      broken = true;
      lines.close();
      return undefined;
    }
    return json;
  };
}
