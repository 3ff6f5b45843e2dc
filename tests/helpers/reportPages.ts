import path from 'node:path';
import type { EnrichedArticle } from '../../src/types.js';
import type { PlannedPage } from '../../src/plan/pageData.js';
import { defaultSite } from '../../src/config.js';
import { planPages } from '../../src/plan/planPages.js';
import { createRenderContext } from '../../src/render/renderContext.js';
import { pageScope } from '../../src/render/renderPage.js';
import { loadTemplates } from '../../src/render/templates.js';
import { makeArchive } from './makeArchive.js';
import { projectRoot } from './buildInline.js';

/**
 * The extraction report pages of an archive of `records`, each built from
 * a seed of its own, rendered through the project's templates (without
 * building the seeds: the report's pages are what is under test).
 */
export function renderReportPages(records: EnrichedArticle[]): { page: Extract<PlannedPage, { kind: 'report' }>; html: string }[] {
  const outcomes = records.map((r) => ({ path: r.seed, status: 'built' as const, records: 1, reason: null }));
  const ctx = createRenderContext(makeArchive(records), defaultSite, { outcomes, diagnostics: [] }, new Map());
  const templates = loadTemplates(path.join(projectRoot, 'templates'));
  return planPages(ctx.archive, ctx.site, outcomes.length)
    .filter((p): p is Extract<PlannedPage, { kind: 'report' }> => p.kind === 'report')
    .map((page) => ({ page, html: templates.render(page.template, pageScope(ctx, page)) }));
}
