import { Liquid } from 'liquidjs';
import path from 'node:path';

/** A compiled template set: render a named template with a view. */
export interface TemplateSet {
  render(name: string, scope: Record<string, unknown>): string;
}

/**
 * Load `templates/` with LiquidJS, escaping every output by default
 * (`outputEscape: 'escape'`): a value reaches the page unescaped only through
 * the `raw` filter, which templates use for `SafeHtml` fields alone.
 * Strict variables and filters turn a typo in a template into an error
 * instead of a silently empty page.
 */
export function loadTemplates(templatesDir: string): TemplateSet {
  const liquid = new Liquid({
    root: [templatesDir],
    partials: [path.join(templatesDir, 'partials')],
    layouts: [path.join(templatesDir, 'layouts')],
    extname: '.liquid',
    outputEscape: 'escape',
    strictFilters: true,
    strictVariables: true,
    ownPropertyOnly: true,
    cache: true,
    greedy: false,
  });
  // Parse each page template once: `renderFileSync` resolves and looks the
  // file up again on every call, which doubled the cost of a page.
  const parsed = new Map<string, ReturnType<Liquid['parseFileSync']>>();
  return {
    render: (name, scope) => {
      let template = parsed.get(name);
      if (template === undefined) {
        template = liquid.parseFileSync(name);
        parsed.set(name, template);
      }
      return liquid.renderSync(template, scope) as string;
    },
  };
}
