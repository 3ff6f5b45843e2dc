import type { Body } from '../types.js';
import type { PlannedPage } from '../plan/pageData.js';
import type { RenderContext } from './renderContext.js';
import { readBodyAt, type BodyPlace } from '../cache/bodyStore.js';
import { renderTextBody } from './textBody.js';
import { trustHtml, type SafeHtml } from './safeHtml.js';

/**
 * A page's body travels beside its scope, not in it: the scope holds the
 * body's digest (all a page hash needs), and the HTML is put in just
 * before the template runs, by whoever renders the page. A render worker
 * reads a stored body itself (`BodyPlace`), so bodies never cross threads
 * and the main thread, which builds every view, never reads them.
 */
export type BodySource = Exclude<Body, { kind: 'stored' }> | BodyPlace;

/**
 * The body an article page shows (null for every other page): a stored
 * one by where it is, any other as it is.
 */
export function pageBody(ctx: RenderContext, page: PlannedPage): BodySource | null {
  const body = page.kind === 'article' ? ctx.byId.get(page.view.id)?.body : undefined;
  if (body === undefined) return null;
  return body.kind === 'stored' ? ctx.bodies.locate(body) : body;
}

/** Put the body's HTML into a page scope made by `pageScope` (returns the same scope). */
export function fillBody<T extends { page: unknown }>(scope: T, source: BodySource | null): T {
  if (source !== null) (scope.page as { bodyHtml: SafeHtml }).bodyHtml = bodyHtml('fd' in source ? readBodyAt(source) : source);
  return scope;
}

/** A body as HTML: text blocks escaped, Markdown's sanitised HTML as it is. */
function bodyHtml(body: Body): SafeHtml {
  if (body.kind === 'text') return renderTextBody(body.blocks);
  if (body.kind === 'markdown') return trustHtml(body.html);
  throw new Error('a stored body was not read back');
}
