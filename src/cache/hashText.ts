import { createHash } from 'node:crypto';

/** sha256 (hex) of strings or bytes, joined with a separator no part can forge. */
export function hashText(...parts: readonly (string | Uint8Array)[]): string {
  return hashParts(parts);
}

/**
 * `hashText` of a list of any length: spreading a list into arguments
 * throws past ~120,000 items (an archive of 200,000 records failed so).
 */
export function hashParts(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  // Each part is hashed as `length \0 part`. Runs of strings go in as one
  // update: the digest is the same however the stream is cut, and each call
  // into the hash costs more than the bytes of a typical part.
  let pending = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      pending += `${part.length}\u0000${part}`;
      continue;
    }
    hash.update(`${pending}${part.byteLength}\u0000`);
    pending = '';
    hash.update(part);
  }
  if (pending !== '') hash.update(pending);
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
