/**
 * A table keyed by record ids or output paths: no prototype, so a key is
 * only ever a key (a seed may be named `__proto__`, and JSON.parse makes
 * such a key an own property where a plain object would take it as its prototype).
 */
export function keyTable(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
