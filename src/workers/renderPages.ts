import type { RenderedFile } from '../types.js';
import type { PlannedPage } from '../plan/pageData.js';
import type { RenderContext } from '../render/renderContext.js';
import { pageScope } from '../render/renderPage.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';
import { hashText } from '../cache/hashText.js';
import type { WorkerPool } from './workerPool.js';

/** Pages per worker message. */
const BATCH = 48;

/** How the render stage runs: where templates are, which pool, and how pages are keyed. */
export interface RenderSetup {
  readonly ctx: RenderContext;
  readonly templatesDir: string;
  readonly pool: WorkerPool | null;
  /** Code version + template set hash; null when no cache is kept (no page hashes needed). */
  readonly hashKey: string | null;
}

/**
 * The input hash of a page: its template, the JSON of everything the
 * template reads (layout and page views), the template set and the code.
 * Two pages with the same hash render to the same bytes.
 */
export function pageHash(hashKey: string, template: string, scopeJson: string): string {
  return hashText(hashKey, template, scopeJson);
}

/** Hash every page without rendering (to decide what a rebuild may reuse). */
export function hashPages(setup: RenderSetup & { readonly hashKey: string }, pages: Iterable<PlannedPage>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const page of pages) hashes.set(page.outputPath, pageHash(setup.hashKey, page.template, JSON.stringify(pageScope(setup.ctx, page))));
  return hashes;
}

/**
 * Render pages as a stream of files, recording each page's hash in
 * `hashes`. With a pool, the main thread builds view models (cheap) and the
 * workers run LiquidJS on their JSON (the expensive part); a bounded number
 * of batches is in flight, so rendered HTML never piles up in memory.
 */
export async function* renderPages(setup: RenderSetup, pages: readonly PlannedPage[], hashes: Map<string, string>): AsyncGenerator<RenderedFile> {
  if (setup.pool === null) {
    let templates: TemplateSet | null = null;
    for (const page of pages) {
      const scope = pageScope(setup.ctx, page);
      if (setup.hashKey !== null) hashes.set(page.outputPath, pageHash(setup.hashKey, page.template, JSON.stringify(scope)));
      templates ??= loadTemplates(setup.templatesDir);
      yield { path: page.outputPath, contents: templates.render(page.template, scope) };
    }
    return;
  }
  const pool = setup.pool;
  const inFlight: Promise<RenderedFile[]>[] = [];
  const send = (batch: readonly PlannedPage[]): void => {
    const jobs = batch.map((page) => {
      const scope = JSON.stringify(pageScope(setup.ctx, page));
      if (setup.hashKey !== null) hashes.set(page.outputPath, pageHash(setup.hashKey, page.template, scope));
      return { template: page.template, scope };
    });
    const done = pool.render(setup.templatesDir, jobs).then((html) => html.map((contents, i) => ({ path: batch[i]!.outputPath, contents })));
    // Awaited in order below; this only keeps a failure from being "unhandled" while an earlier batch is awaited.
    done.catch(() => {});
    inFlight.push(done);
  };
  for (let i = 0; i < pages.length; i += BATCH) {
    send(pages.slice(i, i + BATCH));
    if (inFlight.length >= pool.threads * 3) yield* await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield* await inFlight.shift()!;
}
