import { codes } from '../diagnostics/codes.js';
import type { ArticleRecord, Diagnostic, ExtractedArticle, ExtractedSeed, SeedFile } from '../types.js';
import { assembleRecord } from './assembleRecord.js';
import { extractMarkdownSeed } from './extractMarkdownSeed.js';
import { PER_ITEM_FIELDS, applyOverrides, overrideFields, parseOverrides, type SeedOverrides } from './overrides.js';
import { extractPlainText } from './text/extractPlainText.js';

/**
 * Extract the records of one seed. `.txt` seeds go to the plain-text
 * extractor; `.md` seeds are read from front matter and body. Then the
 * sidecar's overrides are applied and records assembled (id, slug,
 * summary, word count). Pure, and never throws: anything unexpected
 * becomes an `extract/internal-error` diagnostic and no records.
 */
export function extractSeed(seed: SeedFile): ExtractedSeed {
  try {
    return extract(seed);
  } catch (error) {
    return {
      seed: seed.path,
      records: [],
      diagnostics: [{
        code: codes.EXTRACT_INTERNAL, severity: 'error', file: seed.path,
        message: `Extraction failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'This is a bug in the generator, not in the seed; please report it with the seed attached.',
      }],
    };
  }
}

function extract(seed: SeedFile): ExtractedSeed {
  const diagnostics: Diagnostic[] = [];
  let overrides: SeedOverrides | null = null;
  if (seed.sidecar !== null) {
    const parsed = parseOverrides(seed.sidecar);
    diagnostics.push(...parsed.diagnostics);
    overrides = parsed.value;
  }
  if (seed.raw.trim() === '') {
    diagnostics.push({
      code: codes.EXTRACT_EMPTY_SEED, severity: 'warning', file: seed.path,
      message: `${seed.path} is empty${seed.raw === '' ? '' : ' (whitespace only)'}; no article made from it`,
      hint: 'Paste the article text into the file, or delete it.',
    });
    return { seed: seed.path, records: [], diagnostics };
  }
  let articles: ExtractedArticle[];
  let draft = false;
  if (seed.kind === 'markdown') {
    const md = extractMarkdownSeed(seed);
    diagnostics.push(...md.diagnostics);
    articles = [md.article];
    draft = md.draft;
  } else {
    const text = extractPlainText(seed.raw, seed.path);
    diagnostics.push(...text.diagnostics);
    articles = text.articles;
  }
  const digest = articles.length > 1;
  if (overrides !== null) checkOverrides(overrides, articles.length, diagnostics);
  if (draft || (overrides !== null && overrideFields(overrides, null).draft === true && !digest)) {
    diagnostics.push(draftNotice(seed.path, null));
    return { seed: seed.path, records: [], diagnostics };
  }
  const records: ArticleRecord[] = [];
  articles.forEach((article, i) => {
    const index = digest ? i + 1 : null;
    if (overrides !== null && overrideFields(overrides, index).draft === true) {
      diagnostics.push(draftNotice(seed.path, index));
      return;
    }
    const final = overrides === null ? article : applyOverrides(article, overrides, index);
    records.push(assembleRecord(final, seed.path, index, diagnostics));
  });
  return { seed: seed.path, records, diagnostics };
}

function draftNotice(file: string, index: number | null): Diagnostic {
  return {
    code: codes.EXTRACT_DRAFT, severity: 'info', file,
    message: index === null ? `${file} is marked draft: true; not published` : `Item ${index} of ${file} is marked draft: true; not published`,
  };
}

/** Warn about sidecar entries that cannot apply to what was extracted. */
function checkOverrides(overrides: SeedOverrides, count: number, diagnostics: Diagnostic[]): void {
  for (const index of overrides.items.keys()) {
    if (index > count) {
      diagnostics.push({
        code: codes.OVERRIDES_UNKNOWN_ITEM, severity: 'warning', file: overrides.path,
        message: `${overrides.path} has fixes for item ${index}, but the seed yields ${count} article(s); ignored`,
        hint: 'Items are numbered from 1 in the order they appear in the seed.',
      });
    }
  }
  if (count > 1) {
    for (const field of PER_ITEM_FIELDS) {
      if (overrides.fields[field] === undefined) continue;
      const line = overrides.fields.lines[field];
      diagnostics.push({
        code: codes.OVERRIDES_ITEM_FIELD_AT_TOP, severity: 'warning', file: overrides.path, ...(line === undefined ? {} : { line, column: 1 }),
        message: `"${field}" at the top of ${overrides.path} would apply to all ${count} articles of this digest; ignored`,
        hint: `Put it under items, e.g.\nitems:\n  1:\n    ${field}: …`,
      });
    }
  }
}
