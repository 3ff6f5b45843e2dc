import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFrontMatterBlock } from '../../../src/extract/frontMatterBlock.js';
import { parseYamlSafe } from '../../../src/extract/parseYamlSafe.js';
import { simpleFrontMatter } from '../../../src/extract/simpleFrontMatter.js';

/** What the YAML parser makes of the block (as gray-matter hands it over). */
function viaYaml(raw: string): unknown {
  const block = findFrontMatterBlock(raw)!;
  const text = raw.slice(3, raw.lastIndexOf('\n---', block.bodyStart));
  const out = parseYamlSafe(text, 'a.md', 'Front matter');
  return out.diagnostics.length > 0 ? 'diagnostics' : out.value;
}

function fast(raw: string): unknown {
  return simpleFrontMatter(raw, findFrontMatterBlock(raw)!);
}

describe('simpleFrontMatter', () => {
  it('reads key: value lines and lists of quoted items exactly as YAML does', () => {
    const raw = '---\ntitle: "Accra shoppers: projected"\ndate: 2015-01-02T13:39:00Z\nsource: Ledgerline Markets\nauthor: \'Viktor Quist\'\ntopics:\n  - "Startups"\n  - Energy\ntags:\n- a\n---\nBody\n';
    expect(fast(raw)).toEqual({
      title: 'Accra shoppers: projected', date: '2015-01-02T13:39:00Z', source: 'Ledgerline Markets', author: 'Viktor Quist',
      topics: ['Startups', 'Energy'], tags: ['a'],
    });
    expect(fast(raw)).toEqual(viaYaml(raw));
  });

  it('reads \\" and \\\\ escapes in double-quoted values', () => {
    const raw = '---\ntitle: "A \\"quoted\\" \\\\ word"\n---\n';
    expect(fast(raw)).toEqual({ title: 'A "quoted" \\ word' });
    expect(fast(raw)).toEqual(viaYaml(raw));
  });

  it.each([
    ['a number', '---\ntitle: 1984\n---\n'],
    ['a boolean', '---\ndraft: true\n---\n'],
    ['a null', '---\ntitle: ~\n---\n'],
    ['a comment', '---\ntitle: A # note\n---\n'],
    ['a blank line', '---\ntitle: A\n\nsource: B\n---\n'],
    ['an escape other than \\" and \\\\', '---\ntitle: "A\\tB"\n---\n'],
    ['a doubled single quote', "---\ntitle: 'It''s'\n---\n"],
    ['a flow list', '---\ntags: [a, b]\n---\n'],
    ['a multi-line value', '---\ntitle: A long\n  headline\n---\n'],
    ['a duplicate key', '---\ntitle: A\ntitle: B\n---\n'],
    ['a key without value', '---\ntitle:\nsource: B\n---\n'],
    ['uneven list indentation', '---\ntopics:\n  - a\n - b\n---\n'],
    ['a nested mapping', '---\ntitle: a: b\n---\n'],
    ['a tag', '---\ntitle: !!binary aGVsbG8=\n---\n'],
    ['a tab', '---\ntitle:\tA\n---\n'],
    ['a closing fence with more after it', '---\ntitle: A\n--- x\n'],
    ['a language', '---yaml\ntitle: A\n---\n'],
    ['no fields', '---\n---\n'],
    ['a file ending at the fence', '---\ntitle: A\n---'],
  ])('leaves front matter with %s to the YAML parser', (_name, raw) => {
    expect(fast(raw)).toBeUndefined();
  });

  it('never disagrees with the YAML parser when it answers', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9 :#'"\\\-.,~!&*[\]{}é]{0,12}$/);
    const value = fc.oneof(word, word.map((w) => `"${w}"`), word.map((w) => `'${w}'`));
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('title', 'date', 'true', 'a-b', 'x_1'), value).map(([k, v]) => `${k}: ${v}`),
      fc.constantFrom('topics:', 'tags:'),
      fc.tuple(fc.constantFrom('', ' ', '  '), value).map(([i, v]) => `${i}- ${v}`),
    );
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
      const raw = `---\n${lines.join('\n')}\n---\nbody\n`;
      const got = fast(raw);
      if (got !== undefined) expect(got).toEqual(viaYaml(raw));
    }), { numRuns: 3000 });
  });
});
