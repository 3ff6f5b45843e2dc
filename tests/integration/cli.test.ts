import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../helpers/buildInline.js';

const run = promisify(execFile);
const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
const cli = path.join(projectRoot, 'src/cli.ts');

async function news(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the command line', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'news-archive-cli-'));
    await mkdir(path.join(dir, 'seeds'));
    await writeFile(path.join(dir, 'seeds', 'good.txt'), 'A Good Headline For Testing\n\nA body paragraph that is long enough to count as the article text.\n');
    await writeFile(path.join(dir, 'seeds', 'broken.md'), '---\ntitle: Broken\ndate: [unclosed\n---\n\nBody.\n');
    await writeFile(path.join(dir, 'seeds', 'notes.docx'), 'not a seed');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('builds every seed it can, names the broken front matter with its line, and accounts for every file', async () => {
    const out = path.join(dir, 'dist');
    const { code, stdout, stderr } = await news(['build', '--seeds', 'seeds', '--out', out, '--no-search', '--templates', path.join(projectRoot, 'templates'), '--public', path.join(projectRoot, 'public'), '--taxonomy', path.join(projectRoot, 'taxonomy.yml')], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/broken\.md:\d+(:\d+)?\s+error/);
    // The body of the seed with broken front matter is still built (nothing lost), with the error reported.
    expect(stdout).toMatch(/3 files in seeds: 2 built, 1 skipped, 0 failed; .* [1-9]\d* errors/);
    expect(JSON.parse(await readFile(path.join(out, 'api/articles.json'), 'utf8'))).toHaveLength(2);
  });

  it('fails with --strict and leaves the previous output untouched', async () => {
    const out = path.join(dir, 'dist');
    const before = await readFile(path.join(out, 'index.html'), 'utf8');
    const { code, stdout } = await news(['build', '--strict', '--seeds', 'seeds', '--out', out, '--no-search', '--templates', path.join(projectRoot, 'templates'), '--public', path.join(projectRoot, 'public')], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('previous output left untouched');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(before);
  });

  it('rejects an unknown option with exit code 2 and the usage', async () => {
    const { code, stderr } = await news(['build', '--frobnicate'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: news-archive build');
  });

  it('rejects a base URL that is not absolute', async () => {
    const { code, stderr } = await news(['build', '--base-url', 'example.org'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--base-url');
  });
});
