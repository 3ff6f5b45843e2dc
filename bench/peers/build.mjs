#!/usr/bin/env node
// Build a corpus with one peer by hand (prepare untimed, then the timed build):
//   node bench/peers/build.mjs eleventy|hugo CORPUS_DIR OUT_DIR [SITE_DIR]
// CORPUS_DIR is an md corpus from bench/genCorpus.mjs. Hugo needs its years:
// from MANIFEST=FILE (a --manifest output) if given, else from the file names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, tailOf } from '../harness/measure.mjs';
import { treeStats } from '../harness/fsTree.mjs';
import * as eleventy from './eleventy/peer.mjs';
import * as hugo from './hugo/peer.mjs';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [name, corpusArg, outArg, siteArg] = process.argv.slice(2);
const peer = { eleventy, hugo }[name];
if (!peer || !corpusArg || !outArg) {
  process.stderr.write('usage: node bench/peers/build.mjs eleventy|hugo CORPUS_DIR OUT_DIR [SITE_DIR]\n');
  process.exit(2);
}
const located = peer.locate(PROJECT);
if (located.skip) { process.stderr.write(`${located.skip}\n`); process.exit(0); }
const corpusDir = path.resolve(corpusArg), outDir = path.resolve(outArg);
const siteDir = path.resolve(siteArg ?? fs.mkdtempSync(path.join(os.tmpdir(), `peer-${name}-`)));
const manifest = process.env.MANIFEST ?? null;
peer.prepare({ corpusDir, siteDir, manifest });
fs.rmSync(outDir, { recursive: true, force: true });
const m = await measure({ ...peer.command({ located, siteDir, outDir }), timeoutMs: 3_600_000, logFile: path.join(siteDir, 'build.log') });
const t = treeStats(outDir);
process.stdout.write(`${name} ${located.version}: ${m.ok ? 'ok' : 'FAILED'} wall ${(m.wallMs / 1000).toFixed(2)} s, ` +
  `cpu ${m.cpuMs == null ? '-' : (m.cpuMs / 1000).toFixed(2)} s, peak RSS ${m.peakRssKiB == null ? '-' : (m.peakRssKiB / 1024).toFixed(0)} MiB, ` +
  `${t.html} html, ${t.bytes} bytes\n`);
if (!m.ok) { process.stderr.write(tailOf(m.logFile) + '\n'); process.exit(1); }
