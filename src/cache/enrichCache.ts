import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Archive, Result } from '../types.js';

const FILE = 'enrich.json';
/** Above this size the archive is not cached (V8 strings stop at ~512M characters). */
const MAX_CHARS = 256 * 1024 * 1024;

/**
 * The enriched archive of the last build, if it was made from the same
 * inputs (`key`: code version, taxonomy and the cache key of every seed, in
 * order; records are a pure function of those). Enrichment compares every
 * record with every other, so after a template, public/ or option change this
 * saves the slowest stage. The file starts with its key on a line of its own,
 * so a stale archive is never parsed. Damaged or stale: null.
 */
export async function readEnrichCache(cacheDir: string | null, key: string): Promise<Result<Archive> | null> {
  if (cacheDir === null) return null;
  try {
    const text = await readFile(path.join(cacheDir, FILE), 'utf8');
    if (!text.startsWith(`${key}\n`)) return null;
    const value = JSON.parse(text.slice(key.length + 1)) as Result<Archive>;
    return Array.isArray(value.value?.records) && Array.isArray(value.diagnostics) ? value : null;
  } catch {
    return null;
  }
}

/** Remember the enriched archive for `key` (atomically; too large an archive is skipped). */
export async function writeEnrichCache(cacheDir: string | null, key: string, result: Result<Archive>): Promise<void> {
  if (cacheDir === null) return;
  let json: string;
  try {
    json = JSON.stringify(result);
  } catch {
    return;
  }
  if (json.length > MAX_CHARS) return;
  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${key}\n${json}`);
  await rename(temp, file);
}
