import { describe, expect, it } from 'vitest';
import { findAttributedPeople } from '../../../src/enrich/findAttributedPeople.js';
import { findInstitutions } from '../../../src/enrich/findInstitutions.js';

describe('findAttributedPeople', () => {
  it('finds a name after a role, before a speech verb, and before a handle', () => {
    const text = 'According to defence minister Rustem Umerov, talks failed. "No," Jane Okoro said. — Sam Reed (@samreed) May 1';
    expect(findAttributedPeople(text)).toEqual(['Rustem Umerov', 'Jane Okoro', 'Sam Reed']);
  });

  it('finds a titled surname and a name followed by its role', () => {
    expect(findAttributedPeople('Mr Holloway left. Lt. Col. Ann Berg spoke. Tom Hale, a senior analyst, agreed.')).toEqual(['Holloway', 'Ann Berg', 'Tom Hale']);
  });

  it('ignores a single capitalised word after a speech verb', () => {
    expect(findAttributedPeople('Police said Tuesday that it rained.')).toEqual([]);
  });
});

describe('findInstitutions', () => {
  it('finds names built around an institution noun', () => {
    const text = 'The Ministry of Emergency Management and the National Intelligence Service met at the Bank of England.';
    expect(findInstitutions(text)).toEqual(['Ministry of Emergency Management', 'National Intelligence Service', 'Bank of England']);
  });

  it('does not take a lone head noun or a lowercase one', () => {
    expect(findInstitutions('The court said the ministry and the Council would meet.')).toEqual([]);
  });
});
