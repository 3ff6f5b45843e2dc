import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { jsonChunks } from './jsonChunks.js';
import { hashText } from './hashText.js';
import type { DependencyState } from './pageDependencies.js';
import { keyTable } from './keyTable.js';

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
  /** What the lines of `api/articles.json` were made from (see `ArticleSources`); only with `dependencies`. */
  readonly articles?: ArticleSources;
  /** Every file of the site (sorted): what a rebuild that patches the site in place may have to remove. */
  readonly outputs?: readonly string[];
  /** Output path -> input hash (pages) or content hash (published originals). */
  readonly files: Readonly<Record<string, string>>;
  /** Key of the Pagefind index in dist/pagefind/, or null when none was built. */
  readonly search: string | null;
  readonly fingerprint: string;
  readonly report: unknown;
}

/**
 * What the records of a build were made from: a key of everything
 * archive-wide (enrichment, code, site settings) and, per record id, the
 * cache key of the seed it was extracted from. A record with the same key
 * and seed as in the build before has the same line in `api/articles.json`
 * and the same digest: a rebuild takes both as they were.
 */
export interface ArticleSources {
  readonly key: string;
  /** Record id -> seed key. */
  readonly sources: Readonly<Record<string, string>>;
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
export async function readManifest(cacheDir: string | null, outDir: string): Promise<BuildManifest | null> {
  const stored = await readDescription<StoredManifest>(cacheDir === null ? null : fileFor(cacheDir, outDir), outDir, (m) => m.format === MANIFEST_FORMAT);
  return stored === null ? null : decodeManifest(stored);
}

/**
 * Manifests are stored as columns: the sorted paths of every table once, and
 * per path a flag (an output or not), its file hash and its plan digest
 * (`''` for none); record digests as ids and digests. At 100,000 articles
 * the tables hold 320,000 paths: parsed as JSON objects they took 1.5 s and
 * written 1.6 s, as arrays of strings a quarter of that.
 */
const MANIFEST_FORMAT = 2;

interface StoredManifest extends BuildStamp {
  readonly format: typeof MANIFEST_FORMAT;
  readonly hashKey?: string;
  readonly search: string | null;
  /** Sorted: every output, and every path with a file hash or a plan digest. */
  readonly paths: readonly string[];
  /** Per path: `1` an output of the site, `0` not; absent: outputs unknown. */
  readonly outputs?: string;
  readonly files: readonly string[];
  readonly plans?: readonly string[];
  readonly global?: string;
  readonly records?: readonly [readonly string[], readonly string[]];
  /** The `ArticleSources` key, and the seed key of each record of `records`, in the same order. */
  readonly articles?: { readonly key: string; readonly sources: readonly string[] };
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A manifest as it is stored (see `MANIFEST_FORMAT`). */
export function encodeManifest(manifest: BuildManifest): StoredManifest {
  const { outDir, distId, hashKey, search, fingerprint, report, dependencies, outputs, files, articles } = manifest;
  const plans = dependencies?.plans;
  // A build's tables hold outputs only, and its outputs come sorted: then the
  // outputs are the paths, taken as they are (no set of 320,000 paths to make at 100,000 articles).
  const direct = outputs !== undefined && isSorted(outputs) ? columns(outputs, files, plans) : null;
  const sound = direct !== null && direct.found.files === tableSize(files) && direct.found.plans === (plans === undefined ? 0 : tableSize(plans));
  let paths: readonly string[];
  let flags: string | undefined;
  let column: ReturnType<typeof columns>;
  if (sound) {
    paths = outputs!;
    flags = '1'.repeat(paths.length);
    column = direct!;
  } else {
    const listed = new Set(outputs);
    paths = [...new Set([...listed, ...Object.keys(files), ...Object.keys(plans ?? {})])].sort(byCodeUnit);
    flags = outputs === undefined ? undefined : paths.map((p) => (listed.has(p) ? '1' : '0')).join('');
    column = columns(paths, files, plans);
  }
  const ids = dependencies === undefined ? [] : Object.keys(dependencies.records);
  return {
    format: MANIFEST_FORMAT, outDir, distId, ...(hashKey === undefined ? {} : { hashKey }), search, fingerprint, report, paths,
    ...(flags === undefined ? {} : { outputs: flags }),
    files: column.files,
    ...(dependencies === undefined ? {} : {
      plans: column.plans, global: dependencies.global,
      records: [ids, Object.values(dependencies.records)] as const,
      ...(articles === undefined ? {} : { articles: { key: articles.key, sources: ids.map((id) => own(articles.sources, id)) } }),
    }),
  };
}

/** The file-hash and plan columns of `paths`, and how many entries of each table they hold. */
function columns(paths: readonly string[], files: Readonly<Record<string, string>>, plans: Readonly<Record<string, string>> | undefined) {
  const found = { files: 0, plans: 0 };
  const fileColumn = paths.map((p) => {
    const value = own(files, p);
    if (value !== '') found.files++;
    return value;
  });
  const planColumn = plans === undefined ? [] : paths.map((p) => {
    const value = own(plans, p);
    if (value !== '') found.plans++;
    return value;
  });
  return { files: fileColumn, plans: planColumn, found };
}

/** How many entries a table has (those with an empty value are not kept: see `decodeManifest`). */
function tableSize(table: Readonly<Record<string, string>>): number {
  let size = 0;
  for (const key in table) if (Object.hasOwn(table, key) && table[key] !== '') size++;
  return size;
}

/** A stored manifest read back; null when its columns do not fit together. */
export function decodeManifest(stored: StoredManifest): BuildManifest | null {
  const { paths, files, plans, records } = stored;
  const n = paths?.length;
  if (!Array.isArray(paths) || !Array.isArray(files) || files.length !== n) return null;
  if (stored.outputs !== undefined && (typeof stored.outputs !== 'string' || stored.outputs.length !== n)) return null;
  if (plans !== undefined && (!Array.isArray(plans) || plans.length !== n || typeof stored.global !== 'string')) return null;
  if (plans !== undefined && (!Array.isArray(records) || !Array.isArray(records[0]) || !Array.isArray(records[1]) || records[0].length !== records[1].length)) return null;
  const table = (values: readonly string[]): Record<string, string> => {
    const out = keyTable();
    for (let i = 0; i < n; i++) if (values[i] !== '') out[paths[i]!] = values[i]!;
    return out;
  };
  const { outDir, distId, hashKey, search, fingerprint, report } = stored;
  let dependencies: DependencyState | undefined;
  let articles: ArticleSources | undefined;
  if (plans !== undefined) {
    const digests = keyTable();
    const [ids, values] = records!;
    for (let i = 0; i < ids.length; i++) digests[ids[i]!] = values[i]!;
    dependencies = { global: stored.global!, records: digests, plans: table(plans) };
    const stated = stored.articles;
    if (stated !== undefined && typeof stated.key === 'string' && Array.isArray(stated.sources) && stated.sources.length === ids.length) {
      const sources = keyTable();
      for (let i = 0; i < ids.length; i++) if (stated.sources[i] !== '') sources[ids[i]!] = stated.sources[i]!;
      articles = { key: stated.key, sources };
    }
  }
  const outputs = stored.outputs === undefined ? undefined : paths.filter((_, i) => stored.outputs![i] === '1');
  return {
    outDir, distId, ...(hashKey === undefined ? {} : { hashKey }), ...(dependencies === undefined ? {} : { dependencies }),
    ...(articles === undefined ? {} : { articles }), ...(outputs === undefined ? {} : { outputs }), files: table(files), search, fingerprint, report,
  };
}

/** A table's own value for a path, or '' (a path named like an Object.prototype member is no member). */
function own(table: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(table, key) ? table[key]! : '';
}

function isSorted(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
}

/** Forget the manifest and its stamp (before a swap: until the new ones are written, dist/ is described by none). */
export async function dropManifest(cacheDir: string | null, outDir: string): Promise<void> {
  if (cacheDir === null) return;
  await rm(stampFor(cacheDir, outDir), { force: true });
  await rm(fileFor(cacheDir, outDir), { force: true });
}

/** Write the manifest atomically, a piece at a time (it grows with the site: ~65 MB at 100,000 articles). */
export async function writeManifest(cacheDir: string | null, manifest: BuildManifest): Promise<void> {
  if (cacheDir === null) return;
  await mkdir(cacheDir, { recursive: true });
  const file = fileFor(cacheDir, manifest.outDir);
  const temp = `${file}.${process.pid}.tmp`;
  await pipeline(Readable.from(jsonChunks(encodeManifest(manifest))), createWriteStream(temp));
  await rename(temp, file);
  // The stamp last: it says the site is complete and described.
  const stamp: BuildStamp = { outDir: manifest.outDir, distId: manifest.distId, fingerprint: manifest.fingerprint, report: manifest.report };
  const stampFile = stampFor(cacheDir, manifest.outDir);
  await writeFile(`${stampFile}.${process.pid}.tmp`, JSON.stringify(stamp));
  await rename(`${stampFile}.${process.pid}.tmp`, stampFile);
}
