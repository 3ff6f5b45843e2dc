import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { RESERVED_SLUGS } from './validateSlug.js';

/** Derived slugs stay readable in a URL bar; cut at a word boundary below this. */
export const DERIVED_SLUG_MAX = 80;
/** Only this much of the text can contribute to an 80-character slug. */
const INPUT_MAX = 400;

/**
 * Printable ASCII that transliteration leaves alone: no `&` (spelt "and"),
 * no `^` or backtick (diacritics, dropped).
 */
const PLAIN_ASCII = /^[\x20-\x25\x27-\x5d\x5f\x61-\x7e]*$/;

/** Slugify, then force the result into `[a-z0-9]` words joined by single hyphens. */
export function clean(text: string): string {
  const input = text.slice(0, INPUT_MAX);
  // What slugify does to plain ASCII, without its per-call transliteration set-up (most of a seed's slug cost).
  const slug = PLAIN_ASCII.test(input)
    ? input.toLowerCase().replace(/([a-z\d])'([ts])(?![a-z\d])/g, '$1$2')
    : slugify(input, { decamelize: false, lowercase: true });
  return slug.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Cut to at most `max` characters, at a hyphen when there is one. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const at = head.lastIndexOf('-');
  return (at > 0 ? head.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * A URL-safe slug for a headline: transliterated to ASCII, lower case,
 * words joined by hyphens, at most 80 characters cut at a word boundary.
 * When the headline leaves nothing (CJK-only, emoji-only), the slug comes
 * from `fallbackId` (the record id), and failing that from a hash of it,
 * so the result is never empty, always matches `^[a-z0-9]+(-[a-z0-9]+)*$`
 * and depends on its inputs only. Reserved names get `-article` appended.
 * @param text usually the headline
 * @param fallbackId the record id, e.g. `000_x#2`
 */
export function makeSlug(text: string, fallbackId: string): string {
  let slug = cut(clean(text), DERIVED_SLUG_MAX);
  if (slug === '') slug = cut(clean(fallbackId), DERIVED_SLUG_MAX);
  if (slug === '') slug = `article-${createHash('sha256').update(`${fallbackId}\n${text}`).digest('hex').slice(0, 10)}`;
  return RESERVED_SLUGS.has(slug) ? `${slug}-article` : slug;
}
