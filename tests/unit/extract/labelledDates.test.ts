import { describe, expect, it } from 'vitest';
import { labelledDates } from '../../../src/extract/dates/labelledDates.js';

const isoOf = (text: string): [string | null, string | null] => {
  const r = labelledDates(text);
  return [r.published?.iso ?? null, r.updated?.iso ?? null];
};

describe('labelledDates', () => {
  it('reads Published and Updated segments of a line the byline reader could not take', () => {
    expect(isoOf('By Ann Lee and Metro Desk Staff • Published March 4, 2025 • Updated on March 5, 2025 at 9:12 am')).toEqual(['2025-03-04', '2025-03-05']);
  });
  it('reads a Posted segment after a name and an outlet, with its time and zone', () => {
    expect(isoOf('Ann Lee · City News · Posted: Mar 04, 2025 10:15 AM CST | Last Updated: March 5')).toEqual(['2025-03-04T10:15:00-06:00', null]);
  });
  it('reads a label at the start of the line, with a weekday before the date', () => {
    expect(isoOf('Issued Tue 4 Mar 2025, updated 5 Mar 2025')).toEqual(['2025-03-04', null]);
  });
  it('reads segments after a semicolon, and a first-published label after the update', () => {
    expect(isoOf('Updated 5 Feb 2024; Published 3 Feb 2024')).toEqual(['2024-02-03', '2024-02-05']);
    expect(isoOf('Last updated Feb 7, 2022 | First published Feb 6, 2022')).toEqual(['2022-02-06', '2022-02-07']);
  });
  it('ignores a label inside running text', () => {
    expect(isoOf('The study, published March 4, 2025 in a journal, found more bears on land.')).toEqual([null, null]);
    expect(isoOf('A report that was updated March 5, 2025 says so')).toEqual([null, null]);
  });
  it('ignores a label whose date is not right after it', () => {
    expect(isoOf('Published by the council | Minutes of March 4, 2025')).toEqual([null, null]);
  });
});
