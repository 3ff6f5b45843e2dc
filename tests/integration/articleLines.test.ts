import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveOptions } from '../../src/config.js';
import { runBuild, type BuildReport } from '../../src/build.js';
import { projectRoot } from '../helpers/buildInline.js';

const article = (n: number, byline: string): string =>
  `Headline number ${n} about the harbour works\n\nBy ${byline}\n\nPublished 2021-0${(n % 9) + 1}-1${n % 10}\n\n` +
  `Paragraph one of article ${n} says what happened at the harbour.\n\nParagraph two of article ${n} adds context and a quote.\n`;

let root: string;
const seeds = (): string => path.join(root, 'seeds');
const dist = (): string => path.join(root, 'dist');
const articlesJson = (): string => path.join(dist(), 'api/articles.json');

async function build(site: { title?: string } = {}): Promise<BuildReport> {
  const options = resolveOptions(root, {
    seedsDir: seeds(), templatesDir: path.join(root, 'templates'), taxonomyFile: path.join(root, 'taxonomy.yml'), search: false,
    outDir: dist(), cacheDir: path.join(root, '.cache'),
  });
  const report = await runBuild({ ...options, site: { ...options.site, ...site } });
  expect(report.ok, JSON.stringify(report.diagnostics)).toBe(true);
  return report;
}

/** Change the summary of the line of `id` in the site's articles.json, as a hand edit would (the line stays valid JSON). */
async function markLine(id: string, marker: string): Promise<void> {
  const text = await readFile(articlesJson(), 'utf8');
  const lines = text.split('\n').map((line) => (line.startsWith(`{"id":${JSON.stringify(id)},`) ? line.replace(/"summary":"[^"]*"/, `"summary":"${marker}"`) : line));
  await writeFile(articlesJson(), lines.join('\n'));
}

const lineOf = async (id: string): Promise<Record<string, unknown>> =>
  (JSON.parse(await readFile(articlesJson(), 'utf8')) as Record<string, unknown>[]).find((record) => record.id === id)!;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-archive-lines-'));
  await cp(path.join(projectRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
  await cp(path.join(projectRoot, 'taxonomy.yml'), path.join(root, 'taxonomy.yml'));
  await cp(path.join(projectRoot, 'seeds'), seeds(), { recursive: true });
  for (let n = 0; n < 8; n++) await writeFile(path.join(seeds(), `gen-${n}.txt`), article(n, 'A. Writer'));
  await build();
});
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

describe('api/articles.json in a rebuild', () => {
  it('takes the line of every record made from the same seed and archive as before from the previous file', async () => {
    await markLine('gen-1', 'kept from the previous build');
    // A byline is not read by enrichment: the archive is the same, one seed is not.
    await writeFile(path.join(seeds(), 'gen-6.txt'), article(6, 'Ann Other'));
    const report = await build();
    expect(report.cache.archive).toBe(true);
    expect((await lineOf('gen-1')).summary).toBe('kept from the previous build');
    expect((await lineOf('gen-6')).author).toBe('Ann Other');
  });

  it('makes every line again after the archive changed', async () => {
    await writeFile(path.join(seeds(), 'gen-6.txt'), article(6, 'Ann Other').replace('harbour works', 'bridge repairs'));
    const report = await build();
    expect(report.cache.archive).toBe(false);
    expect((await lineOf('gen-1')).summary).not.toBe('kept from the previous build');
  });

  it('makes a seed\'s line again when its seed changed, and every line after the site settings changed', async () => {
    await markLine('gen-1', 'marked once more');
    await markLine('gen-2', 'marked too');
    await writeFile(path.join(seeds(), 'gen-2.txt'), article(2, 'Someone Else'));
    await build();
    expect((await lineOf('gen-1')).summary).toBe('marked once more');
    expect((await lineOf('gen-2')).summary).not.toBe('marked too');
    await build({ title: 'Another title' });
    expect((await lineOf('gen-1')).summary).not.toBe('marked once more');
  });

  it('takes no line from the first that belongs to another record', async () => {
    const text = await readFile(articlesJson(), 'utf8');
    const lines = text.split('\n');
    const marked = lines.map((line, i) => (i > 0 && line.startsWith('{') ? line.replace(/"summary":"[^"]*"/, '"summary":"stale"') : line));
    // The first two records swapped: their lines no longer follow the archive's order.
    [marked[1], marked[2]] = [marked[2]!.replace(/,$/, '') + ',', marked[1]!.replace(/,$/, '') + ','];
    await writeFile(articlesJson(), marked.join('\n'));
    await writeFile(path.join(seeds(), 'gen-3.txt'), article(3, 'Third Writer'));
    // The settings of the build before: every other line could be taken.
    await build({ title: 'Another title' });
    const records = JSON.parse(await readFile(articlesJson(), 'utf8')) as Record<string, unknown>[];
    expect(records.filter((record) => record.summary === 'stale')).toEqual([]);
  });
});
