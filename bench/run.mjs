#!/usr/bin/env node
// The project's benchmark: our generator against Hugo and Eleventy on the same
// generated news corpus, plus our incremental rebuilds and the I/O floor.
//
//   node bench/run.mjs [--sizes 1000,10000] [--peers eleventy,hugo] [--formats md,txt]
//                      [--repeat N] [--scenarios LIST] [--label TEXT] [--search] [--cli PATH] [--templates DIR] [--project DIR]
//                      [--timeout SEC] [--budget SEC] [--work DIR] [--results FILE] [--seed S] [--no-floor]
//
// See bench/README.md for what is measured and how.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION } from './genCorpus.mjs';
import { ensureCorpus, expectedPeerPages } from './harness/corpusCache.mjs';
import { measureFloor } from './harness/floor.mjs';
import { removeTree, treeStats } from './harness/fsTree.mjs';
import { killActive, measure, rssMethod, tailOf } from './harness/measure.mjs';
import { pairedRatios, renderReport, summariseRuns } from './harness/report.mjs';
import { locateOurs, runOursRep, SCENARIOS } from './ours.mjs';
import * as eleventy from './peers/eleventy/peer.mjs';
import * as hugo from './peers/hugo/peer.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_PROJECT = path.dirname(BENCH);
const PEERS = { eleventy, hugo };

/** Parse argv into options; returns `{ error }` on a bad flag. */
export function parseRunArgs(argv) {
  const o = { sizes: [1000, 10000], peers: ['eleventy', 'hugo'], formats: ['md', 'txt'], repeat: 1,
    scenarios: [...SCENARIOS], label: null, search: false, cli: null, templates: null, project: DEFAULT_PROJECT, budgetSec: 480, timeoutSec: null, floor: true, seed: 'news',
    work: path.join(BENCH, '.work'), results: path.join(BENCH, 'results.json') };
  const list = (v) => v.split(',').map((x) => x.trim()).filter((x) => x && x !== 'none');
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--search') { o.search = true; continue; }
    if (flag === '--no-floor') { o.floor = false; continue; }
    const v = argv[++i];
    if (v === undefined) return { error: `missing value for ${flag}` };
    if (flag === '--sizes') o.sizes = list(v).map(Number);
    else if (flag === '--peers') o.peers = list(v);
    else if (flag === '--formats') o.formats = list(v);
    else if (flag === '--repeat') o.repeat = Number(v);
    else if (flag === '--label') o.label = v;
    else if (flag === '--scenarios') o.scenarios = list(v);
    else if (flag === '--cli') o.cli = v;
    else if (flag === '--templates') o.templates = path.resolve(v);
    else if (flag === '--project') o.project = path.resolve(v);
    else if (flag === '--timeout') o.timeoutSec = Number(v);
    else if (flag === '--budget') o.budgetSec = Number(v);
    else if (flag === '--work') o.work = path.resolve(v);
    else if (flag === '--results') o.results = path.resolve(v);
    else if (flag === '--seed') o.seed = v;
    else return { error: `unknown argument: ${flag}` };
  }
  if (!o.sizes.length || o.sizes.some((n) => !Number.isInteger(n) || n < 1)) return { error: '--sizes: positive integers' };
  if (o.peers.some((p) => !PEERS[p])) return { error: `--peers: known peers are ${Object.keys(PEERS).join(', ')}, none` };
  if (o.formats.some((f) => f !== 'md' && f !== 'txt')) return { error: '--formats: md and/or txt' };
  if (o.scenarios.some((x) => !SCENARIOS.includes(x))) return { error: `--scenarios: any of ${SCENARIOS.join(', ')}` };
  // Rebuilds start from the cold build's output and cache.
  if (!o.scenarios.includes('cold') && o.scenarios.some((x) => x !== 'cold-full')) return { error: '--scenarios: rebuild scenarios need cold' };
  if (!Number.isInteger(o.repeat) || o.repeat < 1) return { error: '--repeat: a positive integer' };
  if (o.timeoutSec !== null && !(o.timeoutSec > 0)) return { error: '--timeout: seconds > 0' };
  if (!(o.budgetSec > 0)) return { error: '--budget: seconds > 0' };
  o.templates ??= path.join(o.project, 'templates');
  return { opts: o };
}

