import type { PlannedPage } from '../plan/pageData.js';
import type { RenderContext } from './renderContext.js';
import { layoutView } from './views/layoutView.js';
import { articleView } from './views/articleView.js';
import { listPageView } from './views/listView.js';
import { archiveIndexView, entitiesIndexView, sourcesIndexView, topicsIndexView } from './views/indexViews.js';
import { reportView } from './views/reportView.js';
import { storyView } from './views/storyView.js';
import { rootPrefix } from '../plan/relativeHref.js';

type HomeExtras = { topics: unknown; sources: unknown; years: unknown };

/**
 * The home page's side lists scan the whole archive; with hundreds of home
 * pages that scan dominated rendering, so it runs once per context and link
 * depth (the lists differ between pages only by their relative prefix).
 */
const homeExtrasCache = new WeakMap<RenderContext, Map<string, HomeExtras>>();

function homeExtras(ctx: RenderContext, at: string): HomeExtras {
  const byDepth = homeExtrasCache.get(ctx) ?? new Map<string, HomeExtras>();
  homeExtrasCache.set(ctx, byDepth);
  const depth = rootPrefix(at);
  const cached = byDepth.get(depth);
  if (cached) return cached;
  const years = archiveIndexView(ctx, at).years.map(({ months: _months, ...year }) => year);
  const extras = { topics: topicsIndexView(ctx, at).topics, sources: sourcesIndexView(ctx, at).sources, years };
  byDepth.set(depth, extras);
  return extras;
}

/** Build the view of a planned page and its layout title. */
function pageView(ctx: RenderContext, page: PlannedPage): { title: string; description?: string; view: unknown } {
  const at = page.outputPath;
  switch (page.kind) {
    case 'article': {
      const view = articleView(ctx, at, page.view);
      return { title: view.headline, description: ctx.byId.get(page.view.id)?.summary, view };
    }
    case 'home': {
      const view = listPageView(ctx, at, page);
      return { title: view.heading, view: { ...view, ...homeExtras(ctx, at) } };
    }
    case 'topic': case 'year': case 'month': case 'undated': case 'source': case 'entity': {
      const view = listPageView(ctx, at, page);
      return { title: view.heading, view };
    }
    case 'topics': return { title: 'Topics', view: topicsIndexView(ctx, at) };
    case 'archive': return { title: 'Archive', view: archiveIndexView(ctx, at) };
    case 'sources': return { title: 'Sources', view: sourcesIndexView(ctx, at) };
    case 'entities': return { title: 'People, places and organisations', view: entitiesIndexView(ctx, at) };
    case 'story': {
      const view = storyView(ctx, at, page.view.slug);
      return { title: `Story: ${view.label}`, view };
    }
    case 'report': {
      const view = reportView(ctx, at, page.view);
      return { title: view.pager === null ? 'Extraction report' : `Extraction report, page ${view.page} of ${view.pages}`, view };
    }
    case 'search': return { title: 'Search', view: { pagefindCss: `pagefind/pagefind-ui.css`, pagefindJs: `pagefind/pagefind-ui.js`, script: 'assets/search.js' } };
    case 'notFound': return { title: 'Page not found', view: {} };
  }
}

/**
 * Everything the template of a page reads: the layout view and the page
 * view, but for an article's body, which stands in it by its digest and
 * is put in just before rendering (see `fillBody`). The output of a page
 * is a pure function of this scope (with its body) and the template set,
 * which is what makes its JSON a sound cache key and lets a worker render
 * it without the archive.
 */
export function pageScope(ctx: RenderContext, page: PlannedPage): { layout: unknown; page: unknown } {
  const { title, description, view } = pageView(ctx, page);
  return { layout: layoutView(ctx, page.outputPath, title, description), page: view };
}

