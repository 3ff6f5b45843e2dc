import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A compiled template set: render a named template with a view. */
export interface TemplateSet {
  render(name: string, scope: Record<string, unknown>): string;
}

/** Template files end in this; the name of a template is its file name without it. */
export const TEMPLATE_EXTENSION = '.hbs';

/**
 * Compile options shared by every template. `strict` turns a misspelt
 * field into an error instead of a silently empty page, and
 * `knownHelpersOnly` refuses helpers we never registered (a template cannot
 * call code). Escaping is Handlebars' default: every `{{ }}` is escaped and
 * only `{{{ }}}` inserts HTML as-is, which templates use for `SafeHtml`
 * fields alone (a test holds them to that).
 */
const compileOptions: CompileOptions = { strict: true, knownHelpersOnly: true, preventIndent: true };

/** `name.hbs` files of a directory, sorted; none when it does not exist. */
function templateFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(TEMPLATE_EXTENSION)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Compile one file now, so a syntax error names the file when the
 * templates are loaded rather than surfacing on some page later.
 */
function compileFile(hb: typeof Handlebars, file: string): HandlebarsTemplateDelegate {
  const source = readFileSync(file, 'utf8');
  try {
    // compile() is lazy: parse first so a syntax error is reported here.
    hb.parse(source);
    return hb.compile(source, compileOptions);
  } catch (error) {
    throw new Error(`template ${file}: ${(error as Error).message}`);
  }
}

/**
 * Load `templates/`: pages at the top (`article.hbs` is the template
 * `article`), layouts in `layouts/` and partials in `partials/`, both used
 * by file name (`{{#> base}}`, `{{> pager}}`). Everything is compiled once
 * per set (Handlebars compiles templates to JavaScript functions: about
 * 0.1 ms per article page, where LiquidJS took 2 ms). Partials are
 * registered compiled: registered as source, Handlebars compiles them again
 * on every page that also defines inline blocks.
 */
export function loadTemplates(templatesDir: string): TemplateSet {
  const hb = Handlebars.create();
  for (const folder of ['layouts', 'partials']) {
    const dir = path.join(templatesDir, folder);
    for (const file of templateFiles(dir)) hb.registerPartial(path.basename(file, TEMPLATE_EXTENSION), compileFile(hb, path.join(dir, file)));
  }
  const pages = new Map<string, HandlebarsTemplateDelegate>();
  return {
    render: (name, scope) => {
      let template = pages.get(name);
      if (template === undefined) {
        template = compileFile(hb, path.join(templatesDir, name + TEMPLATE_EXTENSION));
        pages.set(name, template);
      }
      try {
        return template(scope);
      } catch (error) {
        throw new Error(`template ${name}${TEMPLATE_EXTENSION}: ${(error as Error).message}`);
      }
    },
  };
}
