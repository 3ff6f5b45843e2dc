import { readdirSync, readFileSync } from 'node:fs';
import type { ArticleRecord } from '../../../src/types.js';
import { makeRecord } from './makeRecord.js';

/**
 * The real seeds as crude records: the first non-empty line is the
 * headline, the rest of the file is the text (no extraction applied).
 */
export function seedRecords(dates: Readonly<Record<string, string>> = {}): ArticleRecord[] {
  return readdirSync('seeds').filter((name) => name.endsWith('.txt')).sort().map((name) => {
    const raw = readFileSync(`seeds/${name}`, 'utf8').replace(/\r\n?/gu, '\n');
    const lines = raw.split('\n');
    const first = lines.findIndex((line) => line.trim() !== '');
    const id = name.replace(/\.txt$/u, '');
    return makeRecord({
      id,
      slug: id.replace(/_/gu, '-'),
      headline: (lines[first] ?? '').trim(),
      text: lines.slice(first + 1).join('\n').trim(),
      seed: name,
      date: dates[id] ?? null,
    });
  });
}
