/**
 * Append every item to `target`. `target.push(...items)` passes each item
 * as an argument and throws past ~120,000 of them: archive-wide lists
 * (diagnostics, records, orphans) of large archives go through here.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
