import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIso } from '../../src/extract/dates/calendar.js';
import { extractPlainText } from '../../src/extract/text/extractPlainText.js';
import { splitLines } from '../../src/extract/text/lines.js';

/** Realistic fragments of scraped news pages, mixed with noise by the generators. */
const fragments = [
  'Skip to content', 'Menu', 'Sign in', 'Trending Now', 'Read More', 'Advertisement', 'Photo: Shutterstock',
  'War', 'Politics', 'Home > World > Asia', 'By Jane Doe', 'Written by Kathrine Frich', 'By Jane Doe, Reuters',
  'By Tuesday, the plan will be ready.', 'Nov.08 - 2024 9:11 AM CET', 'Friday, December 5, 2025', 'Published: 2025-12-05',
  'Updated: 05.12.2025', '12/05/2025', '2024-02-30', 'WASHINGTON (Reuters) - Lawmakers agreed a deal on Thursday to keep the government open.',
  '(AP) — A storm hit the coast overnight, cutting power to thousands of homes and businesses.',
  'Ministers Agree New Rules on Energy Prices', 'Storm Cuts Power to Thousands Along the Coast',
  'The government said on Monday that the new rules would take effect next year, after months of talks with industry groups.',
  'According to a recent report, the city will close two libraries next spring to save money.',
  'It has been reported that the company will cut 200 jobs.',
  'Striking dock workers who have been locked out of the northern container port since June are returning to their jobs after a court ruling for the first time.',
  'By MICHAEL JONES Associated Press', 'Maria Rossi', 'BBC News, Milan', 'LONDON, Dec 5 (Reuters) - Copper prices hit a record high on Friday as supply fears grew.',
  '— Jane Doe (@janedoe) November 5, 2024', 'Tags: energy, prices', '© 2016 The Daily Example', 'Source: Example Times',
  'Check Out Our Content', 'Most Popular Articles', 'People\\\'s Army soldiers / Agency', '', '   ', '…', '###',
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...fragments) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{2,8}( [A-Za-z]{2,9}){2,12}[.!?]?$/) },
);
const seedText = fc.array(line, { maxLength: 40 }).map((ls) => ls.join('\n'));

/**
 * Whether the words of a derived headline appear in the input in order:
 * deriving may drop words (`who have been`, `for the first time`), never add them.
 */
function wordsInOrder(raw: string, text: string): boolean {
  const source = splitLines(raw).map((l) => l.text).join(' ').toLowerCase().split(/\s+/);
  let at = 0;
  for (const word of text.toLowerCase().split(/\s+/)) {
    while (at < source.length && !source[at]!.startsWith(word.replace(/[.,;:]+$/, ''))) at++;
    if (at++ >= source.length) return false;
  }
  return true;
}

/** Case-insensitive containment, after the same cleaning extraction applies. */
function inInput(raw: string, text: string): boolean {
  const cleaned = splitLines(raw).map((l) => l.text).join('\n').toLowerCase();
  return cleaned.includes(text.toLowerCase());
}

describe('extractPlainText properties', () => {
  it('never throws and never returns an empty headline', () => {
    fc.assert(fc.property(fc.oneof(seedText, fc.string({ maxLength: 400 })), (raw) => {
      const { articles, diagnostics } = extractPlainText(raw, 'x.txt');
      for (const a of articles) expect(a.headline.trim()).not.toBe('');
      if (articles.length === 0) expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.every((d) => d.code !== 'extract-text/internal-error')).toBe(true);
    }), { numRuns: 400 });
  });

  it('returns only valid ISO dates', () => {
    fc.assert(fc.property(seedText, (raw) => {
      for (const a of extractPlainText(raw, 'x.txt').articles) {
        if (a.date !== null) expect(isValidIso(a.date)).toBe(true);
        if (a.body.kind === 'text') for (const b of a.body.blocks) if (b.type === 'quote' && b.date) expect(isValidIso(b.date)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('invents no text: headline, dek and every block come from the input', () => {
    fc.assert(fc.property(seedText, (raw) => {
      for (const a of extractPlainText(raw, 'x.txt').articles) {
        if (a.provenance.headline.method === 'derived') expect(wordsInOrder(raw, a.headline.replace(/…$/, ''))).toBe(true);
        else expect(inInput(raw, a.headline)).toBe(true);
        if (a.dek !== null) expect(inInput(raw, a.dek)).toBe(true);
        if (a.author !== null && !a.author.includes(' and ')) expect(inInput(raw, a.author)).toBe(true);
        if (a.body.kind === 'text') for (const b of a.body.blocks) expect(inInput(raw, b.text)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('gives every provenance line a real line of the input', () => {
    fc.assert(fc.property(seedText, (raw) => {
      const count = raw.split('\n').length;
      for (const a of extractPlainText(raw, 'x.txt').articles) {
        expect(a.line).toBeGreaterThanOrEqual(1);
        expect(a.line).toBeLessThanOrEqual(count);
        for (const p of Object.values(a.provenance)) if (p.line !== undefined) expect(p.line).toBeLessThanOrEqual(count);
      }
    }), { numRuns: 200 });
  });
});
