import { performance } from 'node:perf_hooks';
import type { BuildOptions } from './config.js';
import type { ArticleRecord, Diagnostic, LoadedSeeds, SeedOutcome } from './types.js';
import { codes } from './diagnostics/codes.js';
import { codeVersion } from './cache/codeVersion.js';
import { readManifest, readStamp } from './cache/buildManifest.js';
import { inputFingerprint } from './cache/inputFingerprint.js';
import { releaseGarbage } from './heapBudget.js';
import type { WorkerPool } from './workers/workerPool.js';
import type { BodyStore } from './cache/bodyStore.js';
import type { ExtractCache } from './cache/extractCache.js';
import type { TreeRemoval } from './write/removeTree.js';
import { appendAll } from './appendAll.js';
import type { FileStamp } from './load/fileStamp.js';

/**
 * The stage modules, imported only when there is something to build: they
 * pull in unified, Handlebars, compromise and Pagefind (half a second of
 * start-up), which a no-change rebuild never needs.
 */
async function loadStages() {
  const [load, project, taxonomy, enrich, pages, files, validate, context, pub, seedCache, extract, pool, site, enrichCache, hash, enrichKeys, signals, bodyStore, seedStats] = await Promise.all([
    import('./load/readSeeds.js'), import('./load/readProjectFile.js'), import('./enrich/taxonomy.js'), import('./enrich/buildArchive.js'),
    import('./plan/planPages.js'), import('./plan/planFiles.js'), import('./plan/validatePlan.js'), import('./render/renderContext.js'),
    import('./write/copyPublic.js'), import('./cache/extractCache.js'), import('./workers/extractArchive.js'), import('./workers/workerPool.js'),
    import('./write/writeSite.js'), import('./cache/enrichCache.js'), import('./cache/hashText.js'), import('./enrich/enrichmentInputs.js'), import('./enrich/textSignals.js'), import('./cache/bodyStore.js'), import('./cache/seedStats.js'),
  ]);
  return {
    ...load, ...project, ...taxonomy, ...enrich, ...pages, ...files, ...validate, ...context, ...pub, ...seedCache, ...extract, ...pool, ...site,
    ...enrichCache, ...hash, ...enrichKeys, ...signals, ...bodyStore, ...seedStats,
  };
}

/** What a build did: the CLI prints it, tests and the bench read it. */
export interface BuildReport {
  /** True when dist/ holds the site of these inputs (replaced, or already up to date). */
  readonly ok: boolean;
  readonly outcomes: readonly SeedOutcome[];
  readonly diagnostics: readonly Diagnostic[];
  readonly records: number;
  readonly pages: number;
  readonly files: number;
  /** Pages rendered by this build, and pages (plus originals) reused from the previous dist/. */
  readonly rendered: number;
  readonly reused: number;
  /** Worker threads used (0: every stage ran in-process). */
  readonly workers: number;
  /** Extraction cache hits and misses (seeds); whether the enriched archive came from the cache. */
  readonly cache: { readonly hits: number; readonly misses: number; readonly archive?: boolean };
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<string, number>>;
}

/** How a build uses the machine; never changes the output. */
export interface BuildTuning {
  /** Worker threads for extraction and rendering; 0 or 1 keeps every stage in-process. Default: one per core. */
  readonly workers?: number;
  /** Fewest items (seeds, pages) worth sending to workers; default `PARALLEL_THRESHOLD`. */
  readonly parallelThreshold?: number;
  /** Most seeds whose extraction threads go on to render; default `POOL_REUSE_LIMIT`. */
  readonly poolReuseLimit?: number;
  /**
   * How the replaced site is removed after the swap: `now` (default) or
   * `background` (a detached process; the CLI's choice, since nobody needs
   * to wait for 20,000 unlinks once the new site is in place).
   */
  readonly removal?: TreeRemoval;
}

/** A stage that threw (a bug or an IO failure, never a content problem). */
class StageError extends Error {
  constructor(readonly stage: string, readonly failure: unknown) {
    super((failure as Error)?.message ?? String(failure));
  }
}