// Per child process: generous for N (Eleventy needed ~160 s at 40k on 2 cores).
const timeoutFor = (opts, n) => (opts.timeoutSec ? opts.timeoutSec * 1000 : 60_000 + 30 * n);

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

async function runPeer(peer, { located, siteDir, runDir, rep, timeoutMs }) {
  if (timeoutMs < 1000) return { scenario: 'cold', rep, skipped: 'time budget used up (--budget)' };
  const outDir = path.join(runDir, 'out');
  removeTree(outDir); // untimed: every peer build is cold, into an empty dir
  const { cmd, args, cwd } = peer.command({ located, siteDir, outDir });
  const m = await measure({ cmd, args, cwd, timeoutMs, logFile: path.join(runDir, 'logs', `cold-${rep}.log`) });
  const tree = treeStats(outDir);
  return { scenario: 'cold', rep, ...m, pages: tree.html, tree, error: m.ok ? undefined : tailOf(m.logFile) };
}

async function benchSize(n, opts, found) {
  // Each child gets its per-size timeout, cut to what is left of the budget.
  const limit = () => Math.min(timeoutFor(opts, n), opts.deadline - Date.now());
  const activePeers = opts.peers.filter((p) => !found.peers[p].skip);
  // Ours reads every requested format; peers read md. Nothing to build: no corpus.
  const formats = [...new Set([...(found.ours.skip ? [] : opts.formats), ...(activePeers.length ? ['md'] : [])])];
  const corpus = {};
  for (const format of formats) {
    log(`N=${n}: corpus ${format}`);
    corpus[format] = ensureCorpus({ workDir: opts.work, n, format, seed: opts.seed });
  }
  const sizeDir = path.join(opts.work, 'runs', `n${n}`);
  // Order of round 1: the peers (bounded, about a minute at 10k), ours on the
  // first format, ours on the others; so the headline comparison is measured
  // first if the budget runs out. Later rounds rotate this order.
  const participants = [];
  const oursOn = (f) => ({ kind: 'ours', format: f, runDir: path.join(sizeDir, `ours-${f}`), runs: [] });
  for (const name of activePeers) {
    const siteDir = path.join(sizeDir, `peer-${name}`, 'site');
    log(`N=${n}: prepare ${name} (untimed)`);
    PEERS[name].prepare({ corpusDir: corpus.md.dir, siteDir, manifest: corpus.md.manifest });
    participants.push({ kind: 'peer', name, siteDir, runDir: path.join(sizeDir, `peer-${name}`), runs: [] });
  }
  if (!found.ours.skip) for (const f of opts.formats) participants.push(oursOn(f));
  // Alternate: round r starts at participant r mod k, so no one always runs first.
  for (let rep = 1; rep <= opts.repeat; rep++) {
    for (let k = 0; k < participants.length; k++) {
      const p = participants[(k + rep - 1) % participants.length];
      log(`N=${n} round ${rep}: ${p.kind === 'ours' ? `ours ${p.format}` : p.name}`);
      if (p.kind === 'ours') {
        p.runs.push(...await runOursRep({ located: found.ours, projectRoot: opts.project, templatesDir: opts.templates, corpusDir: corpus[p.format].dir,
          runDir: p.runDir, rep, timeoutMs: limit, search: opts.search, scenarios: opts.scenarios }));
      } else {
        p.runs.push(await runPeer(PEERS[p.name], { located: found.peers[p.name], siteDir: p.siteDir, runDir: p.runDir, rep, timeoutMs: limit() }));
      }
      const last = p.runs.at(-1);
      if (last && last.ok === false) log(`  FAILED (${last.timedOut ? 'timeout' : `exit ${last.code}`}): ${last.error ?? ''}`);
    }
  }
  const rows = [];
  if (found.ours.skip) rows.push({ who: 'ours', skip: found.ours.skip });
  for (const p of participants.filter((x) => x.kind === 'ours')) {
    for (const scenario of SCENARIOS) {
      const runs = p.runs.filter((r) => r.scenario === scenario);
      const measured = runs.filter((r) => !r.skipped);
      const skipped = runs.find((r) => r.skipped);
      if (measured.length) rows.push({ who: 'ours', input: p.format, scenario, summary: summariseRuns(measured), runs: measured });
      else if (skipped) rows.push({ who: 'ours', input: p.format, scenario, skip: `skipped: ${skipped.skipped}` });
    }
  }
  for (const name of opts.peers) {
    const p = participants.find((x) => x.name === name);
    if (!p) rows.push({ who: name, skip: found.peers[name].skip });
    else if (!p.runs.some((r) => !r.skipped)) rows.push({ who: name, input: 'md', scenario: 'cold', skip: `skipped: ${p.runs[0]?.skipped}` });
    else rows.push({ who: `${name} ${found.peers[name].version}`, input: 'md', scenario: 'cold', summary: summariseRuns(p.runs.filter((r) => !r.skipped)),
      runs: p.runs.filter((r) => !r.skipped), expectedHtml: expectedPeerPages(corpus.md.manifest) });
  }
  // Paired ratios: ours (md, cold) / each peer, and peer / peer as an anchor
  // check against the shared RESULTS.md (Eleventy / Hugo was 1.7-2.9 there).
  const ratios = {};
  const oursMd = participants.find((x) => x.kind === 'ours' && x.format === 'md');
  const peerParts = participants.filter((x) => x.kind === 'peer');
  for (const p of peerParts) {
    if (oursMd) ratios[`ours / ${p.name}`] = pairedRatios(oursMd.runs.filter((r) => r.scenario === 'cold'), p.runs);
  }
  for (const a of peerParts) for (const b of peerParts) {
    if (a.name < b.name) ratios[`${a.name} / ${b.name}`] = pairedRatios(a.runs, b.runs);
  }
  let floor = null;
  if (opts.floor && Object.keys(corpus).length > 0) {
    // Copy the biggest finished tree: the floor should bound the heaviest writer.
    const trees = participants.map((p) => path.join(p.runDir, 'out')).filter((d) => fs.existsSync(d))
      .map((dir) => ({ dir, bytes: treeStats(dir).bytes })).sort((a, b) => b.bytes - a.bytes);
    floor = await measureFloor({ corpusDir: (corpus.md ?? Object.values(corpus)[0]).dir, outputTree: trees[0]?.dir ?? null, scratchDir: sizeDir, timeoutMs: Math.max(limit(), 60_000) });
  }
  return { n, corpus, rows, ratios, floor };
}

