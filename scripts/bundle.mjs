#!/usr/bin/env node
/**
 * Bundle the compiled generator (`lib/`, from tsc) into `lib/bundle/`: the
 * CLI, the build API and the worker-thread entry, with their dependencies,
 * as a few ES modules with shared chunks.
 *
 * Why: Node spends most of a small build's start-up resolving and compiling
 * hundreds of small modules (unified and remark are over a hundred files),
 * once in the main thread and again in every worker thread. From one bundle
 * the extraction code loads in ~0.09 s instead of ~0.3 s (see docs/decisions.md).
 * Dynamic imports stay dynamic (code splitting), so a build still loads only
 * the stages it runs.
 *
 * Usage: node scripts/bundle.mjs [compiledDir] [outDir]   (default: lib lib/bundle)
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const [compiled = 'lib', outdir = path.join(compiled, 'bundle')] = process.argv.slice(2);

// Chunk names are content hashes: the old ones would otherwise stay beside the new.
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: path.join(compiled, 'cli.js'), build: path.join(compiled, 'build.js'), worker: path.join(compiled, 'workers', 'worker.js') },
  outdir,
  // One directory: the worker is found beside the code that starts it (`compiledWorkerPath`).
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Piscina starts threads from its own files, and Pagefind runs a binary it finds beside its package: both stay in node_modules.
  external: ['piscina', 'pagefind'],
  // CommonJS dependencies (Handlebars, gray-matter) call require(), which an ES module does not have.
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  logLevel: 'warning',
});
