import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure } from '../../../bench/harness/measure.mjs';
import { pairedRatios, summariseRuns, type RunLike } from '../../../bench/harness/report.mjs';

const RUN = path.resolve('bench/run.mjs');
const FAKE = path.resolve('tests/unit/bench/fixtures/fakeCli.mjs');
const TEMPLATES = path.resolve('tests/unit/bench/fixtures/templates');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-harness-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Row { who: string; input?: string; scenario?: string; skip?: string; summary?: ReturnType<typeof summariseRuns>; runs?: Array<RunLike & { edited?: string; scenario: string }> }
interface Results { meta: { repeat: number; rssMethod: string }; sizes: Array<{ n: number; rows: Row[]; floor: { readInputMs: number | null } | null }> }

function bench(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; results: Results | null } {
  const resultsFile = path.join(tmp, `results-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, [RUN, '--work', path.join(tmp, 'work'), '--results', resultsFile, '--timeout', '60', ...args],
    { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results : null;
  return { status: r.status, stdout: r.stdout, results };
}

describe('bench/run.mjs with a fake CLI', () => {
  it('runs only the scenarios asked for', () => {
    const { status, results } = bench(['--sizes', '15', '--peers', 'none', '--formats', 'md', '--scenarios', 'cold,seed-edit', '--cli', FAKE, '--templates', TEMPLATES]);
    expect(status).toBe(0);
    expect(results!.sizes[0]!.rows.filter((r) => r.summary).map((r) => r.scenario)).toEqual(['cold', 'seed-edit']);
    // The seeds were linked in over 2 s before the cold build: none is racily clean when the rebuild comes.
    const cold = results!.sizes[0]!.rows.find((r) => r.scenario === 'cold')!.runs![0] as unknown as { timings: { seedAgeMs: number } };
    expect(cold.timings.seedAgeMs).toBeGreaterThanOrEqual(2000);
  });

  it('refuses rebuild scenarios without the cold build they start from', () => {
    const { status } = bench(['--sizes', '15', '--peers', 'none', '--scenarios', 'seed-edit', '--cli', FAKE]);
    expect(status).not.toBe(0);
  });

  it('measures all five scenarios per format and writes results.json', () => {
    const { status, stdout, results } = bench(['--sizes', '15', '--peers', 'none', '--repeat', '2', '--cli', FAKE, '--templates', TEMPLATES]);
    expect(status).toBe(0);
    const rows = results!.sizes[0]!.rows;
    for (const input of ['md', 'txt']) {
      for (const scenario of ['cold', 'no-change', 'seed-edit', 'template-edit', 'cold-full']) {
        const row = rows.find((r) => r.input === input && r.scenario === scenario);
        expect(row?.summary?.runs, `${input} ${scenario}`).toBe(2);
        expect(row!.summary!.failed).toBe(0);
        expect(row!.summary!.pages).toBe(16);
        expect(row!.summary!.stages.load).toBeGreaterThanOrEqual(0);
        expect(row!.summary!.peakRssKiB.median).toBeGreaterThan(1000);
      }
    }
    const edit = rows.find((r) => r.scenario === 'template-edit')!;
    expect(edit.runs![0]!.edited).toBe('article.hbs');
    expect(results!.sizes[0]!.floor!.readInputMs).toBeGreaterThan(0);
    expect(stdout).toContain('| ours | md | cold |');
  }, 60_000);

  it('leaves the cached corpus untouched by the seed edit', () => {
    const corpusRoot = path.join(tmp, 'work', 'corpus');
    const dir = fs.readdirSync(corpusRoot).find((d) => d.startsWith('md-n15-'))!;
    const articles = path.join(corpusRoot, dir, 'articles');
    const text = fs.readFileSync(path.join(articles, fs.readdirSync(articles).sort()[0]!), 'utf8');
    expect(text).not.toContain('An added sentence for the rebuild benchmark');
  });

  it('reports a missing CLI as not built and skips missing peers with a message', () => {
    const { status, stdout } = bench(['--sizes', '5', '--peers', 'eleventy,hugo', '--cli', 'no/such/cli.js', '--no-floor'],
      { ELEVENTY_BIN: path.join(tmp, 'no-eleventy'), HUGO_BIN: path.join(tmp, 'no-hugo') });
    expect(status).toBe(0);
    expect(stdout).toMatch(/not built: no\/such\/cli\.js missing/);
    expect(stdout).toMatch(/eleventy not found at .*: skipped/);
    expect(stdout).toContain('hugo not found: skipped (apt-get install hugo)');
  }, 30_000);

  it('records a failing cold build and does not run the dependent scenarios', () => {
    const { status, results } = bench(['--sizes', '5', '--peers', 'none', '--formats', 'md', '--cli', FAKE, '--no-floor'], { FAKE_CLI_FAIL: '1' });
    expect(status).toBe(0);
    const rows = results!.sizes[0]!.rows.filter((r) => r.who === 'ours');
    expect(rows.map((r) => r.scenario)).toEqual(['cold']);
    expect(rows[0]!.summary!.failed).toBe(1);
  }, 30_000);

  it('kills a hanging build at its timeout and records it as failed', () => {
    const { status, results } = bench(['--sizes', '5', '--peers', 'none', '--formats', 'md', '--cli', FAKE, '--no-floor', '--timeout', '1'],
      { FAKE_CLI_HANG: path.join(tmp, 'hang-timeout.pid') });
    expect(status).toBe(0);
    const cold = results!.sizes[0]!.rows.find((r) => r.scenario === 'cold')!;
    expect(cold.summary!.failed).toBe(1);
    expect((cold.runs![0] as unknown as { timedOut: boolean }).timedOut).toBe(true);
  }, 30_000);

  it('cuts a build at the end of the --budget and skips what is left', () => {
    const t0 = Date.now();
    const { status, results } = bench(['--sizes', '5', '--peers', 'none', '--formats', 'md,txt', '--cli', FAKE, '--no-floor', '--budget', '3'],
      { FAKE_CLI_HANG: path.join(tmp, 'hang-budget.pid') });
    expect(status).toBe(0);
    expect(Date.now() - t0).toBeLessThan(20_000);
    const rows = results!.sizes[0]!.rows;
    expect(rows.find((r) => r.input === 'md' && r.scenario === 'cold')!.summary!.failed).toBe(1);
    expect(rows.find((r) => r.input === 'txt' && r.scenario === 'cold')!.skip).toMatch(/budget/);
  }, 30_000);

  it('kills its running build when it is itself terminated', async () => {
    const pidFile = path.join(tmp, 'hang-term.pid');
    const child = spawn(process.execPath, [RUN, '--work', path.join(tmp, 'work'), '--results', path.join(tmp, 'term.json'),
      '--sizes', '5', '--peers', 'none', '--formats', 'md', '--cli', FAKE, '--no-floor'],
    { env: { ...process.env, FAKE_CLI_HANG: pidFile }, stdio: 'ignore' });
    const deadline = Date.now() + 20_000;
    while (!fs.existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const buildPid = Number(fs.readFileSync(pidFile, 'utf8'));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(130);
    // Gone, or a zombie waiting for init to reap it: either way not running.
    const running = (): boolean => {
      try { return !/^\S+ \(.*\) Z/.test(fs.readFileSync(`/proc/${buildPid}/stat`, 'utf8')); } catch { return false; }
    };
    const until = Date.now() + 5000;
    while (running() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(running()).toBe(false);
  }, 30_000);

  it('leaves out a flag the CLI does not list in --help', () => {
    const { status, results } = bench(['--sizes', '5', '--peers', 'none', '--formats', 'md', '--cli', FAKE, '--no-floor'], { FAKE_CLI_NO_CACHE: '1' });
    expect(status).toBe(0);
    const rows = results!.sizes[0]!.rows.filter((r) => r.who === 'ours');
    expect(rows.find((r) => r.scenario === 'no-change')!.summary!.failed).toBe(0);
    expect((results!.meta as unknown as { ours: { unsupportedFlags: string[] } }).ours.unsupportedFlags).toEqual(['--cache-dir']);
  }, 30_000);

  it('rejects an unknown peer', () => {
    expect(bench(['--peers', 'jekyll']).status).toBe(2);
  });
});

describe('measure', () => {
  const node = process.execPath;
  const alloc = ['-e', 'const b = Buffer.alloc(160 * 2 ** 20, 1); setTimeout(() => b.length, 200);'];

  it('kills a child that outlives its timeout', async () => {
    const m = await measure({ cmd: node, args: ['-e', 'setTimeout(() => {}, 30000)'], timeoutMs: 300, logFile: path.join(tmp, 'sleep.log') });
    expect(m.timedOut).toBe(true);
    expect(m.ok).toBe(false);
    expect(m.wallMs).toBeLessThan(10_000);
  });

  it('reports the peak RSS of a child that allocates 160 MiB (default method)', async () => {
    const m = await measure({ cmd: node, args: alloc, logFile: path.join(tmp, 'alloc.log') });
    expect(m.ok).toBe(true);
    expect(m.peakRssKiB! / 1024).toBeGreaterThan(150);
    expect(m.cpuMs).not.toBeNull();
  });

  it('reports the peak RSS by polling /proc when forced to', async () => {
    const m = await measure({ cmd: node, args: alloc, logFile: path.join(tmp, 'alloc-proc.log'), method: 'proc' });
    expect(m.rssMethod).toBe('proc');
    expect(m.peakRssKiB! / 1024).toBeGreaterThan(150);
  });
});

describe('report', () => {
  const run = (rep: number, wallMs: number, ok = true): RunLike => ({ ok, rep, wallMs, cpuMs: wallMs, peakRssKiB: 1000, pages: 10, timings: { stages: { load: wallMs / 10 } } });

  it('pairs ratios by round and ignores failed runs', () => {
    const r = pairedRatios([run(1, 100), run(2, 300), run(3, 50, false)], [run(1, 200), run(2, 300), run(3, 100)]);
    expect(r.pairs).toBe(2);
    expect(r.wall).toEqual({ median: 0.75, min: 0.5, max: 1, n: 2 });
  });

  it('summarises medians, pages per second and stage medians', () => {
    const s = summariseRuns([run(1, 1000), run(2, 3000), run(3, 2000)]);
    expect(s.wallMs.median).toBe(2000);
    expect(s.pagesPerSec).toBe(5);
    expect(s.stages.load).toBe(200);
  });
});

describe('peer set-up (untimed prepare)', () => {
  it('lays out an Eleventy project with every article in posts/', async () => {
    const { writeCorpus } = await import('../../../bench/genCorpus.mjs');
    const eleventy = await import('../../../bench/peers/eleventy/peer.mjs');
    const corpus = path.join(tmp, 'peer-corpus');
    writeCorpus({ n: 30, format: 'md', out: corpus, manifest: `${corpus}.jsonl` });
    const site = path.join(tmp, 'site-eleventy');
    eleventy.prepare({ corpusDir: corpus, siteDir: site });
    const posts = fs.readdirSync(path.join(site, 'posts'));
    expect(posts.filter((f) => f.endsWith('.md'))).toHaveLength(30);
    expect(posts).toContain('posts.11tydata.json');
    expect(fs.existsSync(path.join(site, 'eleventy.config.mjs'))).toBe(true);
    const cmd = eleventy.command({ located: { bin: '/x/eleventy', version: '3' }, siteDir: site, outDir: '/o' });
    expect(cmd).toEqual({ cmd: '/x/eleventy', args: ['--output=/o', '--quiet'], cwd: site });
  });

  it('writes one Hugo year stub per year of the corpus, from the manifest or the file names', async () => {
    const hugo = await import('../../../bench/peers/hugo/peer.mjs');
    const corpus = path.join(tmp, 'peer-corpus');
    const years = [...new Set(fs.readdirSync(corpus).map((f) => f.slice(0, 4)))].sort();
    for (const manifest of [`${corpus}.jsonl`, null]) {
      const site = path.join(tmp, `site-hugo-${manifest ? 'm' : 'names'}`);
      hugo.prepare({ corpusDir: corpus, siteDir: site, manifest });
      expect(fs.readdirSync(path.join(site, 'content', 'posts'))).toHaveLength(30);
      expect(fs.readdirSync(path.join(site, 'content', 'archive')).sort()).toEqual(years.map((y) => `${y}.md`));
      expect(fs.readFileSync(path.join(site, 'content', 'archive', `${years[0]}.md`), 'utf8')).toContain(`url: /archive/${years[0]}/`);
    }
  });
});
