import { describe, expect, it } from 'vitest';
import { findDateline, prefersDayFirst } from '../../../src/extract/dates/findDateline.js';

describe('findDateline', () => {
  it.each([
    ['Friday, December 5, 2025', 'plain', '2025-12-05'],
    ['Nov.08 - 2024 9:11 AM CET', 'plain', '2024-11-08T09:11:00+01:00'],
    ['Published: Dec. 5, 2025, 6:30 p.m. ET', 'published', '2025-12-05T18:30:00-05:00'],
    ['Updated: Dec. 6, 2025, 8:00 a.m. ET', 'updated', '2025-12-06T08:00:00-05:00'],
    ['Posted on 2023-06-14', 'published', '2023-06-14'],
    ['Last updated: 5 December 2025 23:48 GMT', 'updated', '2025-12-05T23:48:00+00:00'],
    ['Sat, 09/13/2025 - 16:20', 'plain', '2025-09-13'],
  ])('reads %s as a %s dateline', (text, kind, iso) => {
    expect(findDateline(text)).toMatchObject({ kind, match: { iso } });
  });
  it('does not take a sentence that mentions a date for a dateline', () => {
    expect(findDateline('The war began on February 24, 2022 when Russia invaded.')).toBeNull();
    expect(findDateline('A petition launched on 2 March 2025 gathered support.')).toBeNull();
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
    expect(prefersDayFirst('on 25/12/2025')).toBe(true);
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
