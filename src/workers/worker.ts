/**
 * The code a worker thread runs (compiled to `lib/workers/worker.js` and
 * loaded by piscina). Tasks are batches, so the per-message cost is paid
 * once per hundred seeds or pages, not per item.
 */
import type { SeedFile, Taxonomy } from '../types.js';
import type { PackedOutcome, PackRequest } from '../cache/packOutcomes.js';
import type { BodySource } from '../render/pageBody.js';

export type { PackedOutcome } from '../cache/packOutcomes.js';

/**
 * A page to render: where it goes, its template, its scope (see
 * `pageScope`) and its body (see `fillBody`: a stored body is read here,
 * not on the main thread), sent by structured clone: serialising it to
 * JSON on the main thread, which builds every view, made that thread the
 * bottleneck.
 */
export interface RenderJob {
  readonly path: string;
  readonly template: string;
  readonly scope: { layout: unknown; page: unknown };
  readonly body: BodySource | null;
  /** Whether the thread hashes the scope (false: the main thread made the page's hash from its dependencies). */
  readonly hashed: boolean;
}

export type WorkerTask =
  | {
    readonly op: 'extract'; readonly seeds: readonly SeedFile[]; readonly entities: boolean; readonly seedsDir: string | null; readonly taxonomy: Taxonomy | null;
    /** Give results back as cache entries (see `packOutcomes`). */
    readonly pack: PackRequest | null;
  }
  | { readonly op: 'render'; readonly templatesDir: string; readonly outDir: string; readonly hashKey: string | null; readonly jobs: readonly RenderJob[] };

/**
 * The piscina entry point. Each thread loads only the code of the tasks it
 * is given: extraction (unified, remark) and the entity recogniser, or
 * rendering (Handlebars, date-fns); a large build starts fresh threads for
 * rendering, a small one renders on its extraction threads (see `runBuild`).
 */
export default async function runTask(task: WorkerTask): Promise<PackedOutcome[] | (string | null)[]> {
  if (task.op === 'render') return (await import('./renderBatch.js')).renderBatch(task.templatesDir, task.outDir, task.hashKey, task.jobs);
  const [{ extractBatch }, { loadEntityPass }, { packOutcomes }] = await Promise.all([
    import('../extract/extractBatch.js'), import('../extract/entityPass.js'), import('../cache/packOutcomes.js'),
  ]);
  const outcomes = extractBatch(task.seeds, task.entities ? await loadEntityPass() : null, task.seedsDir, task.taxonomy);
  return task.pack === null ? outcomes : packOutcomes(outcomes, task.pack);
}
