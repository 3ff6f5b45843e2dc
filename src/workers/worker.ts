/**
 * The code a worker thread runs (compiled to `lib/workers/worker.js` and
 * loaded by piscina). Tasks are batches, so the per-message cost is paid
 * once per hundred seeds or pages, not per item.
 */
import type { RenderedFile, SeedFile, Taxonomy } from '../types.js';
import { fileWriter } from '../write/writeFiles.js';
import type { PackedOutcome, PackRequest } from '../cache/packOutcomes.js';

export type { PackedOutcome } from '../cache/packOutcomes.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';
import { pageHash } from '../cache/hashText.js';
import { fillBody, type BodySource } from '../render/pageBody.js';

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
}

export type WorkerTask =
  | {
    readonly op: 'extract'; readonly seeds: readonly SeedFile[]; readonly entities: boolean; readonly seedsDir: string | null; readonly taxonomy: Taxonomy | null;
    /** Give results back as cache entries (see `packOutcomes`). */
    readonly pack: PackRequest | null;
  }
  | { readonly op: 'render'; readonly templatesDir: string; readonly outDir: string; readonly hashKey: string | null; readonly jobs: readonly RenderJob[] };

const templateSets = new Map<string, TemplateSet>();
const writers = new Map<string, (file: RenderedFile) => void>();

/**
 * Render pages from their scopes and write them below `outDir`,
 * returning each page's input hash (null when no cache is kept). Hashing
 * and writing happen here, not on the main thread, which builds every
 * view; no page's HTML is sent back. Templates are compiled once per thread.
 */
export function renderBatch(templatesDir: string, outDir: string, hashKey: string | null, jobs: readonly RenderJob[]): (string | null)[] {
  let templates = templateSets.get(templatesDir);
  if (!templates) {
    templates = loadTemplates(templatesDir);
    templateSets.set(templatesDir, templates);
  }
  const set = templates;
  let write = writers.get(outDir);
  if (!write) {
    write = fileWriter(outDir);
    writers.set(outDir, write);
  }
  return jobs.map((job) => {
    // The same JSON the main thread would hash (a clone keeps property order and values), before the body goes in.
    const hash = hashKey === null ? null : pageHash(hashKey, job.template, JSON.stringify(job.scope));
    write({ path: job.path, contents: set.render(job.template, fillBody(job.scope, job.body)) });
    return hash;
  });
}

/**
 * The piscina entry point. Extraction (unified, remark) and the entity
 * recogniser are loaded only by a thread that is asked for them: the
 * build starts fresh threads for rendering (see `runBuild`).
 */
export default async function runTask(task: WorkerTask): Promise<PackedOutcome[] | (string | null)[]> {
  if (task.op === 'render') return renderBatch(task.templatesDir, task.outDir, task.hashKey, task.jobs);
  const [{ extractBatch }, { loadEntityPass }, { packOutcomes }] = await Promise.all([
    import('../extract/extractBatch.js'), import('../extract/entityPass.js'), import('../cache/packOutcomes.js'),
  ]);
  const outcomes = extractBatch(task.seeds, task.entities ? await loadEntityPass() : null, task.seedsDir, task.taxonomy);
  return task.pack === null ? outcomes : packOutcomes(outcomes, task.pack);
}
