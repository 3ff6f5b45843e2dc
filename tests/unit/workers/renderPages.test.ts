import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerPool } from '../../../src/workers/workerPool.js';
import type { PlannedPage } from '../../../src/plan/pageData.js';

const released = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../src/heapBudget.js', () => ({ releaseGarbage: () => { released.calls++; return false; } }));

const { renderPages } = await import('../../../src/workers/renderPages.js');
const { createRenderContext } = await import('../../../src/render/renderContext.js');
const { defaultSite } = await import('../../../src/config.js');
const { makeArchive, makeArticle } = await import('../../helpers/makeArchive.js');

/** A pool that renders nothing: it answers each job with a hash of its path, a batch at a time, in turn. */
function fakePool(threads: number): WorkerPool & { batches: string[][]; maxInFlight: number } {
  let inFlight = 0;
  const pool = {
    threads, batches: [] as string[][], maxInFlight: 0,
    extract: () => Promise.reject(new Error('not used')),
    render: async (task: { jobs: readonly { path: string }[] }) => {
      inFlight++;
      pool.maxInFlight = Math.max(pool.maxInFlight, inFlight);
      pool.batches.push(task.jobs.map((job) => job.path));
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return task.jobs.map((job) => `hash of ${job.path}`);
    },
    destroy: () => Promise.resolve(),
  };
  return pool;
}

describe('renderPages with a worker pool', () => {
  const records = Array.from({ length: 500 }, (_, i) => makeArticle(`a${String(i).padStart(3, '0')}`));
  const ctx = createRenderContext(makeArchive(records), defaultSite, { outcomes: [], diagnostics: [] }, new Map());
  const pages: PlannedPage[] = records.map((record, i) => ({
    kind: 'article', outputPath: `articles/${record.slug}/index.html`, template: 'article',
    view: { id: record.id, previousId: records[i + 1]?.id ?? null, nextId: records[i - 1]?.id ?? null },
  }));

  beforeEach(() => {
    released.calls = 0;
  });

  it('sends every page once, in order, keeping a bounded number of batches in flight, and records each page\'s hash', async () => {
    const pool = fakePool(2);
    const hashes = new Map<string, string>();
    await renderPages({ ctx, templatesDir: 'unused', pool, hashKey: 'key' }, pages, hashes, '/nowhere');
    expect(pool.batches.flat()).toEqual(pages.map((p) => p.outputPath));
    expect(pool.maxInFlight).toBeLessThanOrEqual(2 * 3);
    expect([...hashes.keys()]).toEqual(pages.map((p) => p.outputPath));
    expect(hashes.get(pages[7]!.outputPath)).toBe(`hash of ${pages[7]!.outputPath}`);
  });

  it('offers the main thread\'s garbage for collection each time it waits for a batch', async () => {
    const pool = fakePool(2);
    await renderPages({ ctx, templatesDir: 'unused', pool, hashKey: null }, pages, new Map(), '/nowhere');
    // 500 pages in 11 batches of 48: the window of six fills, then each later batch waits once.
    expect(pool.batches).toHaveLength(11);
    expect(released.calls).toBe(11 - 6 + 1);
  });
});
