import { describe, expect, it } from 'vitest';
import { REPORT_PAGE_SIZE, planPages, reportPageCount } from '../../../src/plan/planPages.js';
import { dateBuckets } from '../../../src/plan/dateBuckets.js';
import { validatePlan } from '../../../src/plan/validatePlan.js';
import { makeArchive, makeArticle } from '../../helpers/makeArchive.js';

const archive = makeArchive([
  makeArticle('c', { date: '2025-12-05', source: 'Daily Planet', topics: ['War'] }),
  makeArticle('b', { date: '2024-11-08T09:11:00+01:00', topics: ['War', 'Internet'] }),
  makeArticle('a', { date: '2024-02-01', source: 'Daily Planet', entities: { people: ['Ann Lee'], places: [], organisations: [] } }),
  makeArticle('u'),
]);

describe('planPages', () => {
  const pages = planPages(archive, { pageSize: 50 });
  const paths = pages.map((p) => p.outputPath);

  it('plans one page per article, with older and newer neighbours', () => {
    const articles = pages.filter((p) => p.kind === 'article');
    expect(articles.map((p) => p.outputPath)).toEqual(['articles/c/index.html', 'articles/b/index.html', 'articles/a/index.html', 'articles/u/index.html']);
    expect(articles[1]!.view).toEqual({ id: 'b', previousId: 'a', nextId: 'c' });
  });

  it('plans year, month and undated archive pages from the stated date', () => {
    expect(paths).toEqual(expect.arrayContaining([
      'archive/index.html', 'archive/2025/index.html', 'archive/2025/12/index.html', 'archive/2024/index.html',
      'archive/2024/11/index.html', 'archive/2024/02/index.html', 'archive/undated/index.html',
    ]));
  });

  it('plans topic, source and entity pages', () => {
    expect(paths).toEqual(expect.arrayContaining(['topics/war/index.html', 'topics/internet/index.html', 'sources/daily-planet/index.html', 'entities/people/ann-lee/index.html']));
  });

  it('plans the fixed pages', () => {
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'topics/index.html', 'sources/index.html', 'entities/index.html', 'search/index.html', 'report/index.html', '404.html']));
  });

  it('never plans two pages at one path', () => {
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('plans one report page for an archive that fits on it, and spreads a large one over pages of its own', () => {
    const report = (plan: readonly { kind: string; outputPath: string; view: unknown }[]) => plan.filter((p) => p.kind === 'report');
    expect(report(pages)).toEqual([{ kind: 'report', outputPath: 'report/index.html', template: 'report', view: { page: 1, pagePaths: ['report/index.html'] } }]);
    expect(reportPageCount(REPORT_PAGE_SIZE, REPORT_PAGE_SIZE)).toBe(1);
    // Pages are counted from whichever is longer: the articles, or the files of seeds/ (a digest makes several articles of one file; a failed file makes none).
    expect(reportPageCount(REPORT_PAGE_SIZE + 1, 3)).toBe(2);
    expect(reportPageCount(0, 2 * REPORT_PAGE_SIZE + 1)).toBe(3);
    const many = makeArchive(Array.from({ length: 120 }, (_, i) => makeArticle(`x${String(i).padStart(3, '0')}`)));
    const planned = report(planPages(many, { pageSize: 50 }, 2 * REPORT_PAGE_SIZE + 1));
    const paths = ['report/index.html', 'report/page/2/index.html', 'report/page/3/index.html'];
    expect(planned.map((p) => [p.outputPath, p.view])).toEqual(paths.map((path, i) => [path, { page: i + 1, pagePaths: paths }]));
  });

  it('paginates long lists', () => {
    const many = makeArchive(Array.from({ length: 120 }, (_, i) => makeArticle(`x${String(i).padStart(3, '0')}`)));
    const undated = planPages(many, { pageSize: 50 }).filter((p) => p.kind === 'undated');
    expect(undated.map((p) => p.outputPath)).toEqual(['archive/undated/index.html', 'archive/undated/page/2/index.html', 'archive/undated/page/3/index.html']);
  });
});

describe('dateBuckets', () => {
  it('groups by stated year and month, newest first, undated apart', () => {
    expect(dateBuckets(archive.records)).toEqual({
      years: [
        { year: '2025', ids: ['c'], months: [{ month: '12', ids: ['c'] }] },
        { year: '2024', ids: ['b', 'a'], months: [{ month: '11', ids: ['b'] }, { month: '02', ids: ['a'] }] },
      ],
      undated: ['u'],
    });
  });
});

describe('validatePlan', () => {
  it('lists every input that would write to one path', () => {
    const [d] = validatePlan([{ path: 'articles/x/index.html', from: 'a.txt' }, { path: 'articles/x/index.html', from: 'b.md' }], []);
    expect(d).toMatchObject({ code: 'plan/duplicate-path', severity: 'error' });
    expect(d!.message).toContain('a.txt, b.md');
  });

  it('refuses a public/ file that would overwrite a generated one', () => {
    expect(validatePlan([{ path: 'index.html', from: 'home page' }], ['index.html', 'assets/style.css'])).toEqual([
      expect.objectContaining({ code: 'plan/public-conflict', file: 'public/index.html' }),
    ]);
  });

  it('accepts a clean plan', () => {
    expect(validatePlan([{ path: 'a/index.html', from: 'x' }], ['assets/style.css'])).toEqual([]);
  });
});
