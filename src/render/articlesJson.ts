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

/** Bytes of JSON punctuation between and around record lines. */
const COMMA = 0x2c;
const CLOSE_BRACE = 0x7d;

/**
 * `dist/api/articles.json` in chunks: a JSON array of every record's line
 * (`publicArticleJson`), one record per line, in archive order (newest
 * first, undated last, ties by slug). The file is 3 KB per record (300 MB
 * at 100,000 articles), so it is written as it is made, never held whole.
 * Each chunk is a buffer of its own (UTF-8).
 * @param each called with every record as its line is placed, and the line
 *   when it was made here (undefined when it came from `reuse`): the build
 *   digests records from their lines (see `pageDependencies`) instead of
 *   stringifying them a second time
 * @param reuse a record's line when the caller has it already (see
 *   `previousRecordLines`; as bytes, it is copied at once, so it need only
 *   stay valid until the next call), else undefined; asked for every record, in order
 */
export function* articlesJsonChunks(
  records: readonly EnrichedArticle[], each?: (record: EnrichedArticle, made: string | undefined) => void, reuse?: (record: EnrichedArticle) => string | Uint8Array | undefined,
): Generator<Buffer> {
  if (records.length === 0) {
    yield Buffer.from('[]\n');
    return;
  }
  // Lines taken over as bytes go from the previous file to this one without being decoded.
  let scratch = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  const room = (bytes: number): void => {
    if (used + bytes <= scratch.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(scratch.length * 2, used + bytes));
    scratch.copy(bigger, 0, 0, used);
    scratch = bigger;
  };
  const put = (text: string | Uint8Array): void => {
    if (typeof text === 'string') {
      room(Buffer.byteLength(text));
      used += scratch.write(text, used);
    } else {
      room(text.length);
      scratch.set(text, used);
      used += text.length;
    }
  };
  for (let start = 0; start < records.length; start += CHUNK) {
    used = 0;
    if (start === 0) put('[\n');
    const end = Math.min(start + CHUNK, records.length);
    for (let i = start; i < end; i++) {
      const record = records[i]!;
      const found = reuse?.(record);
      const made = found === undefined ? publicArticleJson(record) : undefined;
      each?.(record, made);
      put(found ?? made!);
      put(i < records.length - 1 ? ',\n' : '\n]\n');
    }
    yield Buffer.from(scratch.subarray(0, used));
  }
}

/** `api/articles.json` as one string (see `articlesJsonChunks`). */
export function renderArticlesJson(records: readonly EnrichedArticle[]): string {
  return Buffer.concat([...articlesJsonChunks(records)]).toString('utf8');
}

/**
 * The record lines of an `api/articles.json` made by `articlesJsonChunks`,
 * read in order, for the records the file should hold in the same order:
 * asked for each record in turn, it gives that record's line as the file
 * has it, as bytes valid until the next call (a view of the reader's
 * buffer). Once a line is not the record's (another id: the file was made
 * for other records, or changed by hand), it gives none, for this record or
 * any after it; so does a file that is not such an array.
 */
export function previousRecordLines(lines: LineReader): (record: EnrichedArticle) => Uint8Array | undefined {
  let started = false;
  let broken = false;
  return (record) => {
    if (broken) return undefined;
    if (!started) {
      started = true;
      broken = lines.next() !== '[';
    }
    const line = broken ? null : lines.nextBytes();
    // Every line but the last ends with the comma that separates it from the next.
    const json = line === null ? null : line[line.length - 1] === COMMA ? line.subarray(0, -1) : line;
    const prefix = `{"id":${inert(JSON.stringify(record.id))},`;
    const prefixBytes = Buffer.byteLength(prefix);
    if (json === null || json.length <= prefixBytes || json[json.length - 1] !== CLOSE_BRACE || json.toString('utf8', 0, prefixBytes) !== prefix) {
      broken = true;
      lines.close();
      return undefined;
    }
    return json;
  };
}
