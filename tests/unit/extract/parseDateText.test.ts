import { describe, expect, it } from 'vitest';
import { isValidIso } from '../../../src/extract/dates/calendar.js';
import { parseDateText } from '../../../src/extract/dates/parseDateText.js';
import { zoneOffset } from '../../../src/extract/dates/timeZones.js';

const first = (text: string, dayFirst = false): string | undefined => parseDateText(text, { dayFirst })[0]?.iso;

describe('parseDateText', () => {
  it.each([
    ['Friday, December 5, 2025', '2025-12-05'],
    ['Nov.08 - 2024 9:11 AM CET', '2024-11-08T09:11:00+01:00'],
    ['November 5, 2024', '2024-11-05'],
    ['5 December 2025', '2025-12-05'],
    ['5th December 2025', '2025-12-05'],
    ['2025-12-05', '2025-12-05'],
    ['05.12.2025', '2025-12-05'],
    ['5. Dezember 2025', '2025-12-05'],
    ['5 de diciembre de 2025', '2025-12-05'],
    ['12 décembre 2025', '2025-12-12'],
    ['2025-12-05T08:30:00Z', '2025-12-05T08:30:00+00:00'],
    ['2025-12-05T08:30:00+05:30', '2025-12-05T08:30:00+05:30'],
    ['2025-12-05 10:30 KST', '2025-12-05T10:30:00+09:00'],
    ['June 3, 2024 at 4:15 pm PDT', '2024-06-03T16:15:00-07:00'],
    ['Dec. 6, 2025, 8:00 a.m. ET', '2025-12-06T08:00:00-05:00'],
    ['July 4, 2025, 8:00 a.m. ET', '2025-07-04T08:00:00-04:00'],
    ['Updated 10:14 AM EST, November 21, 2025', '2025-11-21T10:14:00-05:00'],
    ['3 March 2025 14:00 GMT', '2025-03-03T14:00:00+00:00'],
    ['3 March 2025 14:00 BST', '2025-03-03T14:00:00+01:00'],
    ['March 3, 2025 12:00 PM UTC+01:00', '2025-03-03T12:00:00+01:00'],
    ['12:30 AM GMT+1, March 3, 2025', '2025-03-03T00:30:00+01:00'],
  ])('parses %s as %s', (text, iso) => {
    expect(first(text)).toBe(iso);
  });

  it('reads an ambiguous US slash date month-first with medium confidence', () => {
    const [m] = parseDateText('12/05/2025');
    expect(m).toMatchObject({ iso: '2025-12-05', confidence: 'medium' });
  });
  it('reads an ambiguous slash date day-first when the document is day-first', () => {
    expect(first('05/12/2025', true)).toBe('2025-12-05');
  });
  it('reads an unambiguous slash date either way round', () => {
    expect(first('13/05/2025')).toBe('2025-05-13');
    expect(first('05/13/2025', true)).toBe('2025-05-13');
  });
  it('keeps a date bare when a time has no zone (never shifted)', () => {
    expect(first('December 5, 2025 23:30')).toBe('2025-12-05');
    expect(first('05.12.2025, 14:30 Uhr')).toBe('2025-12-05');
  });
  it('rejects a date of 2024-02-30', () => {
    expect(parseDateText('2024-02-30')).toEqual([]);
    expect(parseDateText('February 30, 2024')).toEqual([]);
    expect(parseDateText('31.04.2024')).toEqual([]);
  });
  it('accepts 29 February only in leap years', () => {
    expect(first('29 February 2024')).toBe('2024-02-29');
    expect(parseDateText('29 February 2023')).toEqual([]);
  });
  it('does not treat month-only or year-only mentions as dates', () => {
    expect(parseDateText('in October the report said')).toEqual([]);
    expect(parseDateText('in March 2024 prices rose')).toEqual([]);
    expect(parseDateText('since 2014')).toEqual([]);
  });
  it('does not read ordinary words ending in a month name as months', () => {
    expect(parseDateText('the summary 5, 2024')).toEqual([]);
  });
  it('finds several dates in running text, in order', () => {
    const found = parseDateText('On 2 March 2025 a petition began; by 9 March 2025 it had 8,000 names.');
    expect(found.map((m) => m.day)).toEqual(['2025-03-02', '2025-03-09']);
  });
  it('always returns valid ISO', () => {
    for (const m of parseDateText('Nov.08 - 2024 9:11 AM CET and 2025-12-05T08:30:00Z and 1/2/2020')) expect(isValidIso(m.iso)).toBe(true);
  });
});