async function main() {
  const { opts, error } = parseRunArgs(process.argv.slice(2));
  if (error) { process.stderr.write(`bench: ${error}\n`); process.exit(2); }
  const found = { ours: locateOurs(opts.project, opts.cli), peers: {} };
  for (const name of opts.peers) found.peers[name] = PEERS[name].locate(opts.project);
  if (found.ours.skip) log(`ours: ${found.ours.skip}`);
  for (const [name, f] of Object.entries(found.peers)) log(f.skip ? f.skip : `${name} ${f.version}: ${f.bin}`);
  const meta = {
    label: opts.label, wallClock: new Date().toISOString(), cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}`,
    loadBefore: os.loadavg(), rssMethod: rssMethod(), repeat: opts.repeat, budgetSec: opts.budgetSec, search: opts.search, seed: opts.seed,
    generatorVersion: GENERATOR_VERSION, ours: found.ours.skip ? { status: found.ours.skip } : { cli: found.ours.cli, project: opts.project, unsupportedFlags: found.ours.unsupported },
    peers: Object.fromEntries(Object.entries(found.peers).map(([k, f]) => [k, f.skip ? { status: f.skip } : { version: f.version, bin: f.bin }])),
  };
  opts.deadline = Date.now() + opts.budgetSec * 1000;
  const sizes = [];
  const results = { meta, sizes };
  fs.mkdirSync(path.dirname(opts.results), { recursive: true });
  for (const n of opts.sizes) {
    sizes.push(await benchSize(n, opts, found));
    meta.loadAfter = os.loadavg();
    // After every size, so a long run stopped later still leaves its numbers.
    fs.writeFileSync(opts.results, JSON.stringify(results, null, 2) + '\n');
  }
  process.stdout.write(renderReport(results));
  log(`results: ${opts.results}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => { killActive(); process.stderr.write(`bench: ${signal}, children killed\n`); process.exit(130); });
  }
  main().catch((err) => { process.stderr.write(`bench: ${err.stack ?? err}\n`); process.exit(1); });
}
