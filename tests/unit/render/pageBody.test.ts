import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Body } from '../../../src/types.js';
import { defaultSite } from '../../../src/config.js';
import { openBodyStore, type BodyStore } from '../../../src/cache/bodyStore.js';
import { createRenderContext } from '../../../src/render/renderContext.js';
import { planPages } from '../../../src/plan/planPages.js';
import { pageScope } from '../../../src/render/renderPage.js';
import { fillBody, pageBody } from '../../../src/render/pageBody.js';
import { renderBatch } from '../../../src/workers/renderBatch.js';
import { makeArchive, makeArticle } from '../../helpers/makeArchive.js';

const projectTemplates = path.resolve(import.meta.dirname, '../../../templates');
const bodies: Body[] = [
  { kind: 'markdown', html: '<p>Caf\u00e9 <em>au lait</em> \u2014 \ud83d\ude00</p>' },
  { kind: 'text', blocks: [{ type: 'paragraph', text: '<script>alert(1)</script> & more' }] },
];
const context = (store: BodyStore | null) => {
  const records = bodies.map((body, i) => makeArticle(`a${i}`, { body: store === null ? body : store.put(body) }));
  return createRenderContext(makeArchive(records), defaultSite, { outcomes: [], diagnostics: [] }, new Map(), store ?? undefined);
};

let stores: BodyStore[] = [];
let dirs: string[] = [];
afterEach(async () => {
  for (const store of stores) store.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  stores = [];
  dirs = [];
});

/** A scratch directory with a body store in it, both removed after the test. */
async function scratch(): Promise<{ dir: string; store: BodyStore }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'page-body-'));
  dirs.push(dir);
  const store = openBodyStore(dir);
  stores.push(store);
  return { dir, store };
}

describe('page bodies', () => {
  it('leave the scope (and so the page hash) the same wherever the body is kept', async () => {
    const { dir, store } = await scratch();
    const inline = context(null);
    const stored = context(store);
    const pages = planPages(inline.archive, defaultSite).filter((p) => p.kind === 'article');
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const scope = pageScope(stored, page);
      expect(JSON.stringify(scope)).toBe(JSON.stringify(pageScope(inline, page)));
      // The body is not in the scope until it is filled, from its place in the store.
      expect(JSON.stringify(scope)).not.toContain('au lait');
      const filled = fillBody(scope, pageBody(stored, page)!);
      expect(filled).toEqual(fillBody(pageScope(inline, page), pageBody(inline, page)!));
    }
    const [markdown, text] = pages.map((page) => (fillBody(pageScope(stored, page), pageBody(stored, page)!).page as { bodyHtml: string }).bodyHtml);
    expect(markdown).toBe('<p>Caf\u00e9 <em>au lait</em> \u2014 \ud83d\ude00</p>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });

  it('are read by the worker that renders the page, hashed by digest before they go in', async () => {
    const { dir, store } = await scratch();
    const ctx = context(store);
    const pages = planPages(ctx.archive, defaultSite).filter((p) => p.kind === 'article');
    const jobs = pages.map((page) => ({ path: page.outputPath, template: page.template, scope: pageScope(ctx, page), body: pageBody(ctx, page)!, hashed: true }));
    expect(jobs.every((job) => 'fd' in job.body)).toBe(true);
    const out = path.join(dir, 'out');
    const hashes = renderBatch(projectTemplates, out, 'key', jobs);
    const inline = context(null);
    const again = renderBatch(projectTemplates, path.join(dir, 'again'), 'key', pages.map((page) => ({ path: page.outputPath, template: page.template, scope: pageScope(inline, page), body: pageBody(inline, page)!, hashed: true })));
    expect(hashes).toEqual(again);
    expect(new Set(hashes).size).toBe(2);
    // Pages the main thread hashed from their dependencies are rendered the same, and not hashed again.
    expect(renderBatch(projectTemplates, path.join(dir, 'unhashed'), 'key', jobs.map((job) => ({ ...job, hashed: false })))).toEqual([null, null]);
    expect(await readFile(path.join(dir, 'unhashed', pages[1]!.outputPath), 'utf8')).toBe(await readFile(path.join(out, pages[1]!.outputPath), 'utf8'));
    const html = await readFile(path.join(out, pages[0]!.outputPath), 'utf8');
    expect(html).toContain('<p>Caf\u00e9 <em>au lait</em> \u2014 \ud83d\ude00</p>');
    expect(await readFile(path.join(dir, 'again', pages[1]!.outputPath), 'utf8')).toBe(await readFile(path.join(out, pages[1]!.outputPath), 'utf8'));
  });
});
