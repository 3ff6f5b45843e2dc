import { extractPlainText } from './text/extractPlainText.js';
import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, ExtractedArticle, FieldProvenance, ProvenancedField, SeedFile } from '../types.js';
import { findFrontMatterBlock, frontMatterKeyLines } from './frontMatterBlock.js';
import { parseFrontMatter } from './frontMatter.js';
import { leadingHeading } from './leadingHeading.js';
import { renderMarkdownBody } from './markdownBody.js';
import { validateFrontMatter } from './validateFrontMatter.js';

const TRACKED: readonly ProvenancedField[] = ['headline', 'dek', 'date', 'source', 'author', 'section'];
/**
 * Fields worth reading from the body when the front matter leaves them out.
 * A Markdown body starts with its first paragraph, not a standfirst or a
 * section label, so dek and section are never guessed from it; and a seed
 * whose front matter states all of these skips the (costly) text pass.
 */
const FROM_BODY: readonly ProvenancedField[] = ['headline', 'date', 'source', 'author'];

/** Where the body starts when the front matter could not be parsed: after the block, if it was closed. */
function fallbackBody(raw: string): { body: string; bodyLine: number } {
  const block = findFrontMatterBlock(raw);
  if (block === null) return { body: raw, bodyLine: 1 };
  if (block.closeLine !== null) return { body: raw.slice(block.bodyStart), bodyLine: block.bodyLine };
  // Never closed: we cannot tell fields from body, so keep everything after the opening line.
  const firstEnd = raw.indexOf('\n');
  return { body: firstEnd < 0 ? '' : raw.slice(firstEnd + 1), bodyLine: 2 };
}

/**
 * Extract the one article of a Markdown seed. Front matter is
 * authoritative (provenance `front-matter`, confidence high, with its
 * line); a body opening with `# Heading` supplies a missing headline; any
 * field still missing is looked for by the plain-text extractor in the
 * body's text. The body is rendered to sanitised HTML.
 */
export function extractMarkdownSeed(seed: SeedFile): { article: ExtractedArticle; draft: boolean; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fm = parseFrontMatter(seed.raw, seed.path);
  diagnostics.push(...fm.diagnostics);
  const { data, body: fmBody, bodyLine } = fm.value ?? { data: {}, ...fallbackBody(seed.raw) };
  const keyLines = frontMatterKeyLines(seed.raw);
  const checked = validateFrontMatter(data, seed.path, (key) => keyLines.get(key));
  diagnostics.push(...checked.diagnostics);
  const fields = checked.value;

  let body = fmBody;
  const provenance: Partial<Record<ProvenancedField, FieldProvenance>> = {};
  const values: Partial<Record<ProvenancedField, string>> = {};
  for (const field of TRACKED) {
    const value = fields[field];
    if (value === undefined) continue;
    values[field] = value;
    const line = fields.lines[field];
    provenance[field] = { method: 'front-matter', confidence: 'high', evidence: 'front matter', ...(line === undefined ? {} : { line }) };
  }
  if (values.headline === undefined) {
    const heading = leadingHeading(body);
    if (heading !== null) {
      values.headline = heading.text;
      provenance.headline = { method: 'extracted', confidence: 'high', evidence: 'leading # heading', line: bodyLine + heading.line - 1 };
      body = heading.rest;
    }
  }
  const rendered = renderMarkdownBody(body);
  if (rendered.text.trim() === '') {
    diagnostics.push({
      code: codes.EXTRACT_EMPTY_SEED, severity: 'warning', file: seed.path, line: bodyLine,
      message: `${seed.path} has front matter but no body text`,
      hint: 'Paste the article text below the closing ---.',
    });
  }
  if (FROM_BODY.some((f) => values[f] === undefined) && rendered.text.trim() !== '') {
    // Only the fields; line numbers of the rendered text are not lines of the file.
    const fallback = extractPlainText(rendered.text, seed.path).articles[0];
    for (const field of FROM_BODY) {
      const found = fallback?.[field];
      if (values[field] !== undefined || fallback === undefined || found === null || found === undefined || found === '') continue;
      values[field] = found;
      const { line: _line, ...rest } = fallback.provenance[field];
      provenance[field] = rest;
    }
  }
  const none: FieldProvenance = { method: 'none', confidence: 'low' };
  const headline = values.headline ?? seed.path.replace(/\.[^./]*$/, '');
  if (values.headline === undefined) provenance.headline = { method: 'derived', confidence: 'low', evidence: 'file name' };
  const article: ExtractedArticle = {
    headline,
    dek: values.dek ?? null, date: values.date ?? null, source: values.source ?? null,
    author: values.author ?? null, section: values.section ?? null,
    topics: fields.topics ?? [], slug: fields.slug ?? null,
    body: { kind: 'markdown', html: rendered.html }, text: rendered.text, line: bodyLine,
    provenance: {
      headline: provenance.headline ?? none, dek: provenance.dek ?? none, date: provenance.date ?? none,
      source: provenance.source ?? none, author: provenance.author ?? none, section: provenance.section ?? none,
    },
  };
  return { article, draft: fields.draft === true, diagnostics };
}
