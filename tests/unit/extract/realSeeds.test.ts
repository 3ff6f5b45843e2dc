import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/extract/text/extractPlainText.js';
import type { ExtractedArticle } from '../../../src/types.js';
import { blocksOf, bodyText } from './fixtureHarness.js';

/** Extract one of the five real seeds in `seeds/`. */
function seed(prefix: string): ExtractedArticle[] {
  const dir = new URL('../../../seeds/', import.meta.url);
  const names = ['000_5aaa9233496064e2', '001_b0deeebdd426c84d', '002_f1a7983dc312774b', '003_1384cefb5b56de03', '004_bb9df8dac863de41'];
  const name = names.find((n) => n.startsWith(prefix))!;
  const result = extractPlainText(readFileSync(new URL(`${name}.txt`, dir), 'utf8'), `${name}.txt`);
  expect(result.diagnostics).toEqual([]);
  return result.articles;
}

describe('real seed 000 (page dump with teasers before the article)', () => {
  const [a] = seed('000');
  it('finds the article headline, not a teaser or the breadcrumb copy', () => {
    expect(a!.headline).toBe('From Soldier to Laborer: Ex-Soldier Vows Life In Russia Was Still Slavery as a Defector');
    expect(a!.provenance.headline).toMatchObject({ method: 'extracted', line: 15, confidence: 'high' });
  });
  it('reads the dateline at the top of the page', () => {
    expect(a!.date).toBe('2025-12-05');
    expect(a!.provenance.date).toMatchObject({ method: 'extracted', line: 1 });
  });
  it('leaves teasers, the breadcrumb copy and the footer out of the body', () => {
    const body = bodyText(a!);
    for (const s of ['700M Images in a Week', 'Kim Wants Them Enemy-Focused', 'Samyang Foods', 'NorthKoreaFrom', 'Check Out Our Content', 'Check Out Other Tags', 'Most Popular Articles']) {
      expect(body).not.toContain(s);
    }
  });
  it('keeps the four section headings as headings', () => {
    expect(blocksOf(a!, 'heading').map((h) => h.text)).toEqual([
      'Learning Russian, Mastering Daily Rules, and Understanding Russian Law… North Korean Soldiers’ Efforts to be Deployed',
      'The Stark Reality Hits Upon Takeoff… A Life of Mandatory Quotas',
      'Connections with Foreign Workers Led to Acquiring a Cell Phone… Prejudices Against South Korea Gradually Erode',
      'COVID-19 Pandemic Exposes Life-Threatening Conditions… Solidifying Resolve to Escape',
    ]);
  });
  it('keeps each duplicated caption once, with the escaped quote undone', () => {
    const captions = blocksOf(a!, 'caption').map((c) => c.text);
    expect(captions).toEqual([
      'Scenes of People\'s Army soldiers dispatched to flood-stricken areas in North Pyongan Province / Rodong Sinmun',
      'Air Koryo Reference Photo. 2018.5.26 / News1',
    ]);
    expect(bodyText(a!)).not.toContain('\\\'');
  });
  it('starts the body with the lead paragraph', () => {
    expect(a!.text.startsWith('North Korea sent thousands of workers')).toBe(true);
  });
});

describe('real seed 001 (headline, dek, undated)', () => {
  const [a] = seed('001');
  it('finds headline and dek', () => {
    expect(a!.headline).toBe('North Korean Troops in Russia: Unprecedented Internet Access Sparks Controversy');
    expect(a!.dek).toBe('North Korean Soldiers Access Unrestricted Internet for the First Time');
  });
  it('is undated: month mentions are not dates', () => {
    expect(a!.date).toBeNull();
    expect(a!.provenance.date.method).toBe('none');
  });
  it('does not repeat the dek in the body', () => {
    expect(bodyText(a!)).not.toContain('Access Unrestricted Internet for the First Time');
  });
});

describe('real seed 002 (byline, dateline with zone, section)', () => {
  const [a] = seed('002');
  it('reads headline, author, date with offset and section', () => {
    expect(a!.headline).toBe('Deployed North Korean Soldiers Use First Internet Access to Binge on Porn');
    expect(a!.author).toBe('Kathrine Frich');
    expect(a!.date).toBe('2024-11-08T09:11:00+01:00');
    expect(a!.section).toBe('War');
    expect(a!.provenance.date).toMatchObject({ method: 'extracted', line: 5, confidence: 'high' });
    expect(a!.provenance.author).toMatchObject({ line: 3, confidence: 'high' });
  });
  it('drops the photo credit, promo labels and the trailing section label', () => {
    const body = bodyText(a!);
    expect(body).not.toContain('Photo: Shutterstock');
    expect(body).not.toMatch(/Trending Now|TRENDING NOW/);
    expect(body.trimEnd().endsWith('War')).toBe(false);
  });
  it('keeps the subheadings as headings', () => {
    expect(blocksOf(a!, 'heading').map((h) => h.text)).toEqual(['Newfound Access to Internet', 'Fewer Restrictions in Russia']);
  });
});

describe('real seed 003 (digest split by Read More)', () => {
  const articles = seed('003');
  it('yields ten stories, each with its own derived headline and line', () => {
    expect(articles).toHaveLength(10);
    expect(articles.map((a) => a.line)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
    for (const a of articles) {
      expect(a.provenance.headline.method).toBe('derived');
      expect(a.headline.length).toBeGreaterThan(20);
      expect(a.headline.length).toBeLessThanOrEqual(171);
      expect(a.date).toBeNull();
    }
  });
  it('derives the first headline without the attribution lead-in', () => {
    expect(articles[0]!.headline).toBe('North Korean leader Kim Jong Un has instructed troops in Ukraine to commit suicide with grenades if captured');
  });
});

describe('real seed 004 (no headline, embedded posts)', () => {
  const [a] = seed('004');
  it('derives a headline from the lead sentence without "It has been reported that"', () => {
    expect(a!.provenance.headline.method).toBe('derived');
    expect(a!.headline).toMatch(/^North Korean soldiers .*gorging on pornography/);
    expect(a!.headline).toContain('unfiltered access to the internet');
  });
  it('infers the date from the latest full date mentioned, with low confidence', () => {
    expect(a!.date).toBe('2024-11-06');
    expect(a!.provenance.date).toMatchObject({ method: 'inferred', confidence: 'low', line: 13 });
    expect(a!.provenance.date.evidence).toContain('latest');
  });
  it('renders the two embedded posts as quotes with attribution and date', () => {
    expect(blocksOf(a!, 'quote').map((q) => [q.attribution, q.date])).toEqual([
      ['Gideon Rachman (@gideonrachman)', '2024-11-05'],
      ['Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa)', '2024-11-06'],
    ]);
  });
});
