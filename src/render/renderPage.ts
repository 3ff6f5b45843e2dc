import type { PlannedPage } from '../plan/pageData.js';
import type { RenderContext } from './renderContext.js';
import type { TemplateSet } from './templates.js';
import { layoutView } from './views/layoutView.js';
import { articleView } from './views/articleView.js';
import { listPageView } from './views/listView.js';
import { archiveIndexView, entitiesIndexView, sourcesIndexView, topicsIndexView } from './views/indexViews.js';
import { reportView } from './views/reportView.js';
import { storyView } from './views/storyView.js';

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
      const years = archiveIndexView(ctx, at).years.map(({ months: _months, ...year }) => year);
      return { title: view.heading, view: { ...view, topics: topicsIndexView(ctx, at).topics, sources: sourcesIndexView(ctx, at).sources, years } };
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
    case 'report': return { title: 'Extraction report', view: reportView(ctx, at) };
    case 'search': return { title: 'Search', view: { pagefindCss: `pagefind/pagefind-ui.css`, pagefindJs: `pagefind/pagefind-ui.js`, script: 'assets/search.js' } };
    case 'notFound': return { title: 'Page not found', view: {} };
  }
}

/** Render one planned page to HTML. Pure apart from reading the (cached) templates. */
export function renderPage(ctx: RenderContext, templates: TemplateSet, page: PlannedPage): string {
  const { title, description, view } = pageView(ctx, page);
  return templates.render(page.template, { layout: layoutView(ctx, page.outputPath, title, description), page: view });
}
