import { describe, expect, it } from 'vitest';
import { isOrgName, isRole, joinNames, outletOf, splitNameOutlet, titleCaseName, unshout } from '../../../src/extract/text/names.js';

describe('titleCaseName', () => {
  it.each([
    ['MICHAEL JONES', 'Michael Jones'],
    ['JAN VAN DER BERG', 'Jan van der Berg'],
    ["SEAN O'NEIL", "Sean O'Neil"],
    ['MARY MCDONALD', 'Mary McDonald'],
    ['ANNE-MARIE DUPONT', 'Anne-Marie Dupont'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Jane Doe', 'Jane Doe'],
  ])('writes %s as %s', (input, output) => {
    expect(titleCaseName(input)).toBe(output);
  });
});

describe('outletOf', () => {
  it('reads an outlet alone or with its place, not a person or a place', () => {
    expect(outletOf('BBC News, Milan')).toBe('BBC News');
    expect(outletOf('Example Times')).toBe('Example Times');
    expect(outletOf('Reuters')).toBe('Reuters');
    expect(outletOf('Maria Rossi')).toBeNull();
    expect(outletOf('Milan, Italy')).toBeNull();
  });
});

describe('isOrgName', () => {
  it('does not take a bare menu word for an outlet', () => {
    for (const word of ['News', 'Times', 'Post', 'Today', 'Online', 'Magazine']) expect(isOrgName(word)).toBe(false);
    expect(isOrgName('Example News')).toBe(true);
    expect(isOrgName('Guardian')).toBe(true);
  });
  it('reads a one-word outlet name with a number', () => {
    expect(isOrgName('News365')).toBe(true);
    expect(isOrgName('TV4')).toBe(true);
    expect(isOrgName('COP29')).toBe(false);
  });
});

describe('isRole', () => {
  it('treats a bureau or desk as a post within the outlet', () => {
    expect(isRole('Capitol Bureau')).toBe(true);
    expect(isRole('Metro Desk')).toBe(true);
  });
});

describe('splitNameOutlet', () => {
  it('splits a name run straight into an outlet', () => {
    expect(splitNameOutlet('MICHAEL JONES Associated Press')).toEqual({ name: 'MICHAEL JONES', outlet: 'Associated Press' });
    expect(splitNameOutlet('Jane Doe Reuters')).toEqual({ name: 'Jane Doe', outlet: 'Reuters' });
  });
  it('does not split a name whose last word merely looks like an outlet word', () => {
    expect(splitNameOutlet('Mary Ann Post')).toBeNull();
    expect(splitNameOutlet('Jane Doe')).toBeNull();
  });
});

describe('labels shaped like names', () => {
  it('reads a page\'s own voice and notices as no person', async () => {
    const { isPersonName } = await import('../../../src/extract/text/names.js');
    expect(isPersonName('Chronicle View')).toBe(false);
    expect(isPersonName('Traffic Advisory')).toBe(false);
    expect(isPersonName('Jane Doe')).toBe(true);
  });
});

describe('unshout and joinNames', () => {
  it('writes a name set in capitals as a name is written, keeping acronyms', () => {
    expect(unshout('THE HIGHVELD MERCURY')).toBe('The Highveld Mercury');
    expect(unshout('HALYARD')).toBe('Halyard');
    expect(unshout('KQED')).toBe('KQED');
    expect(unshout('HARBOR & FIELD')).toBe('Harbor & Field');
    expect(unshout('NDTV')).toBe('NDTV');
    expect(unshout('KQED NEWS')).toBe('KQED News');
    expect(unshout('The Daily Example')).toBe('The Daily Example');
  });
  it('lists names as bylines do', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
