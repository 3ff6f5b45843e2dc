import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { resolveOptions } from '../../src/config.js';
import { runBuild, type BuildReport, type BuildTuning } from '../../src/build.js';
import type { BuildOptions } from '../../src/config.js';
import { projectRoot } from '../helpers/buildInline.js';
import { listFiles } from '../helpers/siteLinks.js';
import { snapshot, expectSameTree } from '../helpers/snapshot.js';

/** The order the mocked loader hands seeds out in: a permutation of their indices, or null (as loaded). */
const order = { permutation: null as number[] | null };

vi.mock('../../src/load/readSeeds.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/load/readSeeds.js')>();
  return {
    ...actual,
    readSeeds: async (dir: string) => {
      const result = await actual.readSeeds(dir);
      const permutation = order.permutation;
      if (permutation === null) return result;
      const seeds = permutation.map((i) => result.value.seeds[i]!);
      return { ...result, value: { ...result.value, seeds } };
    },
  };
});

const seedCount = 13;
let root: string;
let reference: Map<string, string>;
const optionsFor = (outDir: string, cacheDir: string | null = null): BuildOptions =>
  resolveOptions(projectRoot, { seedsDir: path.join(root, 'seeds'), outDir: path.join(root, outDir), cacheDir: cacheDir && path.join(root, cacheDir), search: false });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'news-archive-det-'));
  await cp(path.join(projectRoot, 'seeds'), path.join(root, 'seeds'), { recursive: true });
  for (let n = 0; n < seedCount - 5; n++) {
    // Two seeds share a headline, so slug resolution (order-sensitive by nature) is exercised.
    const headline = n < 2 ? 'The Same Headline Twice' : `Council votes on budget item ${n}`;
    await writeFile(path.join(root, 'seeds', `s${n}.txt`), `${headline}\n\nBody text of seed ${n}, with a second sentence.\n`);
  }
  const report = await runBuild(optionsFor('reference'));
  expect(report.ok).toBe(true);
  expect(report.records).toBeGreaterThanOrEqual(seedCount);
  reference = await snapshot(path.join(root, 'reference'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('output does not depend on how the build ran', () => {
  it('gives byte-identical output whatever order the loader lists seeds in', async () => {
    await fc.assert(fc.asyncProperty(fc.shuffledSubarray([...Array(seedCount).keys()], { minLength: seedCount, maxLength: seedCount }), async (permutation) => {
      order.permutation = permutation;
      try {
        const out = `shuffled-${permutation.join('-')}`;
        expect((await runBuild(optionsFor(out))).ok).toBe(true);
        expectSameTree(await snapshot(path.join(root, out)), reference);
        await rm(path.join(root, out), { recursive: true, force: true });
      } finally {
        order.permutation = null;
      }
    }), { numRuns: 4 });
  });

  it('gives byte-identical output with and without the cache, cold and warm', async () => {
    const cold = await runBuild(optionsFor('cached', 'cache'));
    expect(cold.cache.misses).toBe(seedCount);
    expectSameTree(await snapshot(path.join(root, 'cached')), reference);
    await rm(path.join(root, 'cached'), { recursive: true });
    const warm = await runBuild(optionsFor('cached', 'cache'));
    expect(warm.cache.hits).toBe(seedCount);
    expectSameTree(await snapshot(path.join(root, 'cached')), reference);
  });
});

describe('compiled code: worker threads and the bundle', () => {
  let compiled: string;
  beforeAll(async () => {
    // Workers need compiled JavaScript: compile src/ into a private lib/ beside node_modules.
    compiled = path.join(projectRoot, '.tmp', `lib-determinism-${process.pid}`);
    await promisify(execFile)(process.execPath, [path.join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', path.join(projectRoot, 'tsconfig.build.json'), '--outDir', compiled]);
    // And bundled, as `npm run compile` does (the bundle is what `npm run build` and the bench run).
    await promisify(execFile)(process.execPath, [path.join(projectRoot, 'scripts/bundle.mjs'), compiled]);
  }, 180_000);
  afterAll(async () => {
    await rm(compiled, { recursive: true, force: true });
  });

  it('gives byte-identical output in worker threads and in-process', async () => {
    const { runBuild: runCompiled } = await import(path.join(compiled, 'build.js')) as { runBuild: (o: BuildOptions, t?: BuildTuning) => Promise<BuildReport> };
    const parallel = await runCompiled(optionsFor('parallel'), { workers: 2, parallelThreshold: 1 });
    expect(parallel.ok, JSON.stringify(parallel.diagnostics)).toBe(true);
    expect(parallel.workers).toBe(2);
    expectSameTree(await snapshot(path.join(root, 'parallel')), reference);
    // Above the reuse limit the extraction threads are stopped and rendering starts its own.
    const fresh = await runCompiled(optionsFor('fresh-render-threads'), { workers: 2, parallelThreshold: 1, poolReuseLimit: 0 });
    expect([fresh.ok, fresh.workers]).toEqual([true, 2]);
    expectSameTree(await snapshot(path.join(root, 'fresh-render-threads')), reference);
    const single = await runCompiled(optionsFor('single'), { workers: 0 });
    expect(single.workers).toBe(0);
    expectSameTree(await snapshot(path.join(root, 'single')), reference);
  });

  it('gives byte-identical output in worker threads from the cache, whose bodies the workers read where they lie', async () => {
    const { runBuild: runCompiled } = await import(path.join(compiled, 'build.js')) as { runBuild: (o: BuildOptions, t?: BuildTuning) => Promise<BuildReport> };
    const tuning = { workers: 2, parallelThreshold: 1 };
    const cold = await runCompiled(optionsFor('parallel-cached', 'parallel-cache'), tuning);
    expect(cold.cache.misses).toBe(seedCount);
    await rm(path.join(root, 'parallel-cached'), { recursive: true });
    const warm = await runCompiled(optionsFor('parallel-cached', 'parallel-cache'), tuning);
    expect([warm.ok, warm.workers, warm.cache.hits]).toEqual([true, 2, seedCount]);
    expectSameTree(await snapshot(path.join(root, 'parallel-cached')), reference);
  });

  it('gives byte-identical output from the bundle, in its worker threads, cold and from the cache', async () => {
    const { runBuild: runBundled } = await import(path.join(compiled, 'bundle', 'build.js')) as { runBuild: (o: BuildOptions, t?: BuildTuning) => Promise<BuildReport> };
    const tuning = { workers: 2, parallelThreshold: 1 };
    const cold = await runBundled(optionsFor('bundled', 'bundled-cache'), tuning);
    expect([cold.ok, cold.workers, cold.cache.misses]).toEqual([true, 2, seedCount]);
    expectSameTree(await snapshot(path.join(root, 'bundled')), reference);
    await rm(path.join(root, 'bundled'), { recursive: true });
    const warm = await runBundled(optionsFor('bundled', 'bundled-cache'), tuning);
    expect([warm.ok, warm.cache.hits]).toEqual([true, seedCount]);
    expectSameTree(await snapshot(path.join(root, 'bundled')), reference);
  });

  it('runs the bundled command from any directory, with the templates, public files and taxonomy shipped beside it', async () => {
    // root holds seeds/ and build outputs only: the defaults are the generator's own.
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(compiled, 'bundle', 'cli.js'), 'build', '--out', 'from-cli', '--no-search', '--no-cache'], { cwd: root });
    expect(stdout).toContain(`${seedCount} built`);
    expectSameTree(await snapshot(path.join(root, 'from-cli')), reference);
  });

  it('stays in-process from TypeScript sources, where workers cannot load', async () => {
    const report = await runBuild(optionsFor('sources'), { workers: 2, parallelThreshold: 1 });
    expect(report.workers).toBe(0);
    expectSameTree(await snapshot(path.join(root, 'sources')), reference);
  });
});
