/**
 * The seed path without its extension: `a/000_x.txt` -> `a/000_x`. Shared by
 * load (pairing sidecars with seeds) and extract (record ids), so it lives
 * outside both stages.
 */
export function stemOf(seedPath: string): string {
  const slash = seedPath.lastIndexOf('/');
  const dot = seedPath.lastIndexOf('.');
  return dot > slash + 1 ? seedPath.slice(0, dot) : seedPath;
}
