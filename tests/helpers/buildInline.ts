import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveOptions, type BuildOptions, type SiteOptions } from '../../src/config.js';
import { runBuild, type BuildReport } from '../../src/build.js';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A site built from an inline file tree (after Hugo's integration test builder). */
export interface InlineSite {
  readonly dir: string;
  readonly outDir: string;
  readonly report: BuildReport;
  read(file: string): Promise<string>;
  cleanup(): Promise<void>;
}

/**
 * Build seeds given as `{ 'name.txt': contents }` with the project's own
 * templates, public/ and taxonomy, into a temp dir.
 */
export async function buildInline(
  seeds: Record<string, string | Uint8Array>,
  options: Partial<Omit<BuildOptions, 'site'>> & { site?: Partial<SiteOptions> } = {},
): Promise<InlineSite> {
  const dir = await mkdtemp(path.join(tmpdir(), 'news-archive-'));
  const seedsDir = path.join(dir, 'seeds');
  await mkdir(seedsDir, { recursive: true });
  for (const [name, contents] of Object.entries(seeds)) {
    await mkdir(path.dirname(path.join(seedsDir, name)), { recursive: true });
    await writeFile(path.join(seedsDir, name), contents);
  }
  const outDir = path.join(dir, 'dist');
  const report = await runBuild(resolveOptions(projectRoot, { seedsDir, outDir, search: false, cacheDir: null, ...options }));
  return {
    dir, outDir, report,
    read: (file) => readFile(path.join(outDir, file), 'utf8'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
