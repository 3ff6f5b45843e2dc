/**
 * The code a worker thread runs (compiled to `lib/workers/worker.js` and
 * loaded by piscina). Tasks are batches, so the per-message cost is paid
 * once per hundred seeds or pages, not per item.
 */
import type { SeedFile } from '../types.js';
import { extractBatch } from '../extract/extractBatch.js';
import { loadEntityPass } from '../extract/entityPass.js';
import type { ExtractOutcome } from '../extract/assembleArchive.js';

export type { ExtractOutcome } from '../extract/assembleArchive.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';

/** A page to render: its template and the JSON of its scope (see `pageScope`). */
export interface RenderJob {
  readonly template: string;
  readonly scope: string;
}

export type WorkerTask =
  | { readonly op: 'extract'; readonly seeds: readonly SeedFile[]; readonly entities: boolean }
  | { readonly op: 'render'; readonly templatesDir: string; readonly jobs: readonly RenderJob[] };

const templateSets = new Map<string, TemplateSet>();

/** Render pages from their JSON scopes; templates are compiled once per thread. */
export function renderBatch(templatesDir: string, jobs: readonly RenderJob[]): string[] {
  let templates = templateSets.get(templatesDir);
  if (!templates) {
    templates = loadTemplates(templatesDir);
    templateSets.set(templatesDir, templates);
  }
  const set = templates;
  return jobs.map((job) => set.render(job.template, JSON.parse(job.scope) as Record<string, unknown>));
}

/** The piscina entry point. The entity recogniser is loaded only by a thread that is asked for entities. */
export default async function runTask(task: WorkerTask): Promise<ExtractOutcome[] | string[]> {
  if (task.op === 'render') return renderBatch(task.templatesDir, task.jobs);
  return extractBatch(task.seeds, task.entities ? await loadEntityPass() : null);
}
