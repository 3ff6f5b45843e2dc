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
  return {
    render: (name, scope) => liquid.renderFileSync(name, scope),
  };
}
