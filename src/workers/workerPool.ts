import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina as PiscinaPool } from 'piscina';
import type { PackedOutcome, RenderJob, WorkerTask } from './worker.js';

/** Worker threads for the CPU-bound stages (extraction, template rendering). */
export interface WorkerPool {
  readonly threads: number;
  extract(task: Extract<WorkerTask, { op: 'extract' }>): Promise<PackedOutcome[]>;
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
 * Most seeds whose extraction threads are kept to render their pages. Above
 * it the threads are stopped once extraction is done, so their heaps (syntax
 * trees, the entity lexicon: hundreds of MB at 100,000 articles) are not
 * held through rendering; below it their start-up is what costs.
 */
export const POOL_REUSE_LIMIT = 3000;

/**
 * The young generation of each worker's heap. Extraction (remark's syntax
 * trees) and rendering make short-lived objects at a high rate; with V8's
 * default (16 MB semi-spaces on 64-bit) they are scavenged so often that
 * much of them is copied to the old generation and collected again there.
 * Measured on a 10k cold build (tmpfs, two runs each): extraction 17.3 s
 * with the default, 16.9 s at 48 MB, 14.5 s at 96 MB, 16.3 s at 192 MB.
 */
const YOUNG_GENERATION_MB = 96;

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
  // Required when first needed: a small rebuild never starts a pool and need not load piscina.
  const { Piscina } = createRequire(import.meta.url)('piscina') as { Piscina: typeof PiscinaPool };
  const pool = new Piscina<WorkerTask, PackedOutcome[] | (string | null)[]>({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 1000,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    threads,
    extract: async (task) => (await pool.run(task)) as PackedOutcome[],
    render: async (task) => (await pool.run({ op: 'render', ...task })) as (string | null)[],
    destroy: () => pool.destroy(),
  };
}
