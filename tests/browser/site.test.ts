import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { resolveOptions } from '../../src/config.js';
import { runBuild } from '../../src/build.js';
import { projectRoot } from '../helpers/buildInline.js';
import { serveStatic } from '../helpers/staticServer.js';
import { axeViolations, launchChromium } from '../helpers/browser.js';

interface ApiArticle { url: string; headline: string; date: string | null; topics: string[] }

let dir: string;
let outDir: string;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let api: ApiArticle[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'news-archive-browser-'));
  outDir = path.join(dir, 'dist');
  // The real seeds plus two Markdown seeds, so dated, sourced pages exist whatever the extraction finds.
  const seedsDir = path.join(dir, 'seeds');
  await cp(path.join(projectRoot, 'seeds'), seedsDir, { recursive: true });
  await writeFile(path.join(seedsDir, 'zz-dated.md'), '---\ntitle: Harbour Reopens After Storm Repairs\ndate: 2024-03-14\nsource: The Coastal Herald\nauthor: Ana Lima\ntopics: [Environment]\n---\n\nThe harbour reopened on Thursday after **three weeks** of repairs.\n\n## What changed\n\nNew sea walls were built.\n');
  await writeFile(path.join(seedsDir, 'zz-dated-2.md'), '---\ntitle: Council Approves New Library Budget\ndate: 2023-07-02T10:30:00+02:00\nsource: City Times\n---\n\nThe council voted 7 to 2 in favour.\n');
  const report = await runBuild(resolveOptions(projectRoot, { seedsDir, outDir, cacheDir: null }));
  if (!report.ok) throw new Error('build failed');
  api = JSON.parse(await readFile(path.join(outDir, 'api/articles.json'), 'utf8')) as ApiArticle[];
  // Served under a sub-path, as on a shared static host.
  server = await serveStatic(outDir, '/some/archive/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(url: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** One page of every kind; the fixture seeds above guarantee the dated ones exist. */
const pagesToCheck = [
  '', 'index.html', 'articles/harbour-reopens/index.html', 'topics/index.html', 'archive/index.html', 'archive/2024/index.html',
  'archive/2024/03/index.html', 'archive/undated/index.html', 'sources/index.html', 'search/index.html', 'report/index.html',
  'entities/index.html', 'no/such/page/',
];

describe('the built site in Chromium', () => {
  describe.each(['light', 'dark'] as const)('in %s mode', (scheme) => {
    it.each(pagesToCheck)('has no axe-core violations on /%s', async (route) => {
      const page = await open(server.url + route, { colorScheme: scheme });
      const violations = await axeViolations(page);
      await page.context().close();
      expect(violations).toEqual([]);
    });
  });

  it('works with a keyboard: skip link first, then the navigation', async () => {
    const page = await open(server.url + api[0]!.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Shift+Tab');
    const seen: string[] = [];
    await page.focus('.site-title a');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(seen.slice(0, 5)).toEqual(['Latest', 'Topics', 'Archive', 'Sources', 'Search']);
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    for (const route of ['', api[0]!.url, 'report/index.html', 'archive/index.html']) {
      const page = await open(server.url + route, { width: 360 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('switches to dark colours when the reader prefers dark mode', async () => {
    const light = await open(server.url, { colorScheme: 'light' });
    const dark = await open(server.url, { colorScheme: 'dark' });
    const bg = (p: Page): Promise<string> => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg(light)).toBe('rgb(255, 255, 255)');
    expect(await bg(dark)).not.toBe('rgb(255, 255, 255)');
    await light.context().close();
    await dark.context().close();
  });

  it('prints the article without navigation', async () => {
    const page = await open(server.url + api[0]!.url);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header nav')).toBe(false);
    expect(await page.isVisible('article h1')).toBe(true);
    await page.context().close();
  });

  it('navigates from disk (file://) from home to an article, a topic and a month', async () => {
    const page = await open(pathToFileURL(path.join(outDir, 'index.html')).href);
    await page.click('.article-list a >> nth=0');
    expect(page.url()).toMatch(/^file:.*\/articles\/[^/]+\/index\.html$/);
    expect(await page.textContent('article h1')).toBe(api[0]!.headline);
    await page.click('nav[aria-label="Main"] >> text=Archive');
    expect(page.url()).toMatch(/\/archive\/index\.html$/);
    await page.click('main a >> nth=0');
    expect(page.url()).toMatch(/\/archive\/[^/]+\/index\.html$/);
    await page.click('nav[aria-label="Main"] >> text=Topics');
    await page.click('main a >> nth=0');
    expect(page.url()).toMatch(/\/topics\/[^/]+\/index\.html$/);
    expect(await page.locator('.article-list li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('finds articles with search when served under a sub-path', async () => {
    const page = await open(`${server.url}search/index.html`);
    const word = api[0]!.headline.split(/\s+/).find((w) => w.length > 5)!.replace(/[^\p{L}\p{N}]/gu, '');
    await page.fill('#search input', word);
    const first = page.locator('.pagefind-ui__result-link').first();
    await first.waitFor({ timeout: 15_000 });
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/some\/archive\/articles\//);
    await page.goto(new URL(href!, server.url).href);
    expect(await page.locator('article h1').count()).toBe(1);
    await page.context().close();
  });
});
