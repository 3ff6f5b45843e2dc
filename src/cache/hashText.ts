import { createHash } from 'node:crypto';

/** sha256 (hex) of strings or bytes, joined with a separator no part can forge. */
export function hashText(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? String(part.length) : String(part.byteLength));
    hash.update('\u0000');
    hash.update(part);
  }
  return hash.digest('hex');
}

/**
 * The input hash of a page: its template, the JSON of everything the
 * template reads (layout and page views), the template set and the code.
 * Two pages with the same hash render to the same bytes.
 */
export function pageHash(hashKey: string, template: string, scopeJson: string): string {
  return hashText(hashKey, template, scopeJson);
}
