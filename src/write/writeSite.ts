import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions } from '../config.js';
import type { Diagnostic, EnrichedArticle, RenderedFile } from '../types.js';
import type { PlannedPage } from '../plan/pageData.js';
import type { RenderContext } from '../render/renderContext.js';
import { codes } from '../diagnostics/codes.js';
import { renderFeeds } from '../render/feeds.js';
import { articlesJsonChunks, previousRecordLines } from '../render/articlesJson.js';
import { openLines } from '../cache/lineReader.js';
import { renderSitemap } from '../render/sitemap.js';
import { hashParts, hashText } from '../cache/hashText.js';
import { hashTree } from '../cache/hashTree.js';
import { directoryId, dropManifest, writeManifest, type ArticleSources, type BuildManifest } from '../cache/buildManifest.js';
import { hashPages, renderPages } from '../workers/renderPages.js';
import { dependencyState, pageIdentity, recordDigest, unchangedPages, type DependencyState } from '../cache/pageDependencies.js';
import { keyTable } from '../cache/keyTable.js';
import type { WorkerPool } from '../workers/workerPool.js';
import { createStagingDir } from './stagingDir.js';
import type { TreeRemoval } from './removeTree.js';
import { writeFiles } from './writeFiles.js';
import { copyPublic } from './copyPublic.js';
import { patchSite } from './patchSite.js';
import { existsSync } from 'node:fs';
import { copySeedFiles } from './copySeedFiles.js';
import { linkFiles, listFilesUnder } from './linkFiles.js';
import { buildSearchIndex } from './searchIndex.js';
import { keepShortLivedYoung, releaseGarbage } from '../heapBudget.js';

/** What the render and write stages need from the build. */
export interface WriteSiteInput {
  readonly options: BuildOptions;
  readonly ctx: RenderContext;
  readonly pages: readonly PlannedPage[];
  /** Seed path -> output path of its published original. */
  readonly originals: ReadonlyMap<string, string>;
  readonly seedHashes: ReadonlyMap<string, string>;
  /** The files of public/ (listed once, by the load stage). */
  readonly publicFiles: readonly string[];
  /** The worker pool for a given amount of work (null: render in-process). */
  readonly poolFor: (items: number) => WorkerPool | null;
  /** Stop the pool's threads: called once the pages are rendered, before the feeds (and, in the build, the manifest) are made. */
  readonly releasePool: () => Promise<void>;
  readonly codeKey: string;
  /** The manifest of the site now in outDir, if the cache has one. */
  readonly previous: BuildManifest | null;
  /**
   * What the records were made from (see `ArticleSources`): the key of
   * everything archive-wide, and the seed key of a record. Records the
   * previous build made from the same have their lines of
   * `api/articles.json` and their digests taken from it.
   */
  readonly sources?: { readonly key: string; sourceOf(record: EnrichedArticle): string | undefined };
  readonly time: <T>(stage: string, run: () => T | Promise<T>) => Promise<T>;
  readonly diagnostics: Diagnostic[];
  /** How the replaced site is removed (default now). */
  readonly removal?: TreeRemoval;
}

/** A site written and swapped in. */
export interface WrittenSite {
  readonly rendered: number;
  readonly reused: number;
  /** Record the new site in the cache (never fails the build). */
  remember(fingerprint: string, report: unknown): Promise<void>;
}

/**
 * Render and write the site into a staging directory and swap it into
 * outDir. Files whose input hash equals the previous build's are hard-linked
 * from the previous site instead of rendered; so is the search index when no
 * article page changed. On any failure the staging directory is discarded,
 * outDir is untouched, a diagnostic says which stage failed, and null is returned.
 */