/**
 * Build the site. The stages run in this order, each a call below:
 * 0. check   fingerprint every input file; when nothing changed since the
 *            build now in outDir, stop (its report is returned)
 * 1. load    read seeds/ (the only stage that reads seeds from disk)
 * 2. extract seeds -> article records, one bad seed never blocking the others;
 *            cached by seed content, spread over worker threads
 * 3. enrich  topics, entities, related articles, story clusters -> Archive
 * 4. plan    every output as data; conflicts found before anything is written
 * 5. render  pages through templates/ (only pages whose inputs changed), feeds, articles.json
 * 6. write   into a staging directory (unchanged files hard-linked from the
 *            previous site), index search, then swap into outDir
 * A build that fails at any stage leaves the previous outDir untouched.
 */
export async function runBuild(buildOptions: BuildOptions, tuning: BuildTuning = {}): Promise<BuildReport> {
  let options = buildOptions;
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } catch (error) {
      throw error instanceof StageError ? error : new StageError(stage, error);
    } finally {
      timings[stage] = Math.round((performance.now() - start) * 10) / 10 + (timings[stage] ?? 0);
    }
  };
  const diagnostics: Diagnostic[] = [];
  let outcomes: readonly SeedOutcome[] = [];
  let records = 0;
  let cache: BuildReport['cache'] = { hits: 0, misses: 0 };
  const failed = (): BuildReport => ({ ok: false, outcomes, diagnostics, records, pages: 0, files: 0, rendered: 0, reused: 0, workers: 0, cache, timings });
  let pool: WorkerPool | null = null;
  /** The most threads a stage ran on. */
  let threads = 0;
  let bodies: BodyStore | null = null;
  let seedCache: ExtractCache | null = null;
  try {
    // The cache is an optimisation: when the code cannot be hashed, build without it.
    const codeKey = await time('check', () => codeVersion(options.cacheDir).catch(() => null)) ?? 'unhashed';
    if (codeKey === 'unhashed') options = { ...options, cacheDir: null };
    const stamp = await time('check', () => readStamp(options.cacheDir, options.outDir));
    const { cacheDir: _cacheDir, ...settings } = options;
    // Every input is stat'ed once: the load stage takes the seeds' stamps from here.
    const stamps = new Map<string, FileStamp>();
    const fingerprint = options.cacheDir === null ? null : await time('check', () =>
      inputFingerprint([options.seedsDir, options.templatesDir, options.publicDir, options.taxonomyFile], JSON.stringify({ codeKey, settings }), stamps).catch(() => null));
    if (fingerprint !== null && stamp?.fingerprint === fingerprint && stamp.report !== null && typeof stamp.report === 'object') {
      const report = stamp.report as BuildReport;
      return { ...report, rendered: 0, reused: report.files, workers: 0, cache: { hits: 0, misses: 0 }, timings };
    }

    const previous = await time('check', () => readManifest(options.cacheDir, options.outDir));
    const { readSeeds, readProjectFile, listPublicFiles, openExtractCache, extractArchive, createWorkerPool, PARALLEL_THRESHOLD,
      POOL_REUSE_LIMIT, parseTaxonomy, enrichRecords, applyEnrichment, enrichmentKey, planPages, planFiles, validatePlan, createRenderContext, writeSite,
      readEnrichCache, writeEnrichCache, hashText, textSignals, openBodyStore, readSeedStats, writeSeedStats, sameSeedStats } = await time('check', loadStages);
    // Worker threads only when a stage has enough work to repay their start-up.
    const poolFor = (items: number): WorkerPool | null => {
      if (items >= (tuning.parallelThreshold ?? PARALLEL_THRESHOLD)) pool ??= createWorkerPool(tuning.workers);
      return pool;
    };
    const releasePool = async (): Promise<void> => {
      const done = pool as WorkerPool | null;
      pool = null;
      if (done === null) return;
      threads = Math.max(threads, done.threads);
      await done.destroy();
    };
    let loaded: LoadedSeeds | null = null;
    const loadDiagnostics: Diagnostic[] = [];
    loaded = await time('load', async () => {
      const known = await readSeedStats(options.cacheDir, options.seedsDir);
      const result = await readSeeds(options.seedsDir, { keepContents: false, known, stamps });
      stamps.clear();
      appendAll(loadDiagnostics, result.diagnostics);
      const now = result.value.known;
      if (now !== undefined && !sameSeedStats(known, now)) await writeSeedStats(options.cacheDir, options.seedsDir, now);
      // Sorted here too, whatever the loader does: output never depends on listing order.
      // Seeds come without their contents (hashed and checked already):
      // extraction reads those it does not find in the cache again, batch by
      // batch, and originals are copied from seeds/ at write time.
      return { skipped: result.value.skipped, seeds: [...result.value.seeds].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
    });
    if (loaded.seeds.length === 0 && loadDiagnostics.some((d) => d.severity === 'error')) {
      appendAll(diagnostics, loadDiagnostics).push({ code: codes.LOAD_NOTHING_READ, severity: 'error', file: options.seedsDir, message: 'no seed could be read; the previous site is untouched', hint: 'Check that the seeds directory exists and is readable.' });
      return failed();
    }
    const taxonomyRaw = await time('load', () => readProjectFile(options.taxonomyFile));
    const publicFiles = await time('load', () => listPublicFiles(options.publicDir));

    const taxonomy = await time('load', () => parseTaxonomy(taxonomyRaw ?? '', options.taxonomyFile));

    // Entities are recognised per seed during extraction, so the setting is part of the seed's cache key.
    const extractKey = `${codeKey}:entities=${options.entities}`;
    let extracted = await time('extract', async () => {
      const cached = seedCache = await openExtractCache(options.cacheDir, extractKey, hashText(options.taxonomyFile, taxonomyRaw ?? '\u0000none'));
      // Records come with what enrichment needs of their text (read where
      // they were extracted, or here for hits cached under another
      // taxonomy); as each arrives its text is let go. Its body stays where
      // the cache holds it, pointed at (new entries are written to the cache
      // as they arrive), or, without a cache, goes to the store until its
      // page is rendered.
      const signals = textSignals(taxonomy.value);
      const store = bodies = openBodyStore(options.cacheDir, (file) => cached.bodyFile(file));
      const prepare = (record: ArticleRecord): ArticleRecord => {
        const ready = signals(record);
        return ready.body.kind === 'stored' ? ready : { ...ready, body: store.put(ready.body) };
      };
      const result = await extractArchive(loaded!, loadDiagnostics, cached, poolFor, { entities: options.entities, seedsDir: options.seedsDir, taxonomy: taxonomy.value, prepare });
      cache = { hits: cached.hits, misses: cached.misses };
      await cached.save().catch(() => {});
      return result;
    });
    appendAll(diagnostics, extracted.diagnostics);
    outcomes = extracted.outcomes;
    // The extraction threads' heaps (syntax trees, the entity lexicon) are let
    // go: rendering, if it needs threads, starts fresh ones without them. A
    // small archive's threads render too: their heaps are small, and a fresh
    // pool's start-up (~0.2 s of each core) is a tenth of its build.
    if (loaded.seeds.length > (tuning.poolReuseLimit ?? POOL_REUSE_LIMIT)) await releasePool();
    releaseGarbage();
    // Paths and hashes only from here on (originals are copied from seeds/ at write time).
    const seedIndex: LoadedSeeds = loaded;
    loaded = null;

    let enrichKey = '';
    const archive = await time('enrich', async () => {
      if (taxonomyRaw === null) diagnostics.push({ code: codes.TAXONOMY_MISSING, severity: 'warning', file: options.taxonomyFile, message: 'no taxonomy file: every article gets the fallback topic', hint: 'Create taxonomy.yml (see README, "Topics").' });
      appendAll(diagnostics, taxonomy.diagnostics);
      // Enrichment is a pure function of what it reads of the records, the taxonomy and the code.
      const { records } = extracted;
      enrichKey = enrichmentKey([codeKey, options.taxonomyFile, taxonomyRaw ?? '\u0000none'], records, (record) => seedCache?.enrichmentDigest(record));
      const cached = await readEnrichCache(options.cacheDir, enrichKey, records.length);
      const enrichment = cached ?? enrichRecords(records, taxonomy.value, null);
      cache = { ...cache, archive: cached !== null };
      if (cached === null) await writeEnrichCache(options.cacheDir, enrichKey, enrichment).catch(() => {});
      const enriched = applyEnrichment(records, enrichment);
      appendAll(diagnostics, enriched.diagnostics);
      return enriched.value;
    });
    extracted = { ...extracted, records: [] };
    records = archive.records.length;
    releaseGarbage();

    const { pages, files } = await time('plan', () => {
      const pages = planPages(archive, options.site, outcomes.length);
      const files = planFiles(archive, seedIndex, options.site.baseUrl !== null);
      appendAll(diagnostics, validatePlan([...pages.map((p) => ({ path: p.outputPath, from: `${p.kind} page` })), ...files.paths], publicFiles));
      return { pages, files };
    });

    const errors = diagnostics.filter((d) => d.severity === 'error');
    const planErrors = errors.filter((d) => d.code === codes.PLAN_DUPLICATE_PATH || d.code === codes.PLAN_PUBLIC_CONFLICT);
    if ((options.strict && errors.length > 0) || planErrors.length > 0) {
      diagnostics.push({ code: codes.BUILD_ABORTED, severity: 'error', file: options.outDir, message: `build stopped before writing (${errors.length} error${errors.length === 1 ? '' : 's'}${options.strict ? ', --strict' : ''}); the previous site is untouched` });
      return failed();
    }

    const ctx = createRenderContext(archive, options.site, { outcomes: extracted.outcomes, diagnostics }, files.originals, bodies ?? undefined);
    // A record is a function of its seed (by key) and of the archive-wide inputs: so is its line of api/articles.json.
    const seedKeys = options.cacheDir === null ? null : new Map(seedIndex.seeds.map((s) => [s.path, seedCache!.keyOf(s)]));
    const sources = seedKeys === null ? undefined : { key: hashText(enrichKey, JSON.stringify(options.site)), sourceOf: (record: ArticleRecord) => seedKeys.get(record.seed) };
    const written = await writeSite({
      options, ctx, pages, originals: files.originals, seedHashes: new Map(seedIndex.seeds.map((s) => [s.path, s.hash])), publicFiles,
      poolFor, releasePool, codeKey, previous, sources, time, diagnostics, removal: tuning.removal ?? 'now',
    });
    if (written === null) return failed();
    const report: BuildReport = {
      ok: true, outcomes, diagnostics, records, pages: pages.length, files: pages.length + files.paths.length + publicFiles.length,
      rendered: written.rendered, reused: written.reused, workers: threads, cache, timings,
    };
    // The manifest is made of archive-wide tables: it should not come on top of the render stage's garbage.
    releaseGarbage();
    await written.remember(fingerprint ?? '', { ...report, timings: {}, cache: { hits: 0, misses: 0 } });
    return report;
  } catch (error) {
    const stage = error instanceof StageError ? error.stage : 'build';
    const cause = error instanceof StageError ? error.failure : error;
    diagnostics.push({ code: codes.BUILD_STAGE_FAILED, severity: 'error', file: options.outDir, message: `the ${stage} stage failed, previous site left untouched: ${(cause as Error)?.message ?? String(cause)}`, hint: 'This is an environment problem (disk, permissions) or a bug in the generator, not a problem with a seed.' });
    return failed();
  } finally {
    await (pool as WorkerPool | null)?.destroy();
    (bodies as BodyStore | null)?.close();
    await (seedCache as ExtractCache | null)?.close().catch(() => {});
  }
}
