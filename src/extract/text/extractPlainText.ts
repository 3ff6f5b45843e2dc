import { codes } from '../../diagnostics/codes.js';
import type { Diagnostic, ExtractedArticle, FieldProvenance } from '../../types.js';
import type { DateMatch } from '../dates/parseDateText.js';
import { prefersDayFirst } from '../dates/findDateline.js';
import { annotate, type Annotated } from './annotate.js';
import { buildArticle } from './buildArticle.js';
import { splitLines } from './lines.js';
import { splitDigest } from './splitDigest.js';

/** A dateline heading a digest page (before its second story): the date of every story that states none. */
function digestDate(lines: readonly Annotated[], stories: readonly Annotated[][]): { match: DateMatch; provenance: FieldProvenance } | null {
  const second = stories[1]?.[0]?.no ?? Infinity;
  const line = lines.find((l) => l.no < second && l.role === 'date' && l.dateline !== null);
  if (!line?.dateline) return null;
  return { match: line.dateline.match, provenance: { method: 'extracted', evidence: line.text, line: line.no, confidence: 'medium' } };
}

/** A diagnostic for a seed that yields no article. */
function noContent(file: string, line: number): Diagnostic {
  return {
    code: codes.TEXT_NO_CONTENT, severity: 'warning', file, line,
    message: 'No article text found: the file is empty or holds only page chrome (menus, sign-in prompts, share bars).',
    hint: 'Paste the article text (headline, then paragraphs) into the seed, or delete the file.',
  };
}

/**
 * Turn the decoded text of a raw scraped `.txt` seed into one article, or
 * several for a digest. Cleans page chrome and duplicates, finds headline,
 * dek, dateline, byline, source and section with provenance, and builds
 * body blocks. Pure: never throws, never returns an empty headline.
 * @param raw decoded seed text, `\n` line endings
 * @param file seed path, for diagnostics
 */
export function extractPlainText(raw: string, file: string): { articles: ExtractedArticle[]; diagnostics: Diagnostic[] } {
  try {
    const lines = splitLines(raw);
    if (lines.length === 0) return { articles: [], diagnostics: [noContent(file, 1)] };
    const options = { dayFirst: prefersDayFirst(raw) };
    const annotated = annotate(lines, options);
    const stories = splitDigest(annotated);
    const articles: ExtractedArticle[] = [];
    const pageDate = stories ? digestDate(annotated, stories) : null;
    for (const story of stories ?? [annotated]) {
      const article = buildArticle(story, annotated, options);
      if (!article || article.headline.trim() === '') continue;
      articles.push(article.date === null && pageDate ? { ...article, date: pageDate.match.iso, provenance: { ...article.provenance, date: pageDate.provenance } } : article);
    }
    if (articles.length === 0) return { articles: [], diagnostics: [noContent(file, lines[0]!.no)] };
    return { articles, diagnostics: [] };
  } catch (error) {
    // Related to the "never throw" guarantee: a bug here must not stop a build.
    return {
      articles: [],
      diagnostics: [{
        code: codes.TEXT_INTERNAL_ERROR, severity: 'error', file, line: 1,
        message: `Plain-text extraction failed: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'Please report this seed; meanwhile a <seed>.meta.yml override can supply the fields.',
      }],
    };
  }
}