export async function writeSite(input: WriteSiteInput): Promise<WrittenSite | null> {
  const { options, ctx, pages, previous, time } = input;
  const caching = options.cacheDir !== null;
  const hashKey = caching ? hashText(input.codeKey, await hashTree(options.templatesDir)) : null;
  const hashes = new Map<string, string>();
  const fileHashes: Record<string, string> = {};
  let dependencyCache: DependencyState | null = null;
  /** Record digests, made from each record's line of articles.json as that is written (see `recordDigest`). */
  const digests = keyTable();
  const dependencies = (): DependencyState => (dependencyCache ??= dependencyState(ctx, pages, digests));
  // Tracked pages are hashed from their dependencies (known once articles.json is written), the rest from their views.
  const identityOf = hashKey === null ? undefined : (page: PlannedPage): string | null => pageIdentity(hashKey, page, ctx, dependencies());
  const setup = { ctx, templatesDir: options.templatesDir, pool: null, hashKey, identityOf };
  let stage = 'write';
  const staging = await createStagingDir(options.outDir, input.removal);
  try {
    const { publicFiles } = input;
    await time('write', () => copyPublic(options.publicDir, staging.dir, publicFiles));
    // Written first: the records' lines it is made of are what their digests are made of, and
    // every build, however few pages it renders, writes the whole file anyway.
    const { sources } = input;
    const recordSources = keyTable();
    const digest = caching ? (record: EnrichedArticle, made: string | undefined) => {
      digests[record.id] = made === undefined ? previous!.dependencies!.records[record.id]! : recordDigest(record, ctx, made);
      const source = sources?.sourceOf(record);
      if (source !== undefined) recordSources[record.id] = source;
    } : undefined;
    // Records made from the same seeds and archive-wide inputs as the previous build's keep their lines (read
    // back from the previous site's file, in order) and digests: stringifying every record was most of this stage.
    const before = caching && sources !== undefined && previous?.articles?.key === sources.key ? previous : null;
    const lines = before === null ? null : openLines(path.join(options.outDir, ARTICLES_JSON));
    const fromBefore = lines === null ? undefined : previousRecordLines(lines);
    const reuse = fromBefore === undefined ? undefined : (record: EnrichedArticle): Uint8Array | undefined => {
      const line = fromBefore(record);
      const same = line !== undefined && sources!.sourceOf(record) === before!.articles!.sources[record.id] && before!.dependencies?.records[record.id] !== undefined;
      return same ? line : undefined;
    };
    try {
      await time('render', () => writeFiles(staging.dir, [{ path: ARTICLES_JSON, contents: { chunks: articlesJsonChunks(ctx.archive.records, digest, reuse) } }]));
    } finally {
      lines?.close();
    }
    const articleSources: ArticleSources | undefined = sources === undefined ? undefined : { key: sources.key, sources: recordSources };
    let toRender = pages;
    const originals = [...input.originals];
    let linkOriginals: string[] = [];
    // Patch mode: a rebuild that changes a handful of files updates outDir in
    // place (undone on failure) instead of linking every unchanged file into a
    // new tree and swapping it in.
    let patch = false;
    if (previous !== null && hashKey !== null) {
      // After a template or code change no page can be reused: skip hashing them twice.
      const comparable = previous.hashKey === hashKey;
      const known = comparable ? await time('hash', () => {
        // Pages whose inputs provably did not change keep their hash; only the rest have their views built and hashed.
        const unchanged = unchangedPages(ctx, pages, dependencies(), previous.dependencies);
        const hashed = hashPages({ ...setup, hashKey }, pages.filter((p) => !unchanged.has(p.outputPath)));
        for (const page of unchanged) hashed.set(page, previous.files[page]!);
        return hashed;
      }) : new Map<string, string>();
      for (const [file, hash] of known) hashes.set(file, hash);
      const same = comparable ? pages.filter((p) => previous.files[p.outputPath] === known.get(p.outputPath)).map((p) => p.outputPath) : [];
      linkOriginals = originals.filter(([seed, out]) => previous.files[out] === input.seedHashes.get(seed)).map(([, out]) => out);
      const changes = pages.length - same.length + originals.length - linkOriginals.length;
      const searchInPlace = !options.search || (previous.search === searchKeyOf(hashKey, pages, hashes) && (previous.outputs ?? []).some((f) => f.startsWith('pagefind/')));
      patch = comparable && previous.outputs !== undefined && searchInPlace && changes <= patchLimit(pages.length + originals.length);
      const missing = new Set(await time('write', () => patch
        ? [...same, ...linkOriginals].filter((file) => !existsSync(path.join(options.outDir, file)))
        : linkFiles(options.outDir, staging.dir, [...same, ...linkOriginals])));
      const reused = new Set(same.filter((p) => !missing.has(p)));
      toRender = pages.filter((p) => !reused.has(p.outputPath));
      linkOriginals = linkOriginals.filter((p) => !missing.has(p));
    }
    const linked = new Set(linkOriginals);
    const copies = originals.filter(([, out]) => !linked.has(out));
    await time('write', () => copySeedFiles(options.seedsDir, staging.dir, copies));
    for (const [seed, out] of originals) fileHashes[out] = input.seedHashes.get(seed)!;

    stage = 'render';
    releaseGarbage();
    const renderSetup = { ...setup, pool: input.poolFor(toRender.length) };
    const data = dataFiles(ctx, options, pages.map((p) => p.outputPath));
    const restorePretenuring = keepShortLivedYoung();
    try {
      await time('render', async () => {
        await renderPages(renderSetup, toRender, hashes, staging.dir);
        // Idle threads would keep their heaps (~130 MB each at 100,000 articles) while the feeds and the manifest are made.
        await input.releasePool();
        releaseGarbage();
        // Made after the pages, one at a time.
        await writeFiles(staging.dir, (function* () { for (const file of data) yield file.make(); })());
      });
    } finally {
      restorePretenuring();
    }
    for (const [file, hash] of hashes) fileHashes[file] = hash;

    stage = 'search';
    const searchKey = hashKey === null ? null : searchKeyOf(hashKey, pages, hashes);
    let search: string | null = null;
    let searchFiles: string[] = [];
    if (options.search) {
      search = searchKey;
      if (patch) searchFiles = (previous?.outputs ?? []).filter((f) => f.startsWith('pagefind/'));
      else {
        const reusable = previous !== null && searchKey !== null && previous.search === searchKey ? await listFilesUnder(options.outDir, 'pagefind') : [];
        const missing = reusable.length > 0 ? await time('search', () => linkFiles(options.outDir, staging.dir, reusable)) : ['all'];
        if (missing.length > 0) {
          // A partly linked index is thrown away, never mixed with a new one.
          await rm(path.join(staging.dir, 'pagefind'), { recursive: true, force: true });
          await time('search', () => buildSearchIndex(staging.dir));
        }
        searchFiles = await listFilesUnder(staging.dir, 'pagefind');
      }
    }
    const outputs = new Set([...publicFiles, ...pages.map((p) => p.outputPath), ...originals.map(([, out]) => out), ARTICLES_JSON, ...data.map((f) => f.path), ...searchFiles]);

    stage = 'swap';
    await dropManifest(options.cacheDir, options.outDir).catch(() => {});
    if (patch) {
      const put = await listFilesUnder(staging.dir, '.');
      const remove = (previous?.outputs ?? []).filter((f) => !outputs.has(f));
      const backup = path.join(path.dirname(options.outDir), `.${path.basename(options.outDir)}.backup-${process.pid}`);
      await time('swap', async () => {
        try {
          await patchSite(options.outDir, staging.dir, backup, { put, remove });
        } finally {
          await rm(backup, { recursive: true, force: true });
        }
        await staging.discard();
      });
    } else await time('swap', () => staging.commit());
    const reused = pages.length - toRender.length + linkOriginals.length;
    return {
      rendered: toRender.length, reused,
      async remember(fingerprint, report) {
        const distId = await directoryId(options.outDir);
        if (distId === null) return;
        const state = hashKey === null ? {} : { hashKey, dependencies: dependencies(), ...(articleSources === undefined ? {} : { articles: articleSources }) };
        await writeManifest(options.cacheDir, { outDir: options.outDir, distId, ...state, files: fileHashes, outputs: [...outputs].sort(), search, fingerprint, report }).catch(() => {});
      },
    };
  } catch (error) {
    await staging.discard().catch(() => {});
    const message = `the ${stage} stage failed, previous site left untouched: ${(error as Error)?.message ?? String(error)}`;
    input.diagnostics.push({ code: stage === 'search' ? codes.SEARCH_INDEX_FAILED : codes.WRITE_FAILED, severity: 'error', file: options.outDir, message });
    return null;
  }
}

