import { createHash } from 'node:crypto';

/**
 * Where the verbatim bytes of a seed are published, so nothing the
 * extraction dropped is lost. Always a `.txt` name under `originals/`, so
 * servers send it as text/plain and no browser renders it as HTML; names that
 * need cleaning get a short hash of the real path so two seeds never collide.
 */
export function originalPath(seedPath: string): string {
  const flat = seedPath.replace(/\//g, '__');
  const clean = flat.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[._-]+/, '').replace(/\.\.+/g, '.').slice(0, 120);
  const needsHash = clean !== seedPath || clean.length === 0;
  const base = needsHash ? `${clean || 'seed'}-${createHash('sha256').update(seedPath).digest('hex').slice(0, 8)}` : clean;
  return `originals/${base.endsWith('.txt') ? base : `${base}.txt`}`;
}
