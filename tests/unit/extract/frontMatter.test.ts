import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/extract/frontMatter.js';

describe('parseFrontMatter', () => {
  it('splits YAML front matter from the body, with the body line in the whole file', () => {
    const r = parseFrontMatter('---\ntitle: Bridge closes\ndate: 2024-11-08\ntags: [roads, council]\n---\n\n# Body\n', 'a.md');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({
      data: { title: 'Bridge closes', date: '2024-11-08', tags: ['roads', 'council'] },
      body: '\n# Body\n',
      bodyLine: 6,
    });
  });

  it('returns the whole text as body when there is no front matter', () => {
    expect(parseFrontMatter('# Just Markdown\n', 'a.md').value).toEqual({ data: {}, body: '# Just Markdown\n', bodyLine: 1 });
  });

  it('does not take a ---- thematic break for front matter', () => {
    expect(parseFrontMatter('----\ntext\n', 'a.md').value?.body).toBe('----\ntext\n');
  });

  it('accepts an empty or comment-only block', () => {
    expect(parseFrontMatter('---\n---\nbody', 'a.md').value).toEqual({ data: {}, body: 'body', bodyLine: 3 });
    expect(parseFrontMatter('---\n# nothing yet\n---\nbody', 'a.md').value?.data).toEqual({});
  });

  it('accepts an explicit ---yaml opening', () => {
    expect(parseFrontMatter('---yaml\ntitle: T\n---\nb', 'a.md').value?.data).toEqual({ title: 'T' });
  });

  it('keeps an unquoted date a calendar-date string, whatever the time zone', () => {
    const before = process.env['TZ'];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = tz;
        const data = parseFrontMatter('---\ndate: 2024-11-08\nat: 2024-11-08T23:30:00-10:00\n---\n', 'a.md').value?.data;
        expect(data).toEqual({ date: '2024-11-08', at: '2024-11-08T23:30:00-10:00' });
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('uses YAML 1.2 core types: yes/no/on/off stay strings', () => {
    expect(parseFrontMatter('---\na: yes\nb: off\nc: true\nd: 5\n---\n', 'a.md').value?.data).toEqual({ a: 'yes', b: 'off', c: true, d: 5 });
  });

  it('reports malformed YAML with file, line and column (lines of the whole file)', () => {
    const raw = '---\ntitle: Bridge closes\nsource: "City Gazette\n---\nbody\n';
    const r = parseFrontMatter(raw, 'news/bad.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    const d = r.diagnostics[0]!;
    expect(d).toMatchObject({ code: 'front-matter/invalid', severity: 'error', file: 'news/bad.md' });
    expect(d.line).toBeGreaterThanOrEqual(3);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).toContain('news/bad.md');
    expect(d.message).toMatch(/line \d+, column \d+/);
  });

  it('points a bad indentation error at its line', () => {
    const r = parseFrontMatter('---\ntitle: A\ntopics:\n  - a\n - b\n---\n', 'a.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]?.line).toBe(5);
  });

  it('rejects duplicate keys', () => {
    const r = parseFrontMatter('---\ntitle: A\ntitle: B\n---\n', 'a.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/invalid', line: 3 });
  });

  it.each([
    ['a list', '---\n- a\n- b\n---\n'],
    ['a string', '---\njust a sentence\n---\n'],
    ['a number', '---\n42\n---\n'],
    ['empty', '---\n~\n---\n'],
  ])('rejects front matter that is %s, not a mapping', (kind, raw) => {
    const r = parseFrontMatter(raw, 'a.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'front-matter/not-mapping', severity: 'error', file: 'a.md' })]);
    expect(r.diagnostics[0]?.message).toContain(kind);
  });

  it('reports front matter that is never closed', () => {
    const r = parseFrontMatter('---\ntitle: A\n\nbody text\n', 'a.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/unclosed', line: 1 });
  });

  it.each(['js', 'javascript', 'JS', 'coffee', 'coffeescript', 'cson', 'toml', 'json', 'constructor', '__proto__'])(
    'refuses ---%s front matter',
    (language) => {
      const r = parseFrontMatter(`---${language}\n{ "title": "x" }\n---\nbody`, 'a.md');
      expect(r.value).toBeNull();
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'front-matter/refused-language', severity: 'error', line: 1 })]);
    },
  );

  it.each([
    ['!!js/function', 'f: !!js/function "function () { return 1 }"'],
    ['!!js/regexp', 'r: !!js/regexp /x/'],
    ['!!js/undefined', 'u: !!js/undefined ""'],
    ['!!python/object', 'p: !!python/object:os.system ["id"]'],
    ['!!binary', 'b: !!binary aGVsbG8='],
    ['a local tag', 'l: !include other.yml'],
  ])('refuses the %s tag', (_name, line) => {
    const r = parseFrontMatter(`---\ntitle: A\n${line}\n---\nbody`, 'a.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'front-matter/refused-tag', severity: 'error', line: 3 });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = parseFrontMatter(`---\n${lines.join('\n')}\n---\n`, 'a.md');
    expect(r.value).toBeNull();
    expect(r.diagnostics[0]?.severity).toBe('error');
  });

  it('keeps __proto__ as a plain key and pollutes nothing', () => {
    const r = parseFrontMatter('---\n__proto__: { polluted: true }\ntitle: A\n---\n', 'a.md');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(r.value?.data ?? {})).toContain('title');
  });

  it('returns fresh data on every call, unaffected by gray-matter\'s cache or earlier mutation', () => {
    const raw = '---\ntitle: A\ntags: [x]\n---\nbody';
    const first = parseFrontMatter(raw, 'a.md').value!;
    first.data['title'] = 'mutated';
    (first.data['tags'] as string[]).push('y');
    const second = parseFrontMatter(raw, 'a.md').value!;
    expect(second.data).toEqual({ title: 'A', tags: ['x'] });
    // And gray-matter's own cache (used when called without options) is untouched by us.
    expect(matter(raw).data).toEqual({ title: 'A', tags: ['x'] });
  });
});
