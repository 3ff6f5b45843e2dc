import type { RenderedFile } from '../types.js';
import type { PlannedPage } from '../plan/pageData.js';
import type { RenderContext } from '../render/renderContext.js';
import { pageScope } from '../render/renderPage.js';
import { fillBody, pageBody } from '../render/pageBody.js';
import type { TemplateSet } from '../render/templates.js';
import { pageHash } from '../cache/hashText.js';
import type { WorkerPool } from './workerPool.js';
import { writeFiles } from '../write/writeFiles.js';
import { releaseGarbage } from '../heapBudget.js';

/** Pages per worker message. */
const BATCH = 48;

/** How the render stage runs: where templates are, which pool, and how pages are keyed. */
export interface RenderSetup {
  readonly ctx: RenderContext;
  readonly templatesDir: string;
  readonly pool: WorkerPool | null;
  /** Code version + template set hash; null when no cache is kept (no page hashes needed). */
  readonly hashKey: string | null;
  /**
   * A page's input hash when it can be made without its view (see
   * `pageIdentity`), else null: the page's view is hashed. None: every view is.
   */
  readonly identityOf?: (page: PlannedPage) => string | null;
}

/** A page's input hash: its identity when it has one (see `RenderSetup`), else the hash of its view (made only then). */
function inputHash(setup: RenderSetup, hashKey: string, page: PlannedPage, scope: () => unknown): string {
  return setup.identityOf?.(page) ?? pageHash(hashKey, page.template, JSON.stringify(scope()));
}

/** Hash every page without rendering (to decide what a rebuild may reuse). */
export function hashPages(setup: RenderSetup & { readonly hashKey: string }, pages: Iterable<PlannedPage>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const page of pages) hashes.set(page.outputPath, inputHash(setup, setup.hashKey, page, () => pageScope(setup.ctx, page)));
  return hashes;
}

/**
 * Render pages and write them below `outDir`, recording each page's hash in
 * `hashes`. With a pool, the main thread builds view models and the workers
 * render, hash and write them, so rendered HTML never crosses threads; a
 * bounded number of batches is in flight, so views never pile up in memory.
 * Without one, pages stream through `writeFiles`.
 */
export async function renderPages(setup: RenderSetup, pages: readonly PlannedPage[], hashes: Map<string, string>, outDir: string): Promise<void> {
  if (setup.pool === null) {
    // Handlebars is loaded only where pages are rendered: the workers, or here when there are none.
    const { loadTemplates } = await import('../render/templates.js');
    await writeFiles(outDir, renderInProcess(setup, pages, hashes, loadTemplates));
    return;
  }
  const pool = setup.pool;
  const inFlight: Promise<void>[] = [];
  /** Whether a page's view must be hashed where it is rendered (it has no identity; see `RenderSetup`). */
  const viewHashed = (page: PlannedPage): boolean => {
    const identity = setup.hashKey === null ? null : setup.identityOf?.(page) ?? null;
    if (identity !== null) hashes.set(page.outputPath, identity);
    return identity === null;
  };
  const send = (batch: readonly PlannedPage[]): void => {
    const jobs = batch.map((page) => ({ path: page.outputPath, template: page.template, scope: pageScope(setup.ctx, page), body: pageBody(setup.ctx, page), hashed: viewHashed(page) }));
    const done = pool.render({ templatesDir: setup.templatesDir, outDir, hashKey: setup.hashKey, jobs }).then((pageHashes) => {
      pageHashes.forEach((hash, i) => {
        if (hash !== null) hashes.set(batch[i]!.outputPath, hash);
      });
    });
    // Awaited in order below; this only keeps a failure from being "unhandled" while an earlier batch is awaited.
    done.catch(() => {});
    inFlight.push(done);
  };
  for (let i = 0; i < pages.length; i += BATCH) {
    send(pages.slice(i, i + BATCH));
    if (inFlight.length >= pool.threads * 3) {
      await inFlight.shift()!;
      // Views wait for a worker long enough to be promoted: without this the
      // old generation fills with dead views until V8 collects it (main heap
      // 430 -> 800 MB over a 100,000-article render).
      releaseGarbage();
    }
  }
  while (inFlight.length > 0) await inFlight.shift()!;
}

function* renderInProcess(
  setup: RenderSetup, pages: readonly PlannedPage[], hashes: Map<string, string>, loadTemplates: (dir: string) => TemplateSet,
): Generator<RenderedFile> {
  let templates: TemplateSet | null = null;
  for (const page of pages) {
    const scope = pageScope(setup.ctx, page);
    if (setup.hashKey !== null) hashes.set(page.outputPath, inputHash(setup, setup.hashKey, page, () => scope));
    templates ??= loadTemplates(setup.templatesDir);
    yield { path: page.outputPath, contents: templates.render(page.template, fillBody(scope, pageBody(setup.ctx, page))) };
  }
}
