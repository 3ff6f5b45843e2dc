import { readFile } from 'node:fs/promises';

/** Read an optional project file (e.g. taxonomy.yml) as UTF-8; null when absent. */
export async function readProjectFile(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
