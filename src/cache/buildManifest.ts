import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { jsonChunks } from './jsonChunks.js';
import { hashText } from './hashText.js';
import type { DependencyState } from './pageDependencies.js';

/**
 * What the cache remembers about the site now in `outDir`: the input hash
 * of every file it holds, the key of its search index, and the fingerprint
 * of the inputs it was built from (with the report of that build, returned
 * as is when nothing changed).
 */
export interface BuildManifest {
  readonly outDir: string;
  /** Identity of the directory swapped in (`dev:ino`): a replaced or deleted dist/ invalidates the manifest. */
  readonly distId: string;
  /** Code version + template set hash the page hashes were made with. */
  readonly hashKey?: string;
  /** What the pages were made from (see `pageDependencies`), with `hashKey`. */
  readonly dependencies?: DependencyState;
  /** Every file of the site (sorted): what a rebuild that patches the site in place may have to remove. */
  readonly outputs?: readonly string[];
  /** Output path -> input hash (pages) or content hash (published originals). */
  readonly files: Readonly<Record<string, string>>;
  /** Key of the Pagefind index in dist/pagefind/, or null when none was built. */
  readonly search: string | null;
  readonly fingerprint: string;
  readonly report: unknown;
}

const fileFor = (cacheDir: string, outDir: string): string => path.join(cacheDir, `site-${hashText(outDir).slice(0, 16)}.json`);
const stampFor = (cacheDir: string, outDir: string): string => fileFor(cacheDir, outDir).replace(/\.json$/, '.stamp.json');

/**
 * The part of the manifest a no-change rebuild needs: which inputs the site
 * in `outDir` was built from, and that build's report. Kept in a file of its
 * own because the whole manifest (page hashes, digests, outputs: ~9 MB at
 * 10,000 articles) took longer to parse than the rest of the check.
 */
export type BuildStamp = Pick<BuildManifest, 'outDir' | 'distId' | 'fingerprint' | 'report'>;

/** Read the stamp of `outDir`; null when missing, damaged, or when dist/ is not the directory it describes. */
export function readStamp(cacheDir: string | null, outDir: string): Promise<BuildStamp | null> {
  return readDescription<BuildStamp>(cacheDir === null ? null : stampFor(cacheDir, outDir), outDir, () => true);
}

/**
 * Read a JSON description of `outDir` (manifest or stamp) and check that it
 * describes that directory, as it is now (`distId`), and passes `valid`.
 */
async function readDescription<T extends BuildStamp>(file: string | null, outDir: string, valid: (value: Partial<T>) => boolean): Promise<T | null> {
  if (file === null) return null;
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<T>;
    if (value.outDir !== outDir || typeof value.fingerprint !== 'string' || !valid(value)) return null;
    if (value.distId !== await directoryId(outDir)) return null;
    return value as T;
  } catch {
    return null;
  }
}

/** The identity of a directory, or null when it does not exist. */
export async function directoryId(dir: string): Promise<string | null> {
  try {
    const s = await stat(dir, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Read the manifest of `outDir`; null when missing, damaged, or when dist/ is not the directory it describes. */
export function readManifest(cacheDir: string | null, outDir: string): Promise<BuildManifest | null> {
  return readDescription<BuildManifest>(cacheDir === null ? null : fileFor(cacheDir, outDir), outDir, (m) => typeof m.files === 'object' && m.files !== null);
}

/** Forget the manifest and its stamp (before a swap: until the new ones are written, dist/ is described by none). */
export async function dropManifest(cacheDir: string | null, outDir: string): Promise<void> {
  if (cacheDir === null) return;
  await rm(stampFor(cacheDir, outDir), { force: true });
  await rm(fileFor(cacheDir, outDir), { force: true });
}

/** Write the manifest atomically, a piece at a time (it grows with the site: ~90 MB at 100,000 articles). */
export async function writeManifest(cacheDir: string | null, manifest: BuildManifest): Promise<void> {
  if (cacheDir === null) return;
  await mkdir(cacheDir, { recursive: true });
  const file = fileFor(cacheDir, manifest.outDir);
  const temp = `${file}.${process.pid}.tmp`;
  await pipeline(Readable.from(jsonChunks(manifest)), createWriteStream(temp));
  await rename(temp, file);
  // The stamp last: it says the site is complete and described.
  const stamp: BuildStamp = { outDir: manifest.outDir, distId: manifest.distId, fingerprint: manifest.fingerprint, report: manifest.report };
  const stampFile = stampFor(cacheDir, manifest.outDir);
  await writeFile(`${stampFile}.${process.pid}.tmp`, JSON.stringify(stamp));
  await rename(`${stampFile}.${process.pid}.tmp`, stampFile);
}
