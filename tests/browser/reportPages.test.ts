import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { everyFieldStated, makeArticle } from '../helpers/makeArchive.js';
import { renderReportPages } from '../helpers/reportPages.js';
import { projectRoot } from '../helpers/buildInline.js';
import { serveStatic } from '../helpers/staticServer.js';
import { axeViolations, launchChromium } from '../helpers/browser.js';

// An archive just too large for one report page (building 501 seeds would take the suite's time for nothing the render does not show).
let dir: string;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'news-archive-report-'));
  // One article in fifty has a field to check; every other field is stated (axe's time grows with the page).
  const records = Array.from({ length: 501 }, (_, i) => makeArticle(`a${String(i).padStart(4, '0')}`, i % 50 === 0 ? {} : { provenance: everyFieldStated }));
  for (const { page, html } of renderReportPages(records)) {
    await mkdir(path.dirname(path.join(dir, page.outputPath)), { recursive: true });
    await writeFile(path.join(dir, page.outputPath), html);
  }
  await cp(path.join(projectRoot, 'public'), dir, { recursive: true });
  server = await serveStatic(dir, '/archive/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an extraction report spread over pages, in Chromium', () => {
  it.each(['light', 'dark'] as const)('has no axe-core violations on its first and a later page in %s mode', async (colorScheme) => {
    for (const route of ['report/index.html', 'report/page/2/index.html']) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(server.url + route);
      const violations = await axeViolations(page);
      await context.close();
      expect(violations.map((v) => `${route}: ${v}`)).toEqual([]);
    }
  });

  it('leads from page to page with its pager', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + 'report/index.html');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
    expect(await page.locator('h1').textContent()).toBe('Extraction report, page 2 of 2');
    expect(await page.getByText('Articles 252–501 of 501.').count()).toBe(1);
    expect(await page.locator('.report-records > li').count()).toBe(5);
    await page.close();
  });
});