/**
 * Most files a rebuild may change in place; beyond this a new tree is built
 * and swapped in (linking unchanged files costs less than renaming most of them twice).
 */
function patchLimit(files: number): number {
  return Math.max(100, Math.floor(files * 0.05));
}

/**
 * The key of the search index: Pagefind indexes only article pages
 * (data-pagefind-body), or every page when there is none.
 */
function searchKeyOf(hashKey: string, pages: readonly PlannedPage[], hashes: ReadonlyMap<string, string>): string {
  const articles = pages.filter((p) => p.kind === 'article');
  const indexed = articles.length > 0 ? articles : pages;
  return hashParts([hashKey, ...indexed.map((p) => `${p.outputPath} ${hashes.get(p.outputPath)}`)]);
}

/** A data file: its path now, its contents when it is written. */
interface DataFile {
  readonly path: string;
  make(): RenderedFile;
}

/** The article data: written before the pages (see `writeSite`). */
const ARTICLES_JSON = 'api/articles.json';

/** Feeds and (with a base URL) the sitemap: one file each, always rendered after the pages. */
function dataFiles(ctx: RenderContext, options: BuildOptions, pagePaths: readonly string[]): DataFile[] {
  const { records } = ctx.archive;
  const file = (path: string, contents: () => RenderedFile['contents']): DataFile => ({ path, make: () => ({ path, contents: contents() }) });
  const baseUrl = options.site.baseUrl;
  let feeds: ReturnType<typeof renderFeeds> | null = null;
  return [
    file('feed.xml', () => (feeds ??= renderFeeds(records, options.site)).atom),
    file('feed.json', () => (feeds ??= renderFeeds(records, options.site)).json),
    ...(baseUrl ? [file('sitemap.xml', () => renderSitemap(pagePaths, baseUrl))] : []),
  ];
}
