import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderedFile } from '../types.js';
import { assertSafeOutputPath } from '../plan/outputPath.js';

/** How many files are written at once: enough to keep the disk busy, few enough to bound memory. */
const WRITE_CONCURRENCY = 32;

/** The absolute path of `file` below `root`, refusing any path that could leave it. */
function targetInside(root: string, file: string): string {
  assertSafeOutputPath(file);
  const target = path.resolve(root, file);
  if (!target.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output directory: ${file}`);
  return target;
}

/** Write a file's contents, chunk by chunk when it comes in chunks. */
function writeContentsSync(target: string, contents: RenderedFile['contents']): void {
  if (typeof contents === 'string' || contents instanceof Uint8Array) {
    writeFileSync(target, contents);
    return;
  }
  const fd = openSync(target, 'w');
  try {
    for (const chunk of contents.chunks) {
      // Two calls: writeSync's overloads take text or bytes, not either.
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
}

async function writeContents(target: string, contents: RenderedFile['contents']): Promise<void> {
  if (typeof contents === 'string' || contents instanceof Uint8Array) {
    await writeFile(target, contents);
    return;
  }
  const handle = await open(target, 'w');
  try {
    // Two calls, as in writeContentsSync: the overloads take text or bytes, not either.
    for (const chunk of contents.chunks) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
  } finally {
    await handle.close();
  }
}

/**
 * A synchronous writer for worker threads, which render and write pages in
 * one step so that no page's HTML crosses threads: same checks as
 * `writeFiles`, directories made once per writer.
 */
export function fileWriter(dir: string): (file: RenderedFile) => void {
  const root = path.resolve(dir);
  const made = new Set<string>();
  return (file) => {
    const target = targetInside(root, file.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeContentsSync(target, file.contents);
  };
}

/**
 * Write rendered files below `dir`, refusing any path that could leave it.
 * Accepts a stream of files so rendered pages need not all sit in memory.
 */
export async function writeFiles(dir: string, files: AsyncIterable<RenderedFile> | Iterable<RenderedFile>): Promise<number> {
  const root = path.resolve(dir);
  const made = new Set<string>();
  const pending = new Set<Promise<void>>();
  let count = 0;
  const writeOne = async (file: RenderedFile): Promise<void> => {
    const target = targetInside(root, file.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeContents(target, file.contents);
  };
  // A failed write must fail the build: remember the first error, since a
  // job that settles while another is awaited would otherwise go unseen.
  let failure: { error: unknown } | null = null;
  for await (const file of files) {
    if (failure) break;
    const job: Promise<void> = writeOne(file)
      .catch((error: unknown) => { failure ??= { error }; })
      .finally(() => pending.delete(job));
    pending.add(job);
    count++;
    if (pending.size >= WRITE_CONCURRENCY) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failure) throw (failure as { error: unknown }).error;
  return count;
}
