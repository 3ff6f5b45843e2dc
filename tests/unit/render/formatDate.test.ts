import { describe, expect, it } from 'vitest';
import { formatDate, monthTitle } from '../../../src/render/formatDate.js';

describe('formatDate', () => {
  it('formats a calendar date without shifting it', () => {
    expect(formatDate('2024-11-08')).toMatchObject({ iso: '2024-11-08', text: '8 November 2024', year: '2024', month: '11' });
  });

  it('keeps the stated time and zone of a dateline', () => {
    expect(formatDate('2024-11-08T09:11:00+01:00').text).toBe('8 November 2024, 09:11 (UTC+01:00)');
    expect(formatDate('2024-11-08T23:30:00-05:00').text).toBe('8 November 2024, 23:30 (UTC-05:00)');
    expect(formatDate('2024-01-01T00:05:00Z').text).toBe('1 January 2024, 00:05 (UTC)');
  });

  it('handles years before 1900 and leap days', () => {
    expect(formatDate('1871-03-18').text).toBe('18 March 1871');
    expect(formatDate('2024-02-29').text).toBe('29 February 2024');
  });

  it('names month pages', () => {
    expect(monthTitle('2025', '12')).toBe('December 2025');
  });
});
