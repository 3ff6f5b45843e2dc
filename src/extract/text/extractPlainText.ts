import type { Diagnostic, ExtractedArticle } from '../../types.js';

/**
 * Turn the decoded text of a raw scraped `.txt` seed into one article, or
 * several for a digest. Pure: never throws, never returns an empty headline.
 * @param raw decoded seed text, `\n` line endings
 * @param file seed path, for diagnostics
 */
export function extractPlainText(raw: string, file: string): { articles: ExtractedArticle[]; diagnostics: Diagnostic[] } {
  // Placeholder until the extraction work lands (issue 3): first line is the headline.
  const lines = raw.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const headline = first >= 0 ? lines[first]!.trim() : file;
  const paragraphs = lines.slice(first + 1).map((l) => l.trim()).filter(Boolean);
  const none = { method: 'none', confidence: 'low' } as const;
  return {
    articles: [{
      headline, dek: null, date: null, source: null, author: null, section: null, topics: [], slug: null,
      body: { kind: 'text', blocks: paragraphs.map((text) => ({ type: 'paragraph', text })) },
      text: paragraphs.join('\n\n'), line: first + 1,
      provenance: { headline: { method: 'extracted', confidence: 'low', line: first + 1 }, date: none, source: none, author: none, dek: none, section: none },
    }],
    diagnostics: [],
  };
}
