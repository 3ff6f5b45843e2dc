import type { ListPage } from './pageData.js';

/**
 * Split a list of ids into pages of `size`, with stable page URLs: page 1
 * lives at the list's own path, page n at `page/n/` below it.
 * @param pathOf output path of page n (1-based)
 */
export function paginate(ids: readonly string[], size: number, pathOf: (page: number) => string): ListPage[] {
  const count = Math.max(1, Math.ceil(ids.length / size));
  const pagePaths = Array.from({ length: count }, (_, i) => pathOf(i + 1));
  return pagePaths.map((_, i) => ({ ids: ids.slice(i * size, (i + 1) * size), page: i + 1, pagePaths }));
}
