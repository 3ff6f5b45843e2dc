import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/enrich/taxonomy.js';

describe('parseTaxonomy', () => {
  it('reads the project taxonomy.yml without diagnostics', () => {
    const { value, diagnostics } = parseTaxonomy(readFileSync('taxonomy.yml', 'utf8'), 'taxonomy.yml');
    expect(diagnostics).toEqual([]);
    expect(value.fallback).toBe('General');
    expect(value.topics.length).toBeGreaterThanOrEqual(15);
    expect(value.topics.length).toBeLessThanOrEqual(25);
    for (const topic of value.topics) {
      expect(topic.aliases.length).toBeGreaterThan(0);
      expect(topic.keywords.length).toBeGreaterThan(5);
    }
  });

  it('parses names, aliases, keywords and the fallback', () => {
    const raw = 'fallback: Misc\ntopics:\n  - name: Sport\n    aliases: [sports]\n    keywords: [match, world cup]\n  - name: Health\n';
    const { value, diagnostics } = parseTaxonomy(raw, 't.yml');
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({
      fallback: 'Misc',
      topics: [
        { name: 'Sport', aliases: ['sports'], keywords: ['match', 'world cup'] },
        { name: 'Health', aliases: [], keywords: [] },
      ],
    });
  });

  it('errors_on_yaml_syntax with a line number and does not throw', () => {
    const raw = 'fallback: General\ntopics:\n  - name: Sport\n    aliases: [sports\n  - name: Health\n';
    const { value, diagnostics } = parseTaxonomy(raw, 't.yml');
    expect(value.topics).toEqual([]);
    expect(diagnostics[0]?.code).toBe('enrich/taxonomy-invalid');
    expect(diagnostics[0]?.file).toBe('t.yml');
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it('skips a topic without a name, reporting its line', () => {
    const raw = 'fallback: General\ntopics:\n  - name: Sport\n  - aliases: [x]\n';
    const { value, diagnostics } = parseTaxonomy(raw, 't.yml');
    expect(value.topics.map((topic) => topic.name)).toEqual(['Sport']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.line).toBe(4);
  });

  it('rejects an alias already used by another topic', () => {
    const raw = 'fallback: General\ntopics:\n  - name: Sport\n    aliases: [games]\n  - name: Leisure\n    aliases: [Games]\n';
    const { value, diagnostics } = parseTaxonomy(raw, 't.yml');
    expect(value.topics.map((topic) => topic.name)).toEqual(['Sport']);
    expect(diagnostics[0]?.line).toBe(5);
  });

  it('warns and uses General when the fallback is missing', () => {
    const { value, diagnostics } = parseTaxonomy('topics: []\n', 't.yml');
    expect(value.fallback).toBe('General');
    expect(diagnostics[0]?.severity).toBe('warning');
  });

  it('errors_on_a_root_that_is_not_a_mapping', () => {
    const { value, diagnostics } = parseTaxonomy('- Sport\n- Health\n', 't.yml');
    expect(value.topics).toEqual([]);
    expect(diagnostics[0]?.severity).toBe('error');
    expect(diagnostics[0]?.line).toBe(1);
  });
});
