import { describe, expect, it } from 'vitest';
import { deriveHeadline } from '../../../src/extract/text/deriveHeadline.js';
import { firstSentence } from '../../../src/extract/text/sentences.js';

describe('deriveHeadline', () => {
  it('drops "According to a recent report,"', () => {
    expect(deriveHeadline('According to a recent report, the mayor has resigned. More follows.')).toBe('The mayor has resigned');
  });
  it('drops "It has been reported that"', () => {
    expect(deriveHeadline('It has been reported that the bridge will close in May. Drivers are angry.')).toBe('The bridge will close in May');
  });
  it('drops "Reports say" and "A new report reveals"', () => {
    expect(deriveHeadline('Reports say the factory will shut next year.')).toBe('The factory will shut next year');
    expect(deriveHeadline('A new report reveals a hidden missile base near the border.')).toBe('A hidden missile base near the border');
  });
  it('drops a scene-setting opener before a capitalised subject', () => {
    expect(deriveHeadline('In a rare display of emotion, Kim Jong Un paid tribute to fallen soldiers.')).toBe('Kim Jong Un paid tribute to fallen soldiers');
  });
  it('cuts a long sentence at a clause boundary near 100 characters', () => {
    const s = 'The regional government has approved a plan to build three new hospitals in the northern districts, which will add 1,200 beds by 2030 and employ more than 4,000 people across the region.';
    const h = deriveHeadline(s);
    expect(h).toBe('The regional government has approved a plan to build three new hospitals in the northern districts');
  });
  it('cuts at a word boundary with an ellipsis when there is no clause boundary', () => {
    const h = deriveHeadline(`Officials ${'announced new measures '.repeat(12)}today.`);
    expect(h.length).toBeLessThanOrEqual(111);
    expect(h.endsWith('…')).toBe(true);
  });
  it('does not split at abbreviations', () => {
    expect(firstSentence('The U.S. Department of Defense declined. Another.')).toBe('The U.S. Department of Defense declined.');
    expect(firstSentence('Mr. Smith left. Then more.')).toBe('Mr. Smith left.');
  });
  it('capitalises the first letter and never returns an empty string', () => {
    expect(deriveHeadline('reports say prices rose.')).toBe('Prices rose');
    expect(deriveHeadline('...')).not.toBe('');
  });
});
