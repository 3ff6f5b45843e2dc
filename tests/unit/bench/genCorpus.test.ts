import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateCorpus, parseGenArgs, writeCorpus, type CorpusFile, type CorpusTruth } from '../../../bench/genCorpus.mjs';

const GEN = path.resolve('bench/genCorpus.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gencorpus-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const all = (n: number, format: 'md' | 'txt', seed = 'news'): CorpusFile[] => [...generateCorpus({ n, format, seed })];
const digest = (files: CorpusFile[]): string => {
  const h = createHash('sha256');
  for (const f of files) h.update(f.name).update('\0').update(f.contents).update('\0');
  return h.digest('hex');
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** Independent reading of the four dateline shapes: returns YYYY-MM-DD or null. */
function dayOfDateline(line: string): string | null {
  const abbrev = /^([A-Z][a-z]{2})\.(\d{2}) - (\d{4}) (\d{1,2}):(\d{2}) (AM|PM) CET$/.exec(line);
  if (abbrev) {
    const month = MONTHS.findIndex((m) => m.startsWith(abbrev[1]!));
    return `${abbrev[3]}-${pad(month + 1)}-${abbrev[2]}`;
  }
  const long = /^(?:Published: |(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day, )?([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(line);
  if (long) return `${long[3]}-${pad(MONTHS.indexOf(long[1]!) + 1)}-${pad(Number(long[2]))}`;
  return null;
}

function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no front matter');
  return { data: parseYaml(m[1]!, { schema: 'core' }) as Record<string, unknown>, body: m[2]! };
}

describe('generateCorpus determinism', () => {
  it('yields identical bytes for the same seed, in both formats', () => {
    expect(digest(all(40, 'md'))).toBe(digest(all(40, 'md')));
    expect(digest(all(40, 'txt'))).toBe(digest(all(40, 'txt')));
  });

  it('yields a different corpus for a different seed', () => {
    expect(digest(all(40, 'md', 'other'))).not.toBe(digest(all(40, 'md')));
  });

  it('keeps the first articles unchanged when N grows', () => {
    expect(all(50, 'txt').slice(0, 20)).toEqual(all(20, 'txt'));
  });

  it('describes the same stories in md and txt', () => {
    const md = all(30, 'md'), txt = all(30, 'txt');
    md.forEach((m, i) => {
      const t = txt[i]!.truth;
      expect([m.truth.title, m.truth.date, m.truth.source, m.truth.topics]).toEqual([t.title, t.date, t.source, t.topics]);
    });
  });

  it('writes the same bytes through the CLI as through the generator', () => {
    const out = path.join(tmp, 'cli-md');
    const r = spawnSync(process.execPath, [GEN, '--n', '12', '--out', out, '--format', 'md', '--manifest', path.join(tmp, 'cli-md.jsonl')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    for (const f of all(12, 'md')) expect(fs.readFileSync(path.join(out, f.name), 'utf8')).toBe(f.contents);
    expect(fs.readFileSync(path.join(tmp, 'cli-md.jsonl'), 'utf8').trim().split('\n')).toHaveLength(12);
  });
});

describe('md format', () => {
  const files = all(300, 'md');

  it('has front matter with exactly title, date, source, author and 1-4 topics', () => {
    for (const f of files) {
      const { data } = splitFrontMatter(f.contents);
      expect(Object.keys(data).sort()).toEqual(['author', 'date', 'source', 'title', 'topics']);
      const topics = data.topics as string[];
      expect(topics.length).toBeGreaterThanOrEqual(1);
      expect(topics.length).toBeLessThanOrEqual(4);
      expect(new Set(topics).size).toBe(topics.length);
      expect(String(data.date)).toMatch(/^20(1[5-9]|2[0-5])-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
    }
  });

  it('has a body of 5-15 paragraphs with one subheading, one blockquote and one link', () => {
    let emphasised = 0;
    for (const f of files) {
      const { body } = splitFrontMatter(f.contents);
      const blocks = body.trim().split('\n\n');
      expect(blocks.filter((b) => b.startsWith('## '))).toHaveLength(1);
      expect(blocks.filter((b) => b.startsWith('> '))).toHaveLength(1);
      expect(body.match(/\]\(https:\/\/example\.org\//g)).toHaveLength(1);
      const paragraphs = blocks.filter((b) => !b.startsWith('## ') && !b.startsWith('> '));
      expect(paragraphs.length).toBeGreaterThanOrEqual(5);
      expect(paragraphs.length).toBeLessThanOrEqual(15);
      if (/\*[^*]+\*/.test(body)) emphasised++;
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThan(400);
      expect(words).toBeLessThan(1500);
    }
    expect(emphasised).toBeGreaterThan(files.length / 3);
  });

  it('names files YYYY-MM-DD-<slug>-<index>.md', () => {
    files.forEach((f, i) => expect(f.name).toMatch(new RegExp(`^${f.truth.day}-[a-z0-9-]+-${i}\\.md$`)));
  });
});

describe('txt format', () => {
  const files = all(600, 'txt');
  const lines = (f: CorpusFile): string[] => f.contents.split(/\r?\n/);

  it('puts the headline on line 1 and a dateline of a known shape near the top', () => {
    for (const f of files) {
      const ls = lines(f);
      expect(ls[0]).toBe(f.truth.title);
      const dateline = ls.slice(1, 3).find((l) => dayOfDateline(l) !== null);
      expect(dateline, f.name).toBeDefined();
      expect(dayOfDateline(dateline!)).toBe(f.truth.day);
    }
  });

  it('uses all four dateline shapes', () => {
    const shapes = new Set(files.map((f) => f.truth.form!.dateline));
    expect([...shapes].sort()).toEqual(['abbrev-time', 'long', 'published', 'weekday']);
  });

  it('writes a byline for about 60% of articles, and the truth names the author only then', () => {
    const withByline = files.filter((f) => f.contents.includes('\nWritten by ') || f.contents.includes('\r\nWritten by '));
    expect(withByline.length / files.length).toBeGreaterThan(0.5);
    expect(withByline.length / files.length).toBeLessThan(0.7);
    for (const f of files) {
      const line = lines(f).find((l) => l.startsWith('Written by '));
      expect(line ?? null).toBe(f.truth.author === null ? null : `Written by ${f.truth.author}`);
    }
  });

  it('states the source as a Source line, a wire prefix or a copyright footer', () => {
    for (const f of files) {
      const ls = lines(f), src = f.truth.source;
      const form = f.truth.form!.source;
      if (form === 'line') expect(ls).toContain(`Source: ${src}`);
      if (form === 'wire') expect(ls.some((l) => new RegExp(`^[A-Z ]+ \\(${src}\\) — `).test(l))).toBe(true);
      if (form === 'footer') expect(ls.some((l) => l.startsWith(`© ${f.truth.day.slice(0, 4)} ${src}`))).toBe(true);
    }
  });

  it('lists exactly the true topics on a Tags, Filed under or Topics line', () => {
    for (const f of files) {
      const line = lines(f).find((l) => /^(Tags|Filed under|Topics): /.test(l));
      expect(line).toBeDefined();
      const listed = line!.replace(/^[^:]+: /, '').split(/, | \| | · /);
      expect(listed).toEqual(f.truth.topics);
    }
  });

  it('includes junk lines and contains no Markdown', () => {
    const text = files.map((f) => f.contents).join('\n');
    for (const junk of ['Photo: Shutterstock', 'Trending Now', 'Read More', 'Advertisement', 'Share this article']) {
      expect(text).toContain(`\n${junk}`);
    }
    expect(text).not.toMatch(/^#|^> |\]\(|\*\*/m);
  });

  it('uses CRLF in about 10% of files, consistently within a file', () => {
    const crlf = files.filter((f) => f.contents.includes('\r\n'));
    expect(crlf.length / files.length).toBeGreaterThan(0.05);
    expect(crlf.length / files.length).toBeLessThan(0.15);
    for (const f of crlf) expect(f.contents.replace(/\r\n/g, '')).not.toContain('\n');
    for (const f of files) expect(f.contents.includes('\r\n')).toBe(f.truth.form!.crlf);
  });
});

describe('corpus statistics', () => {
  const truths = all(2000, 'md').map((f) => f.truth);

  it('covers all 40 topics with a skewed distribution', () => {
    const counts = new Map<string, number>();
    for (const t of truths) for (const topic of t.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    expect(counts.size).toBe(40);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(8 * sorted[39]!);
  });

  it('dates every article 2015-2025 and covers all 11 years', () => {
    const years = new Set(truths.map((t) => t.day.slice(0, 4)));
    expect([...years].sort()).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });
});

describe('writeCorpus and the manifest', () => {
  it('writes one manifest line per file that matches what was written', () => {
    for (const format of ['md', 'txt'] as const) {
      const out = path.join(tmp, `w-${format}`), manifest = path.join(tmp, `w-${format}.jsonl`);
      const { files, bytes } = writeCorpus({ n: 60, format, out, manifest });
      expect(files).toBe(60);
      const truths = fs.readFileSync(manifest, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as CorpusTruth);
      expect(truths).toHaveLength(60);
      expect(fs.readdirSync(out).sort()).toEqual(truths.map((t) => t.file).sort());
      let total = 0;
      for (const t of truths) {
        const text = fs.readFileSync(path.join(out, t.file), 'utf8');
        total += Buffer.byteLength(text);
        if (format === 'md') {
          const { data } = splitFrontMatter(text);
          expect({ title: data.title, date: data.date, source: data.source, author: data.author, topics: data.topics })
            .toEqual({ title: t.title, date: t.date, source: t.source, author: t.author, topics: t.topics });
        } else {
          expect(text.split(/\r?\n/)[0]).toBe(t.title);
          expect(text).toContain(t.source);
        }
      }
      expect(total).toBe(bytes);
    }
  });

  it('rejects a missing --out and an unknown format', () => {
    expect(parseGenArgs(['--n', '5']).error).toMatch(/--out/);
    expect(parseGenArgs(['--n', '5', '--out', 'x', '--format', 'html']).error).toMatch(/format/);
    const r = spawnSync(process.execPath, [GEN, '--n', '0', '--out', path.join(tmp, 'zero')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
  });
});
