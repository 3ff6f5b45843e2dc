import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { listFiles } from './siteLinks.js';

/** Every file of a tree with its bytes (base64), for byte-identical comparisons. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of await listFiles(dir)) out.set(f, (await readFile(path.join(dir, f))).toString('base64'));
  return out;
}

/** Assert two snapshots hold the same files with the same bytes, naming the first file that differs. */
export function expectSameTree(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [file, bytes] of expected) expect(actual.get(file), file).toBe(bytes);
}
