import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { resolveOptions } from '../../src/config.js';
import { runBuild } from '../../src/build.js';
import { projectRoot } from '../helpers/buildInline.js';
import { listFiles } from '../helpers/siteLinks.js';
import { makeArticle } from '../helpers/makeArchive.js';
import { renderReportPages } from '../helpers/reportPages.js';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Long headlines are content, not markup errors.
    'long-title': 'off',
    // Pagefind's UI script is loaded as a classic script on the search page.
    'require-sri': 'off',
  },
});

describe('the generated HTML', () => {
  let dir: string;
  let outDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'news-archive-valid-'));
    outDir = path.join(dir, 'dist');
    await runBuild(resolveOptions(projectRoot, { outDir, search: false, cacheDir: null }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is valid on every page (html-validate, recommended rules)', async () => {
    const problems: string[] = [];
    for (const file of (await listFiles(outDir)).filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateString(await readFile(path.join(outDir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is valid on every page of an extraction report spread over pages', async () => {
    const reportPages = renderReportPages(Array.from({ length: 1200 }, (_, i) => makeArticle(`a${String(i).padStart(4, '0')}`)));
    expect(reportPages.map(({ page }) => page.outputPath)).toEqual(['report/index.html', 'report/page/2/index.html', 'report/page/3/index.html']);
    const problems: string[] = [];
    for (const { page, html } of reportPages) {
      expect(html).toContain(`page ${page.view.page} of 3</h1>`);
      const report = await validator.validateString(html, page.outputPath);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.outputPath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
