import { describe, expect, it } from 'vitest';
import { findDateline, isMaintenanceStamp, prefersDayFirst } from '../../../src/extract/dates/findDateline.js';

describe('findDateline', () => {
  it.each([
    ['Friday, December 5, 2025', 'plain', '2025-12-05'],
    ['Nov.08 - 2024 9:11 AM CET', 'plain', '2024-11-08T09:11:00+01:00'],
    ['Published: Dec. 5, 2025, 6:30 p.m. ET', 'published', '2025-12-05T18:30:00-05:00'],
    ['Updated: Dec. 6, 2025, 8:00 a.m. ET', 'updated', '2025-12-06T08:00:00-05:00'],
    ['Posted on 2023-06-14', 'published', '2023-06-14'],
    ['Last updated: 5 December 2025 23:48 GMT', 'updated', '2025-12-05T23:48:00+00:00'],
    ['Sat, 09/13/2025 - 16:20', 'plain', '2025-09-13'],
    ['SPRINGFIELD, August 02, 2020 23:11 IST', 'plain', '2020-08-02T23:11:00+05:30'],
  ])('reads %s as a %s dateline', (text, kind, iso) => {
    expect(findDateline(text)).toMatchObject({ kind, match: { iso } });
  });
  it('does not take a sentence that mentions a date for a dateline', () => {
    expect(findDateline('The war began on February 24, 2022 when Russia invaded.')).toBeNull();
    expect(findDateline('A petition launched on 2 March 2025 gathered support.')).toBeNull();
    expect(findDateline('Springfield voters, March 4, 2025')).toBeNull();
  });
  it('ignores lines without a full date', () => {
    expect(findDateline('Updated 2 hours ago')).toBeNull();
  });
});

describe('prefersDayFirst', () => {
  it('is true for documents writing d.m.yyyy or day-month-year', () => {
    expect(prefersDayFirst('Stand: 05.12.2025')).toBe(true);
    expect(prefersDayFirst('Published 5 December 2025')).toBe(true);
    expect(prefersDayFirst('am 5. Dezember 2025')).toBe(true);
    expect(prefersDayFirst('07-11-2023 14:10 ... Older: 28-09-2023')).toBe(true);
    expect(prefersDayFirst('on 25/12/2025')).toBe(true);
  });
  it('reads the order of dashed dates from one that only one reading fits', () => {
    expect(prefersDayFirst('07-11-2023 14:10 ... Older: 09-28-2023')).toBe(false);
    expect(prefersDayFirst('2023-09-28 and 2023-11-07')).toBe(false);
  });
  it('follows a weekday that only one reading of a slash date falls on', () => {
    expect(prefersDayFirst('Issued on: Tue 04/03/2025 - 10:15')).toBe(true);
    expect(prefersDayFirst('Posted Thursday, 04/03/2025')).toBe(false);
  });
  it('is false for US documents', () => {
    expect(prefersDayFirst('December 5, 2025 and 12/13/2025')).toBe(false);
    expect(prefersDayFirst('no dates at all')).toBe(false);
  });
});

describe('findDateline: relative ages', () => {
  it('keeps a stated date-time followed by `Updated 2 hours ago` as a dateline', () => {
    expect(findDateline('March 3, 2025 10:45 AM GMT Updated 2 hours ago')?.match.iso).toBe('2025-03-03T10:45:00+00:00');
  });
  it('never resolves a relative age alone', () => {
    expect(findDateline('Updated 2 hours ago')).toBeNull();
  });
});

describe('findDateline: release datelines with a place', () => {
  it.each([
    ['March 4, 2025 – Regina, Saskatchewan', '2025-03-04'],
    ["4 March 2025 - St. John's, Newfoundland and Labrador", '2025-03-04'],
    ['June 17, 2025 — Halifax', '2025-06-17'],
  ])('reads %s as a plain dateline', (text, iso) => {
    expect(findDateline(text)).toMatchObject({ kind: 'plain', match: { iso } });
  });
  it('does not take a dash and a sentence after a date for a place', () => {
    expect(findDateline('March 4, 2025 – The council voted to approve the plan')).toBeNull();
    expect(findDateline('March 4, 2025 – council meets tonight')).toBeNull();
  });
});

describe('findDateline: page-maintenance stamps', () => {
  it.each(['Date modified: 2025-03-05', 'Page last updated: 5 March 2025', 'Reviewed: March 5, 2025', 'Last modified on 2025-03-05'])('is no dateline: %s', (text) => {
    expect(isMaintenanceStamp(text)).toBe(true);
    expect(findDateline(text)).toBeNull();
  });
  it('keeps an article update as an updated dateline', () => {
    expect(isMaintenanceStamp('Last updated: 5 December 2025 23:48 GMT')).toBe(false);
    expect(findDateline('Modified: 5 December 2025')).toMatchObject({ kind: 'updated' });
  });
});
