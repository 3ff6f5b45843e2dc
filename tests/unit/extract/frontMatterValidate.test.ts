import { describe, expect, it } from 'vitest';
import { validateFrontMatter } from '../../../src/extract/validateFrontMatter.js';
import { validateDate } from '../../../src/extract/validateDate.js';

const lines: Record<string, number> = { title: 2, date: 3, topics: 4, slug: 5, titel: 6, author: 7, draft: 8 };
const check = (data: Record<string, unknown>) => validateFrontMatter(data, 'a.md', (k) => lines[k]);
const codes = (r: ReturnType<typeof check>) => r.diagnostics.map((d) => d.code);

describe('validateFrontMatter', () => {
  it('reads every known field, with aliases', () => {
    const r = validateFrontMatter({
      headline: 'Bridge  closes\n', subtitle: 'Dek', date: '2024-11-08', source: 'City Gazette', author: ['Ann', 'Bo'],
      section: 'Local', tags: 'roads', slug: 'bridge-closes', draft: false,
    }, 'a.md');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({
      headline: 'Bridge closes', dek: 'Dek', date: '2024-11-08', source: 'City Gazette', author: 'Ann, Bo',
      section: 'Local', topics: ['roads'], slug: 'bridge-closes', draft: false, lines: {},
    });
  });

  it('records the line of each field', () => {
    expect(check({ title: 'A', date: '2024-01-02' }).value.lines).toEqual({ headline: 2, date: 3 });
  });

  it('accepts a number where text is expected (title: 1984)', () => {
    expect(check({ title: 1984 }).value.headline).toBe('1984');
  });

  it('rejects a date of "yesterday", naming key and line', () => {
    const r = check({ title: 'A', date: 'yesterday' });
    expect(r.value.date).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'front-matter/invalid-date', severity: 'error', line: 3 })]);
    expect(r.diagnostics[0]?.message).toContain('yesterday');
  });

  it('rejects topics: 5, naming key and line', () => {
    const r = check({ topics: 5 });
    expect(r.value.topics).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/wrong-type', severity: 'error', line: 4 });
    expect(r.diagnostics[0]?.message).toMatch(/"topics" should be a topic or a list of topics, not number 5/);
  });

  it.each([
    ['title', { name: 'x' }], ['title', true], ['title', ['a']], ['author', { name: 'Ann' }], ['topics', [1, 2]],
    ['draft', 'maybe'], ['date', 20241108], ['date', true],
  ])('rejects %s: %j as the wrong type', (key, value) => {
    const r = check({ [key]: value });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.severity).toBe('error');
    expect(r.diagnostics[0]?.message).toContain(`"${key}"`);
    expect(Object.keys(r.value)).toEqual(['lines']);
  });

  it('warns about unknown keys with a did-you-mean suggestion', () => {
    const r = check({ titel: 'A', daet: '2024-01-01', soruce: 'X', flavour: 'vanilla', Title: 'B' });
    expect(codes(r)).toEqual(Array(5).fill('front-matter/unknown-key'));
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({ line: 6 });
    expect(r.diagnostics.map((d) => /did you mean "(\w+)"/.exec(d.message)?.[1] ?? null)).toEqual(['title', 'date', 'source', null, 'title']);
  });

  it('warns when two keys set the same field, keeping the first', () => {
    const r = check({ title: 'First', headline: 'Second' });
    expect(r.value.headline).toBe('First');
    expect(codes(r)).toEqual(['front-matter/conflicting-keys']);
  });

  it('warns about empty values and ignores them', () => {
    const r = check({ title: '  ', dek: null, topics: [] });
    expect(codes(r)).toEqual(Array(3).fill('front-matter/empty-value'));
    expect(r.value).toEqual({ lines: {} });
  });

  it('dedupes and tidies a topic list', () => {
    expect(check({ topics: [' North  Korea', 'Russia', 'North Korea'] }).value.topics).toEqual(['North Korea', 'Russia']);
  });

  it('rejects a date of 2024-02-30', () => {
    const r = check({ date: '2024-02-30' });
    expect(r.value.date).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/invalid-date', severity: 'error', line: 3 });
    expect(r.diagnostics[0]?.message).toMatch(/does not exist/);
  });

  it('warns about a far-future date but keeps it', () => {
    const r = check({ date: '2999-01-01' });
    expect(r.value.date).toBe('2999-01-01');
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/implausible-date', severity: 'warning' });
  });

  it('warns about a pre-1900 date but keeps it', () => {
    const r = check({ date: '1850-06-01' });
    expect(r.value.date).toBe('1850-06-01');
    expect(r.diagnostics[0]?.message).toMatch(/before 1900/);
  });

  it('keeps only the calendar date of a date-time without zone, with a warning', () => {
    const r = check({ date: '2024-11-08T09:11' });
    expect(r.value.date).toBe('2024-11-08');
    expect(codes(r)).toEqual(['front-matter/date-without-zone']);
  });

  it.each([
    ['an invalid slug', '../../etc'], ['an absolute path', '/etc/passwd'], ['a Windows path', '..\\..\\windows'],
    ['a drive letter', 'C:evil'], ['a reserved name', 'con'], ['a reserved name', 'index'], ['a reserved name', 'lpt1'],
    ['upper case', 'My-Slug'], ['spaces', 'my slug'], ['a double hyphen', 'a--b'], ['a trailing hyphen', 'a-'],
    ['a number', 42], ['a very long slug', 'a'.repeat(101)],
  ])('rejects %s as slug (%j) and ignores it', (_what, slug) => {
    const r = check({ slug });
    expect(r.value.slug).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'front-matter/bad-slug', severity: 'error', line: 5 })]);
  });
});

describe('validateDate', () => {
  it.each([
    ['2024-11-08', '2024-11-08'],
    ['2024-02-29', '2024-02-29'],
    ['2024-11-08T09:11Z', '2024-11-08T09:11:00+00:00'],
    ['2024-11-08T09:11:30+01:00', '2024-11-08T09:11:30+01:00'],
    ['2024-11-08T23:59:59-0930', '2024-11-08T23:59:59-09:30'],
    ['2024-11-08 09:11:00+05:30', '2024-11-08T09:11:00+05:30'],
    ['2024-11-08 09:11:00 +0100', '2024-11-08T09:11:00+01:00'],
  ])('accepts %s as %s', (input, expected) => {
    expect(validateDate(input)).toEqual({ ok: true, date: expected });
  });

  it.each(['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-11-08T24:00Z', '2024-11-08T10:60Z', '2024-11-08T10:00+15:00',
    'Nov 8, 2024', '08/11/2024', '2024-11', '24-11-08', ''])('rejects %j', (input) => {
    expect(validateDate(input).ok).toBe(false);
  });
});
