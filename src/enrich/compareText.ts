/**
 * Compare two strings by UTF-16 code units.
 *
 * Why not `localeCompare`: its result depends on the ICU data and default
 * locale of the machine running the build, and the archive must be
 * byte-identical wherever it is built.
 *
 * @returns negative, zero or positive, like any comparator.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-fold a string for matching, independently of the host locale. */
export function foldCase(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}
