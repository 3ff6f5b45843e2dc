// Generated corpora are cached under bench/.work/corpus, keyed by
// (format, N, seed, generator version); a `.complete` marker written last
// means a half-written corpus (interrupted run) is never reused.
import fs from 'node:fs';
import path from 'node:path';
import { GENERATOR_VERSION, writeCorpus } from '../genCorpus.mjs';

/**
 * Return the corpus directory for (n, format, seed), generating it if needed.
 * @returns {{ dir: string, manifest: string, files: number, bytes: number, cached: boolean, genMs: number }}
 */
export function ensureCorpus({ workDir, n, format, seed = 'news' }) {
  const key = `${format}-n${n}-${seed.replace(/[^A-Za-z0-9_-]/g, '_')}-v${GENERATOR_VERSION}`;
  const root = path.join(workDir, 'corpus', key);
  const dir = path.join(root, 'articles');
  const manifest = path.join(root, 'truth.jsonl');
  const marker = path.join(root, '.complete');
  if (fs.existsSync(marker)) {
    const { files, bytes } = JSON.parse(fs.readFileSync(marker, 'utf8'));
    return { dir, manifest, files, bytes, cached: true, genMs: 0 };
  }
  fs.rmSync(root, { recursive: true, force: true });
  const t0 = performance.now();
  const { files, bytes } = writeCorpus({ n, format, seed, out: dir, manifest });
  fs.writeFileSync(marker, JSON.stringify({ files, bytes }));
  return { dir, manifest, files, bytes, cached: false, genMs: performance.now() - t0 };
}

/** The distinct years (UTC) in a corpus manifest, ascending. */
export function yearsOf(manifest) {
  const years = new Set();
  for (const line of fs.readFileSync(manifest, 'utf8').split('\n')) {
    if (line) years.add(JSON.parse(line).day.slice(0, 4));
  }
  return [...years].sort();
}

/**
 * HTML pages every peer must write for a corpus: one per article, home,
 * /tags/, one per topic, one per year (N + 53 for the default corpus).
 */
export function expectedPeerPages(manifest) {
  const topics = new Set(), years = new Set();
  let articles = 0;
  for (const line of fs.readFileSync(manifest, 'utf8').split('\n')) {
    if (!line) continue;
    const t = JSON.parse(line);
    articles++;
    years.add(t.day.slice(0, 4));
    for (const topic of t.topics) topics.add(topic);
  }
  return articles + 2 + topics.size + years.size;
}
