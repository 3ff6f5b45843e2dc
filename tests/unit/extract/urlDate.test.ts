import { describe, expect, it } from 'vitest';
import { breadcrumbDate, urlPathDate } from '../../../src/extract/dates/urlDate.js';

describe('urlPathDate', () => {
  it.each([
    ['https://www.example-news.com/2025/06/17/city-budget/', '2025-06-17'],
    ['http://example.org/news/local/2024/02/29/leap-day-story', '2024-02-29'],
    ['Source: https://example.com/2025/03/04/slug?ref=home', '2025-03-04'],
    ['https://example.com/2025/11/05', '2025-11-05'],
  ])('reads the day from %s', (line, iso) => {
    expect(urlPathDate(line)?.iso).toBe(iso);
  });
  it('gives nothing for a path with only a year and month, or an impossible day', () => {
    expect(urlPathDate('https://example.com/2025/06/city-budget/')).toBeNull();
    expect(urlPathDate('https://example.com/2023/02/29/slug/')).toBeNull();
  });
  it('gives nothing when the address is part of a sentence or has no path date', () => {
    expect(urlPathDate('Read the report at https://example.com/2025/06/17/report/ before Friday.')).toBeNull();
    expect(urlPathDate('https://example.com/news/city-budget-20250617')).toBeNull();
  });
});

describe('breadcrumbDate', () => {
  it('reads a dated trail', () => {
    expect(breadcrumbDate('You are here: Home / News / 2021 / 08 / 09 / Counties')?.iso).toBe('2021-08-09');
  });
  it('ignores trails without a full day, and sentences', () => {
    expect(breadcrumbDate('Home / News / 2021 / 08 / Counties')).toBeNull();
    expect(breadcrumbDate('Budget 2021 / 22 / 3 items')).toBeNull();
  });
});
