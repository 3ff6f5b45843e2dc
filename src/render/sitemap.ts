import { prettyUrl } from '../plan/outputPath.js';

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * `sitemap.xml` for the pages of the site. Sitemaps need absolute URLs, so
 * it is written only when the base URL is known (`--base-url`). The 404 page
 * and the extraction report (both `noindex`) are left out.
 * @param pagePaths output paths of the HTML pages, in plan order
 */
export function renderSitemap(pagePaths: readonly string[], baseUrl: string): string {
  const urls = pagePaths
    .filter((p) => p !== '404.html' && !p.startsWith('report/'))
    .map((p) => `  <url><loc>${new URL(prettyUrl(p), baseUrl).href.replace(/[&<>"']/g, (c) => xmlEscapes[c]!)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
