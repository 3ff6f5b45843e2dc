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
  it('keeps a lead sentence of up to 125 characters whole, after dropping "who have been" and a trailing "for the first time"', () => {
    const h = deriveHeadline('Striking dock workers who have been locked out of the northern container port since June are returning to their jobs after a court ruling for the first time. More.');
    expect(h).toBe('Striking dock workers locked out of the northern container port since June are returning to their jobs after a court ruling');
  });
  it('never cuts inside a quotation or at a comma that opens an insertion', () => {
    const s = 'The city council voted on Tuesday to adopt the plan, known locally as “the green belt promise for every neighbourhood”, after a year of debate between residents and developers over housing.';
    const h = deriveHeadline(s);
    expect(h.length).toBeLessThanOrEqual(125);
    expect((h.match(/“/g) ?? []).length).toBe((h.match(/”/g) ?? []).length);
    const t = deriveHeadline('The head of the national rail operator, Anna Berg, announced sweeping changes to regional timetables, ending dozens of rural services and closing four ticket offices next spring.');
    expect(t).toBe('The head of the national rail operator, Anna Berg, announced sweeping changes to regional timetables');
  });
  it('leaves no dangling article, preposition or trailing punctuation', () => {
    const h = deriveHeadline('Regulators in three countries have opened inquiries into the merger of the two largest grain traders in the region; the companies said they would cooperate fully with every one of them.');
    expect(h).toBe('Regulators in three countries have opened inquiries into the merger of the two largest grain traders in the region');
    expect(h).not.toMatch(/\b(?:the|of|to|a|in)$|[,;:]$/);
  });
  it('ends a long lead at its news day (`on Saturday`) or before a trailing insertion', () => {
    expect(deriveHeadline('Thousands of people marched through the streets of the capital on Saturday to protest against a proposed pension reform that would raise the retirement age from 62 to 64, the third such demonstration this month.'))
      .toBe('Thousands of people marched through the streets of the capital on Saturday');
    expect(deriveHeadline('The central bank raised interest rates by a quarter of a percentage point on Thursday, its tenth consecutive increase, and signalled that further tightening could follow if inflation remains high.'))
      .toBe('The central bank raised interest rates by a quarter of a percentage point on Thursday');
  });
});
