/**
 * Names that must never be a path segment: Windows device names (a folder
 * `con/` cannot be created or deleted there) and `index`, which would
 * collide with the index pages of the article listing.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'con', 'prn', 'aux', 'nul', 'index',
  ...Array.from({ length: 10 }, (_, i) => `com${i}`),
  ...Array.from({ length: 10 }, (_, i) => `lpt${i}`),
]);

/** Longest slug accepted; derived slugs are cut shorter (see makeSlug). */
export const MAX_SLUG_LENGTH = 100;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Why a stated slug cannot be used, or null when it can. A slug becomes a
 * directory name under `articles/`, so anything that could leave that
 * directory (`..`, `/`, `\`, absolute paths) or that some file system
 * refuses is rejected, not repaired: the archivist should see it.
 */
export function validateSlug(slug: string): string | null {
  if (slug.includes('/') || slug.includes('\\') || slug.includes('..') || /^[a-zA-Z]:/.test(slug)) {
    return `"${slug}" looks like a path; a slug is a single name`;
  }
  if (slug.length === 0) return 'the slug is empty';
  if (slug.length > MAX_SLUG_LENGTH) return `"${slug.slice(0, 20)}…" is ${slug.length} characters long (at most ${MAX_SLUG_LENGTH})`;
  if (!SLUG.test(slug)) return `"${slug}" may only contain a-z, 0-9 and single hyphens between them`;
  if (RESERVED_SLUGS.has(slug)) return `"${slug}" is a reserved name`;
  return null;
}