describe('zoneOffset', () => {
  it('knows fixed abbreviations and numeric offsets', () => {
    expect(zoneOffset('CET', 2024, 11, 8)).toBe('+01:00');
    expect(zoneOffset('KST', 2024, 11, 8)).toBe('+09:00');
    expect(zoneOffset('+0530', 2024, 11, 8)).toBe('+05:30');
    expect(zoneOffset('GMT-3', 2024, 11, 8)).toBe('-03:00');
  });
  it('applies US daylight saving to ET/PT', () => {
    expect(zoneOffset('ET', 2025, 7, 1)).toBe('-04:00');
    expect(zoneOffset('ET', 2025, 12, 1)).toBe('-05:00');
    expect(zoneOffset('PT', 2025, 3, 9)).toBe('-07:00');
    expect(zoneOffset('PT', 2025, 3, 8)).toBe('-08:00');
  });
  it('returns null for words that are not zones', () => {
    expect(zoneOffset('in', 2024, 1, 1)).toBeNull();
  });
  it.each([
    ['WAT', '+01:00'], ['CAT', '+02:00'], ['EAT', '+03:00'], ['NPT', '+05:45'], ['PHST', '+08:00'],
    ['ACDT', '+10:30'], ['NZDT', '+13:00'], ['BRT', '-03:00'], ['CLST', '-03:00'],
  ])('knows the news zone %s as %s', (zone, offset) => {
    expect(zoneOffset(zone, 2025, 3, 4)).toBe(offset);
  });
  it('leaves abbreviations that name several zones unknown', () => {
    expect(zoneOffset('SST', 2025, 3, 4)).toBeNull();
    expect(zoneOffset('BDT', 2025, 3, 4)).toBeNull();
  });
});

describe('parseDateText: hour-only times', () => {
  it.each([
    ['March 4, 2025, 7 AM ET', '2025-03-04T07:00:00-05:00'],
    ['March 4, 2025 7am ET', '2025-03-04T07:00:00-05:00'],
    ['Dec 5, 2025 7 p.m. EST', '2025-12-05T19:00:00-05:00'],
    ['12 p.m. ET, July 4, 2025', '2025-07-04T12:00:00-04:00'],
    ['4 March 2025 10:15 am WAT', '2025-03-04T10:15:00+01:00'],
  ])('reads %s as %s', (text, iso) => {
    expect(first(text)).toBe(iso);
  });
  it('takes no bare number after a date for an hour', () => {
    expect(first('March 4, 2025 12 people were hurt')).toBe('2025-03-04');
    expect(first('By March 4, 2025 7 Americans had signed')).toBe('2025-03-04');
    expect(parseDateText('March 4, 2025 12 people')[0]?.text).toBe('March 4, 2025');
  });
});

describe('parseDateText: publication date layouts', () => {
  it.each([
    ['Published 3:45 PM EST, Tue March 4, 2025', '2025-03-04T15:45:00-05:00'],
    ['Updated: 04/03/2025 - 15:45', '2025-04-03'],
    ['Posted: Mar 4, 2025 / 03:45 PM EST', '2025-03-04T15:45:00-05:00'],
    ['Published 2025-03-04T15:45:00Z', '2025-03-04T15:45:00+00:00'],
    ['4th March 2025', '2025-03-04'],
    ['Tuesday 4 March 2025 15.45 GMT', '2025-03-04T15:45:00+00:00'],
    ['March 4, 2025 at 3:45 p.m. ET', '2025-03-04T15:45:00-05:00'],
    ['Nov.08 - 2024 9:11 AM CET', '2024-11-08T09:11:00+01:00'],
    ['March 3, 2025 10:45 AM GMT Updated 2 hours ago', '2025-03-03T10:45:00+00:00'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text)[0]?.iso).toBe(iso);
  });
  it('reads no date from a relative age or a year-less day', () => {
    expect(parseDateText('2 hours ago')).toEqual([]);
    expect(parseDateText('WASHINGTON, Dec 5 (Reuters) -')).toEqual([]);
  });
});

describe('parseDateText: a weekday settles an ambiguous slash date', () => {
  it('reads day-first when only that reading falls on the weekday written before it', () => {
    // 4 March 2025 was a Tuesday, April 3 a Thursday.
    expect(parseDateText('Tue 04/03/2025 - 10:15')[0]).toMatchObject({ iso: '2025-03-04', confidence: 'high' });
    expect(first('Tuesday, 04/03/2025')).toBe('2025-03-04');
  });
  it('reads month-first when only that reading fits, even in a day-first document', () => {
    expect(first('Thursday 04/03/2025', true)).toBe('2025-04-03');
  });
  it('falls back to the document habit when the weekday fits neither reading or is no weekday', () => {
    expect(first('Monday 04/03/2025')).toBe('2025-04-03');
    expect(first('last month 04/03/2025', true)).toBe('2025-03-04');
  });
});
