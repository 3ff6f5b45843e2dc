import { performance } from 'node:perf_hooks';
import type { BuildOptions } from './config.js';
import type { Diagnostic, RenderedFile, SeedOutcome } from './types.js';
import { codes } from './diagnostics/codes.js';
import { readSeeds } from './load/readSeeds.js';
import { readProjectFile } from './load/readProjectFile.js';
import { extractAll } from './extract/extractAll.js';
import { parseTaxonomy } from './enrich/taxonomy.js';
import { enrichArchive } from './enrich/enrichArchive.js';
import { planPages } from './plan/planPages.js';
import { planFiles } from './plan/planFiles.js';
import { validatePlan } from './plan/validatePlan.js';
import { createRenderContext } from './render/renderContext.js';
import { loadTemplates } from './render/templates.js';
import { renderPage } from './render/renderPage.js';
import { renderFeeds } from './render/feeds.js';
import { renderArticlesJson } from './render/articlesJson.js';
import { createStagingDir } from './write/stagingDir.js';
import { writeFiles } from './write/writeFiles.js';
import { copyPublic, listPublicFiles } from './write/copyPublic.js';
import { buildSearchIndex } from './write/searchIndex.js';

/** What a build did: the CLI prints it, tests and the bench read it. */
export interface BuildReport {
  /** True when dist/ was replaced by the new site. */
  readonly ok: boolean;
  readonly outcomes: readonly SeedOutcome[];
  readonly diagnostics: readonly Diagnostic[];
  readonly records: number;
  readonly pages: number;
  readonly files: number;
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<string, number>>;
}

/**
 * Build the site. The stages run in this order, each a call below:
 * 1. load    read seeds/ (the only stage that reads seeds from disk)
 * 2. extract seeds -> article records, one bad seed never blocking the others
 * 3. enrich  topics, entities, related articles, story clusters -> Archive
 * 4. plan    every output as data; conflicts found before anything is written
 * 5. render  pages through templates/, plus feeds and articles.json
 * 6. write   into a staging directory, index search, then swap into outDir
 * A build that fails at any stage leaves the previous outDir untouched.
 */
export async function runBuild(options: BuildOptions): Promise<BuildReport> {
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round((performance.now() - start) * 10) / 10;
    }
  };
  const diagnostics: Diagnostic[] = [];
  const failed = (outcomes: readonly SeedOutcome[], records = 0): BuildReport => ({ ok: false, outcomes, diagnostics, records, pages: 0, files: 0, timings });

  const loaded = await time('load', () => readSeeds(options.seedsDir));
  const taxonomyRaw = await readProjectFile(options.taxonomyFile);
  const publicFiles = await listPublicFiles(options.publicDir);

  const extracted = await time('extract', () => extractAll(loaded.value, loaded.diagnostics));
  diagnostics.push(...extracted.diagnostics);

  const archive = await time('enrich', () => {
    const taxonomy = parseTaxonomy(taxonomyRaw ?? '', options.taxonomyFile);
    if (taxonomyRaw === null) diagnostics.push({ code: codes.TAXONOMY_MISSING, severity: 'warning', file: options.taxonomyFile, message: 'no taxonomy file: every article gets the fallback topic', hint: 'Create taxonomy.yml (see README, "Topics").' });
    diagnostics.push(...taxonomy.diagnostics);
    const enriched = enrichArchive(extracted.records, taxonomy.value);
    diagnostics.push(...enriched.diagnostics);
    return enriched.value;
  });

  const { pages, files } = await time('plan', () => {
    const pages = planPages(archive, options.site);
    const files = planFiles(archive, loaded.value);
    diagnostics.push(...validatePlan([...pages.map((p) => ({ path: p.outputPath, from: `${p.kind} page` })), ...files.paths], publicFiles));
    return { pages, files };
  });

  const errors = diagnostics.filter((d) => d.severity === 'error');
  const planErrors = errors.filter((d) => d.code === codes.PLAN_DUPLICATE_PATH || d.code === codes.PLAN_PUBLIC_CONFLICT);
  if ((options.strict && errors.length > 0) || planErrors.length > 0) {
    diagnostics.push({ code: codes.BUILD_ABORTED, severity: 'error', file: options.outDir, message: `build stopped before writing (${errors.length} error${errors.length === 1 ? '' : 's'}${options.strict ? ', --strict' : ''}); the previous site is untouched` });
    return failed(extracted.outcomes, archive.records.length);
  }

  const ctx = createRenderContext(archive, options.site, { outcomes: extracted.outcomes, diagnostics }, files.originals);
  const staging = await createStagingDir(options.outDir);
  try {
    const templates = loadTemplates(options.templatesDir);
    await time('write-public', () => copyPublic(options.publicDir, staging.dir));
    const written = await time('render+write', () => writeFiles(staging.dir, renderAll()));
    if (options.search) timings.indexed = await time('search', () => buildSearchIndex(staging.dir));
    await time('swap', () => staging.commit());
    return { ok: true, outcomes: extracted.outcomes, diagnostics, records: archive.records.length, pages: pages.length, files: written + publicFiles.length, timings };

    function* renderAll(): Generator<RenderedFile> {
      for (const page of pages) yield { path: page.outputPath, contents: renderPage(ctx, templates, page) };
      const feeds = renderFeeds(archive.records, options.site);
      yield { path: 'feed.xml', contents: feeds.atom };
      yield { path: 'feed.json', contents: feeds.json };
      yield { path: 'api/articles.json', contents: renderArticlesJson(archive.records) };
      for (const seed of loaded.value.seeds) {
        const target = files.originals.get(seed.path);
        if (target) yield { path: target, contents: seed.bytes };
      }
    }
  } catch (error) {
    await staging.discard();
    diagnostics.push({ code: codes.WRITE_FAILED, severity: 'error', file: options.outDir, message: `build failed, previous site left untouched: ${(error as Error).message}` });
    return failed(extracted.outcomes, archive.records.length);
  }
}
