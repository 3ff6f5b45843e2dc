import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { ExtractOutcome, RenderJob, WorkerTask } from './worker.js';

/** Worker threads for the CPU-bound stages (extraction, template rendering). */
export interface WorkerPool {
  readonly threads: number;
  extract(task: Extract<WorkerTask, { op: 'extract' }>): Promise<ExtractOutcome[]>;
  /** Render and write pages below outDir; resolves to their input hashes. */
  render(task: Omit<Extract<WorkerTask, { op: 'render' }>, 'op'>): Promise<(string | null)[]>;
  destroy(): Promise<void>;
}

/**
 * Below this many seeds a build stays in one thread: starting workers and
 * loading unified and the templates in each costs more (~150 ms) than it saves.
 */
export const PARALLEL_THRESHOLD = 300;

/**
 * Where the compiled worker lives, or null when running from TypeScript
 * sources (vitest, tsx): worker threads cannot load `.ts` files, so the
 * build then runs every stage in-process, with identical output.
 */
export function compiledWorkerPath(): string | null {
  const url = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js')) return null;
  const file = fileURLToPath(url);
  return existsSync(file) ? file : null;
}

/**
 * Start a pool of `threads` workers (default: one per core), or return null
 * when workers are not possible or not worth it.
 * @param threads 0 or 1 forces in-process work
 */
export function createWorkerPool(threads = availableParallelism()): WorkerPool | null {
  const filename = compiledWorkerPath();
  if (filename === null || threads < 2) return null;
  const pool = new Piscina<WorkerTask, ExtractOutcome[] | (string | null)[]>({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  return {
    threads,
    extract: async (task) => (await pool.run(task)) as ExtractOutcome[],
    render: async (task) => (await pool.run({ op: 'render', ...task })) as (string | null)[],
    destroy: () => pool.destroy(),
  };
}
