#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveOptions } from './config.js';
import { runBuild } from './build.js';
import { countBySeverity, formatDiagnostics } from './diagnostics/report.js';

const usage = `Usage: news-archive build [options]

Builds seeds/ into a static site in dist/.

Options:
  --seeds DIR        seeds directory (default: seeds)
  --out DIR          output directory (default: dist)
  --templates DIR    templates directory (default: templates)
  --public DIR       static files copied as-is (default: public)
  --taxonomy FILE    topic taxonomy (default: taxonomy.yml)
  --base-url URL     absolute URL the site is served from (feeds, sitemap, canonical links)
  --title TEXT       site title
  --strict           fail the build on any error instead of skipping the bad seed
  --no-search        do not build the Pagefind search index
  --no-entities      skip people/places/organisations recognition (the slowest stage)
  --cache-dir DIR     cache of extracted seeds and page hashes (default: .cache)
  --no-cache         build everything from scratch and keep no cache
  --workers N        worker threads (default: one per core; 0 = in-process)
  --timings FILE     write per-stage timings as JSON
  --quiet            print only errors and the summary
  -h, --help         show this help`;

/** Parse argv, run the build, print the report; the only place that sets the exit code. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        seeds: { type: 'string' }, out: { type: 'string' }, templates: { type: 'string' }, public: { type: 'string' },
        taxonomy: { type: 'string' }, 'base-url': { type: 'string' }, title: { type: 'string' },
        strict: { type: 'boolean' }, 'no-search': { type: 'boolean' }, 'no-entities': { type: 'boolean' }, timings: { type: 'string' },
        quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        'cache-dir': { type: 'string' }, 'no-cache': { type: 'boolean' }, workers: { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? 'build';
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (command !== 'build' || positionals.length > 1) {
    process.stderr.write(`Unknown command: ${positionals.join(' ')}\n\n${usage}\n`);
    return 2;
  }
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^\s]+\/$/.test(baseUrl)) {
    process.stderr.write(`--base-url must be an absolute http(s) URL ending in "/", got ${JSON.stringify(baseUrl)}\n`);
    return 2;
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    process.stderr.write(`--workers must be a whole number, got ${JSON.stringify(values.workers)}\n`);
    return 2;
  }
  const cwd = process.cwd();
  const options = resolveOptions(cwd, {
    seedsDir: values.seeds, outDir: values.out,
    templatesDir: values.templates ?? bundled(cwd, 'templates'), publicDir: values.public ?? bundled(cwd, 'public'),
    taxonomyFile: values.taxonomy ?? bundled(cwd, 'taxonomy.yml'),
    cacheDir: values['no-cache'] ? null : values['cache-dir'],
    strict: values.strict ?? false, search: !values['no-search'], entities: !values['no-entities'],
    site: { ...(baseUrl ? { baseUrl } : {}), ...(values.title ? { title: values.title } : {}) },
  });
  const report = await runBuild(options, { removal: 'background', ...(workers === undefined ? {} : { workers }) });
  const shown = values.quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics;
  if (shown.length) process.stderr.write(`${formatDiagnostics(shown)}\n`);
  const counts = countBySeverity(report.diagnostics);
  const seeds = report.outcomes;
  const tally = (s: string): number => seeds.filter((o) => o.status === s).length;
  const summary = `${seeds.length} files in seeds: ${tally('built')} built, ${tally('skipped')} skipped, ${tally('failed')} failed; ` +
    `${report.records} articles, ${report.pages} pages, ${report.files} files; ${counts.error} errors, ${counts.warning} warnings`;
  process.stdout.write(`${report.ok ? 'Built' : 'Build failed'}: ${summary}${report.ok ? ` -> ${options.outDir}` : ' (previous output left untouched)'}\n`);
  if (values.timings) {
    const { timings: stages, pages, records, files, rendered, reused, workers, cache } = report;
    await writeFile(values.timings, JSON.stringify({ stages, pages, records, files, rendered, reused, workers, cache }, null, 2));
  }
  return report.ok ? 0 : 1;
}

/**
 * A project file or directory in the working directory, or else the one
 * shipped with the generator: `--seeds` and `--out` may point anywhere and
 * the build still finds its templates.
 */
function bundled(cwd: string, name: string): string {
  const local = path.join(cwd, name);
  const root = generatorRoot();
  const shipped = root === null ? null : path.join(root, name);
  return existsSync(local) || shipped === null || !existsSync(shipped) ? local : shipped;
}

/**
 * The generator's own directory, the nearest above this module with a
 * package.json: this code runs from `src/`, `lib/` or the bundle in
 * `lib/bundle/`, at different depths.
 */
function generatorRoot(): string | null {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

// Dates are formatted from their stated components; a fixed zone keeps any
// remaining Date arithmetic identical on every machine.
process.env.TZ = 'UTC';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`news-archive: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
