// Our generator in the bench: find the compiled CLI, lay out a working copy of
// seeds + templates, and run the four scenarios (cold, no change, one seed
// edited, one template edited) with per-stage timings from `--timings`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { appendUnlinked, copyTree, linkTree, removeTree, treeStats } from './harness/fsTree.mjs';
import { measure, tailOf } from './harness/measure.mjs';

/**
 * The measured builds, in the order they run. The first four build the same
 * kind of site as the peers (no entity recognition, no search index); the
 * last, `cold-full`, is a cold build of everything (entities, search), from
 * an empty output and cache, reported separately per stage.
 */
export const SCENARIOS = ['cold', 'no-change', 'seed-edit', 'template-edit', 'cold-full'];

/** The generator's racily-clean window (`RACY_MS` in src/load/fileStamp.ts). */
const RACY_MS = 2_000;

// Flags the bench passes when the CLI's --help lists them. A CLI that rejects
// unknown flags (parseArgs strict) would otherwise fail every build for a
// flag it does not have yet, e.g. --cache-dir before the cache exists.
const OPTIONAL_FLAGS = ['--timings', '--cache-dir', '--templates', '--no-search', '--no-entities'];

/**
 * `{ cli, unsupported }` if our CLI exists, else `{ skip }`. `--cli` / NEWS_CLI
 * override `lib/bundle/cli.js`; `unsupported` lists OPTIONAL_FLAGS its --help omits.
 */
export function locateOurs(projectRoot, cliOverride) {
  const cli = path.resolve(projectRoot, cliOverride || process.env.NEWS_CLI || 'lib/bundle/cli.js');
  if (!fs.existsSync(cli)) return { skip: `not built: ${path.relative(projectRoot, cli)} missing (run \`npm run compile\`)` };
  const help = spawnSync(process.execPath, [cli, '--help'], { cwd: projectRoot, encoding: 'utf8', timeout: 30_000 });
  const text = `${help.stdout ?? ''}${help.stderr ?? ''}`;
  // A help text that names no flag at all tells nothing: assume the contract.
  const unsupported = text.includes('--out') ? OPTIONAL_FLAGS.filter((f) => !text.includes(f)) : [];
  return { cli, unsupported };
}

// The edited template: an article layout is the common edit; fall back to a
// base layout, then to the first HTML-ish template. Returned relative to dir.
function pickTemplate(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full); else files.push(path.relative(dir, full));
    }
  };
  walk(dir);
  // An HTML comment appended to a JSON/XML/CSS/JS template could break it.
  const html = files.filter((f) => !/\.(json|xml|txt|js|mjs|css)(\.|$)/i.test(f)).sort();
  return html.find((f) => /article/i.test(f)) ?? html.find((f) => /base|layout/i.test(f)) ?? html[0] ?? null;
}

/**
 * Untimed set-up of one working copy: seeds hard-linked to the corpus (so an
 * edit never reaches the cached corpus), `templatesDir` (the project's
 * templates/) copied so it can be edited, out and cache empty.
 */
export function prepareOurs({ templatesDir, corpusDir, runDir }) {
  const seeds = path.join(runDir, 'seeds');
  linkTree(corpusDir, seeds);
  let templates = null;
  if (templatesDir && fs.existsSync(templatesDir)) { templates = path.join(runDir, 'templates'); copyTree(templatesDir, templates); }
  removeTree(path.join(runDir, 'out'));
  removeTree(path.join(runDir, 'cache'));
  return { seeds, templates, out: path.join(runDir, 'out'), cache: path.join(runDir, 'cache') };
}

// The full build starts cold: its own empty output and cache directories.
function fullLayout(layout, runDir) {
  const out = path.join(runDir, 'out-full');
  const cache = path.join(runDir, 'cache-full');
  removeTree(out);
  removeTree(cache);
  return { ...layout, out, cache };
}

function readTimings(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
}

