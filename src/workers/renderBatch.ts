import type { RenderedFile } from '../types.js';
import type { RenderJob } from './worker.js';
import { fileWriter } from '../write/writeFiles.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';
import { pageHash } from '../cache/hashText.js';
import { fillBody } from '../render/pageBody.js';

const templateSets = new Map<string, TemplateSet>();
const writers = new Map<string, (file: RenderedFile) => void>();

/**
 * Render pages from their scopes and write them below `outDir`,
 * returning each page's input hash (null when no cache is kept, or when
 * the main thread made it from the page's dependencies). Hashing
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
    const hash = hashKey === null || !job.hashed ? null : pageHash(hashKey, job.template, JSON.stringify(job.scope));
    write({ path: job.path, contents: set.render(job.template, fillBody(job.scope, job.body)) });
    return hash;
  });
}
