import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveOptions, type BuildOptions } from '../../src/config.js';
import { runBuild, type BuildReport } from '../../src/build.js';
import { projectRoot } from '../helpers/buildInline.js';
import { listFiles } from '../helpers/siteLinks.js';
import { snapshot } from '../helpers/snapshot.js';

/** Which failure the mocks below inject; none by default. */
const inject = {
  /** The rename that failed under `swap`. */
  failedRename: '',
  extract: null as null | ((seedPath: string) => boolean),
  enrich: false,
  search: false,
  writeFile: false,
  swap: false,
};

vi.mock('../../src/extract/extractSeed.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extract/extractSeed.js')>();
  return {
    ...actual,
    extractSeed: (seed: Parameters<typeof actual.extractSeed>[0]) => {
      if (inject.extract?.(seed.path)) throw new Error(`injected crash in ${seed.path}`);
      return actual.extractSeed(seed);
    },
  };
});
vi.mock('../../src/enrich/buildArchive.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/enrich/buildArchive.js')>();
  return {
    ...actual,
    enrichRecords: (...args: Parameters<typeof actual.enrichRecords>) => {
      if (inject.enrich) throw new Error('injected enrichment failure');
      return actual.enrichRecords(...args);
    },
  };
});
vi.mock('../../src/write/searchIndex.js', () => ({
  buildSearchIndex: async (dir: string) => {
    if (inject.search) throw new Error('injected Pagefind failure');
    const { mkdir: mk, writeFile: wf } = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
    await mk(path.join(dir, 'pagefind'), { recursive: true });
    await wf(path.join(dir, 'pagefind/pagefind.js'), '// stand-in index\n');
    return 1;
  },
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const mocked = {
    ...actual,
    writeFile: (...args: Parameters<typeof actual.writeFile>) => {
      if (inject.writeFile && String(args[0]).includes('.staging-')) {
        return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      }
      return actual.writeFile(...args);
    },
    rename: (from: Parameters<typeof actual.rename>[0], to: Parameters<typeof actual.rename>[1]) => {
      if (inject.swap && String(from).includes('.staging-')) {
        inject.failedRename = String(from);
        return Promise.reject(Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' }));
      }
      return actual.rename(from, to);
    },
  };
  return { ...mocked, default: mocked };
});

let root: string;
let options: BuildOptions;
let before: Map<string, string>;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-archive-fail-'));
  await cp(path.join(projectRoot, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  await cp(path.join(projectRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
  options = resolveOptions(projectRoot, {
    seedsDir: path.join(root, 'seeds'), outDir: path.join(root, 'dist'), templatesDir: path.join(root, 'templates'),
    cacheDir: path.join(root, '.cache'), search: true,
  });
  const first = await runBuild(options);
  expect(first.ok, JSON.stringify(first.diagnostics)).toBe(true);
  before = await snapshot(options.outDir);
  // Change an input so the next build has real work to do (no "nothing changed" shortcut).
  await writeFile(path.join(root, 'seeds', 'zz-new.txt'), 'A New Headline For The Archive\n\nA paragraph of news text.\n');
});
afterEach(async () => {
  Object.assign(inject, { extract: null, enrich: false, search: false, writeFile: false, swap: false });
  await rm(root, { recursive: true, force: true });
});

/** The build failed, said so with `code`, and left dist/ and its surroundings as they were. */
async function expectUntouched(report: BuildReport, code: string, words: RegExp): Promise<void> {
  expect(report.ok).toBe(false);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.some((d) => d.code === code && words.test(d.message)), JSON.stringify(errors)).toBe(true);
  expect(await snapshot(options.outDir)).toEqual(before);
  expect((await listFiles(root)).some((f) => f.includes('.staging-') || f.includes('.old-'))).toBe(false);
}

describe('a failed build leaves the previous site byte-identical', () => {
  it('fails at load when the seeds directory is unreadable', async () => {
    const report = await runBuild({ ...options, seedsDir: path.join(root, 'no-such-dir') });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.some((d) => d.severity === 'error' && /seed|load/i.test(d.message))).toBe(true);
    expect(await snapshot(options.outDir)).toEqual(before);
  });

  it('isolates a crash inside extraction to its seed, and stops a --strict build', async () => {
    inject.extract = (seed) => seed === 'zz-new.txt';
    const lenient = await runBuild({ ...options, outDir: path.join(root, 'lenient') });
    expect(lenient.ok).toBe(true);
    expect(lenient.outcomes.find((o) => o.path === 'zz-new.txt')?.status).toBe('failed');
    const strict = await runBuild({ ...options, strict: true });
    await expectUntouched(strict, 'build/aborted', /--strict/);
    expect(strict.diagnostics.some((d) => d.code === 'build/extract-crashed' && d.file === 'zz-new.txt')).toBe(true);
  });

  it('fails at enrich', async () => {
    inject.enrich = true;
    await expectUntouched(await runBuild(options), 'build/stage-failed', /enrich stage.*injected enrichment failure/);
  });

  it('fails at plan on an output path conflict', async () => {
    await mkdtempPublic({ 'feed.xml': '<feed/>' });
    await expectUntouched(await runBuild(options), 'build/aborted', /before writing/);
  });

  it('fails at render on a broken template', async () => {
    await writeFile(path.join(root, 'templates', 'article.hbs'), '{{#> base}}{{#*inline "content"}}{{page.nope}}{{/inline}}{{/base}}');
    await expectUntouched(await runBuild(options), 'write/failed', /render stage/);
  });

  it('fails at write when the disk is full', async () => {
    inject.writeFile = true;
    await expectUntouched(await runBuild(options), 'write/failed', /ENOSPC/);
  });

  it('fails at search indexing', async () => {
    inject.search = true;
    await expectUntouched(await runBuild(options), 'write/search-index-failed', /search stage.*injected Pagefind failure/);
  });

  it('fails at the swap and puts the previous site back', async () => {
    inject.swap = true;
    await expectUntouched(await runBuild(options), 'write/failed', /swap stage.*EACCES/);
  });

  it('fails while patching the site in place and puts every file back', async () => {
    // Without search, adding one seed changes a handful of files: the site is patched in place, not swapped.
    const noSearch = { ...options, search: false };
    inject.swap = true;
    await expectUntouched(await runBuild(noSearch), 'write/failed', /swap stage.*EACCES/);
    expect(inject.failedRename).toMatch(/\.staging-\d+[/\\].+/);
    inject.swap = false;
    // The manifest was dropped before the failed patch, so this build trusts nothing of dist/ and renders it all.
    const report = await runBuild(noSearch);
    expect(report.ok).toBe(true);
    expect(report.rendered).toBe(report.pages);
    expect((await listFiles(options.outDir)).some((f) => f.startsWith('pagefind/'))).toBe(false);
  });

  it('builds again normally once the failure is gone', async () => {
    inject.enrich = true;
    expect((await runBuild(options)).ok).toBe(false);
    inject.enrich = false;
    const report = await runBuild(options);
    expect(report.ok).toBe(true);
    expect((await listFiles(options.outDir)).some((f) => f.startsWith('originals/zz-new'))).toBe(true);
  });
});

/** Give the project a public/ directory with these files. */
async function mkdtempPublic(files: Record<string, string>): Promise<void> {
  const dir = path.join(root, 'public');
  await cp(path.join(projectRoot, 'public'), dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) await writeFile(path.join(dir, name), contents);
  options = { ...options, publicDir: dir };
}
