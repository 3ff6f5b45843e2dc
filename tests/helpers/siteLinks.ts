import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir`, relative and posix, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

/** The href/src values in a page, HTML entities for `&` decoded. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** Internal links (relative ones) of a page, resolved to output paths (no query/hash). */
export function internalTargets(from: string, html: string): string[] {
  return linksIn(html)
    .filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('#'))
    .map((href) => {
      const url = new URL(href, `https://site.test/${from}`);
      return decodeURIComponent(url.pathname.slice(1));
    });
}

/** Follow links from `start` (breadth first) and return every page reached. */
export async function crawl(dir: string, start: string, follow: (target: string) => boolean = () => true): Promise<Set<string>> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const page = queue.shift()!;
    if (!page.endsWith('.html')) continue;
    const html = await readFile(path.join(dir, page), 'utf8');
    for (const target of internalTargets(page, html)) {
      if (!seen.has(target) && follow(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