async function runOnce({ located, layout, runDir, scenario, rep, timeoutMs, search, projectRoot }) {
  const timingsFile = path.join(runDir, `timings-${scenario}-${rep}.json`);
  fs.rmSync(timingsFile, { force: true });
  const has = (flag) => !(located.unsupported ?? []).includes(flag);
  const args = [located.cli, 'build', '--seeds', layout.seeds, '--out', layout.out];
  if (has('--timings')) args.push('--timings', timingsFile);
  if (has('--cache-dir')) args.push('--cache-dir', layout.cache);
  if (layout.templates && has('--templates')) args.push('--templates', layout.templates);
  const full = scenario === 'cold-full';
  if (!search && !full && has('--no-search')) args.push('--no-search');
  if (!full && has('--no-entities')) args.push('--no-entities');
  const m = await measure({ cmd: process.execPath, args, cwd: projectRoot, timeoutMs,
    logFile: path.join(runDir, 'logs', `${scenario}-${rep}.log`) });
  const timings = readTimings(timingsFile);
  const tree = treeStats(layout.out);
  const pages = typeof timings?.pages === 'number' ? timings.pages : tree.html;
  return { scenario, rep, ...m, timings, pages, tree, error: m.ok ? undefined : tailOf(m.logFile) };
}

/**
 * One repetition of all scenarios on a fresh working copy. Stops at the first
 * failure (later scenarios depend on the cold build's output and cache).
 * `timeoutMs` is a number or a function giving the time left for the next
 * child (the run's budget); under a second left, the rest is skipped.
 * @returns {Promise<object[]>} one result per scenario run (or skipped)
 */
export async function runOursRep({ located, projectRoot, templatesDir, corpusDir, runDir, rep, timeoutMs, search = false, scenarios = SCENARIOS }) {
  const layout = prepareOurs({ templatesDir, corpusDir, runDir });
  // Linking the seeds in sets their change time to now. A build trusts a
  // seed's recorded stat on the next build only when the seed had not changed
  // for RACY_MS before it was recorded (git's "racily clean" rule), so seeds
  // linked a moment before the cold build would all be read and hashed again
  // by the first rebuild (+0.5 s at 10,000 articles): a cost of this set-up,
  // not of an archive whose seeds were added earlier. Waited out, untimed,
  // when a rebuild follows and the budget has room for it.
  const left = typeof timeoutMs === 'function' ? timeoutMs() : timeoutMs;
  if (scenarios.includes('seed-edit') && left > RACY_MS + 1000) await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
  const results = [];
  for (const scenario of SCENARIOS.filter((s) => scenarios.includes(s))) {
    let edited = null;
    if (scenario === 'seed-edit') {
      edited = fs.readdirSync(layout.seeds).sort()[0];
      appendUnlinked(path.join(layout.seeds, edited), '\nAn added sentence for the rebuild benchmark.\n');
    }
    if (scenario === 'template-edit') {
      const why = !layout.templates ? 'no templates/ directory in the project'
        : (located.unsupported ?? []).includes('--templates') ? 'the CLI has no --templates flag' : null;
      edited = why ? null : pickTemplate(layout.templates);
      if (!edited) { results.push({ scenario, rep, skipped: why ?? 'no HTML template to edit' }); continue; }
      appendUnlinked(path.join(layout.templates, edited), `\n<!-- bench edit ${rep} -->\n`);
    }
    const limit = typeof timeoutMs === 'function' ? timeoutMs() : timeoutMs;
    if (limit < 1000) { results.push({ scenario, rep, skipped: 'time budget used up (--budget)' }); break; }
    const at = scenario === 'cold-full' ? fullLayout(layout, runDir) : layout;
    const r = await runOnce({ located, layout: at, runDir, scenario, rep, timeoutMs: limit, search, projectRoot });
    results.push(edited ? { ...r, edited } : r);
    if (!r.ok) break;
  }
  return results;
}
