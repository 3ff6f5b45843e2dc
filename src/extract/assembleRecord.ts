import { codes } from '../diagnostics/codes.js';
import type { ArticleRecord, Diagnostic, ExtractedArticle } from '../types.js';
import { stemOf } from '../seedStem.js';
import { countWords } from './countWords.js';
import { makeSlug } from './makeSlug.js';
import { summarise } from './summarise.js';
import { validateSlug } from './validateSlug.js';

/**
 * The text a summary is drawn from: for text bodies only the paragraph
 * blocks, since headings, captions and embedded posts are not the story's
 * opening; the whole text when there are none, and for Markdown bodies.
 */
function summarySource(article: ExtractedArticle): string {
  if (article.body.kind !== 'text') return article.text;
  const paragraphs = article.body.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  return paragraphs.length > 0 ? paragraphs.join('\n') : article.text;
}

/**
 * Turn an extracted article into a record: id from the seed path (plus
 * `#n` in a digest), the stated slug if it is valid or one derived from
 * the headline, a summary, a word count and empty entities (enrich fills
 * them). Slugs are not yet unique across the archive: see `resolveSlugs`.
 * @param index 1-based position in a digest, or null for a single-article seed
 */
export function assembleRecord(
  article: ExtractedArticle, seedPath: string, index: number | null, diagnostics: Diagnostic[],
): ArticleRecord {
  const id = index === null ? stemOf(seedPath) : `${stemOf(seedPath)}#${index}`;
  let slug: string | null = null;
  if (article.slug !== null) {
    const problem = validateSlug(article.slug);
    if (problem === null) slug = article.slug;
    else {
      diagnostics.push({
        code: codes.FRONT_MATTER_BAD_SLUG, severity: 'error', file: seedPath, line: article.line,
        message: `Bad slug: ${problem}; using the slug derived from the headline`,
      });
    }
  }
  const headline = article.headline.trim() === '' ? id : article.headline;
  return {
    id,
    slug: slug ?? makeSlug(headline, id),
    headline,
    dek: article.dek,
    date: article.date,
    source: article.source,
    author: article.author,
    section: article.section,
    topics: [...article.topics],
    entities: { people: [], places: [], organisations: [] },
    body: article.body,
    text: article.text,
    summary: summarise(summarySource(article), headline, article.dek),
    wordCount: countWords(article.text),
    seed: seedPath,
    line: article.line,
    digestIndex: index,
    provenance: article.provenance,
  };
}
