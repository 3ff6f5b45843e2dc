// Interim loader; replaced by the full one (decoding, sidecars, skipped files).
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { LoadedSeeds, Result, SeedFile } from '../types.js';

/** Read every seed in `seedsDir`, sorted by path. */
export async function readSeeds(seedsDir: string): Promise<Result<LoadedSeeds>> {
  const names = (await readdir(seedsDir)).sort();
  const seeds: SeedFile[] = [];
  const skipped = [];
  for (const name of names) {
    const kind = name.endsWith('.txt') ? 'text' : name.endsWith('.md') ? 'markdown' : null;
    if (!kind) { skipped.push({ path: name, reason: 'not a seed' }); continue; }
    const bytes = new Uint8Array(await readFile(path.join(seedsDir, name)));
    const raw = new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n');
    seeds.push({ path: name, kind, raw, bytes, hash: createHash('sha256').update(bytes).digest('hex'), encoding: 'utf-8', sidecar: null });
  }
  return { value: { seeds, skipped }, diagnostics: [] };
}
