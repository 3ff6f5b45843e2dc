import { describe, expect, it } from 'vitest';
import { yearlessDateline } from '../../../src/extract/dates/yearlessDateline.js';

describe('yearlessDateline', () => {
  it('completes `WASHINGTON, Dec 5 (Reuters) -` with the year of another dated line', () => {
    expect(yearlessDateline('WASHINGTON, Dec 5 (Reuters) - Lawmakers agreed on Friday.', '2025-12-06')?.iso).toBe('2025-12-05');
  });
  it('takes the year before for a December dateline updated in January', () => {
    expect(yearlessDateline('LONDON, Dec 31 (Reuters) - Markets closed the year higher.', '2026-01-02')?.iso).toBe('2025-12-31');
  });
  it('never invents a year when the page states none', () => {
    expect(yearlessDateline('PARIS, Dec 5 (Reuters) - French rail unions called off a strike.', null)).toBeNull();
  });
  it('reads `CITY, State, Mon D (Agency) —` and ignores running text', () => {
    expect(yearlessDateline('AUSTIN, Texas, March 4 (AP) — The storm weakened overnight.', '2025-03-05')?.iso).toBe('2025-03-04');
    expect(yearlessDateline('The vote on Dec 5 (a Friday) was close, officials said.', '2025-12-06')).toBeNull();
  });
  it('rejects an impossible day such as Feb 30', () => {
    expect(yearlessDateline('OSLO, Feb 30 (NTB) - Snow fell.', '2025-03-01')).toBeNull();
  });
});
