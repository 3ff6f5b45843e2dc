import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../../src/extract/text/extractPlainText.js';

const para = (topic: string) => `Officials said on Monday that the ${topic} programme would expand next year, adding staff and money across the region.`;

describe('digests', () => {
  it('splits on Read More lines, one article per story with its own line', () => {
    const raw = [para('housing'), 'Read More', para('transport'), 'Read More', para('schools'), 'Read More'].join('\n');
    const { articles } = extractPlainText(raw, 'd.txt');
    expect(articles.map((a) => a.line)).toEqual([1, 3, 5]);
    expect(articles.every((a) => a.provenance.headline.method === 'derived')).toBe(true);
  });
  it('splits headline + paragraph pairs when there is no main article', () => {
    const raw = ['Housing plan expands again', para('housing'), 'Bus routes are redrawn', para('transport'), 'Schools get new funding', para('schools')].join('\n\n');
    expect(extractPlainText(raw, 'd.txt').articles.map((a) => a.headline)).toEqual(['Housing plan expands again', 'Bus routes are redrawn', 'Schools get new funding']);
  });
  it('splits a labelled column of briefs, each a title, maybe its own byline, and a long paragraph', () => {
    const long = (topic: string) => `${para(topic)} ${para(topic)} ${para(topic)} ${para(topic)}`;
    const raw = ['The Example Crier', 'NEWS IN BRIEF', 'Market traders win reprieve on move', long('market'), 'Fishermen report record catch on lake', long('fisheries'),
      'Nursing college admits first midwifery class', 'By Jane Doe', long('nursing'), 'Police appeal after goats stolen from farms', long('policing'),
      '© 2023 The Example Crier. All rights reserved.'].join('\n\n');
    const { articles } = extractPlainText(raw, 'd.txt');
    expect(articles.map((a) => a.headline)).toEqual(['Market traders win reprieve on move', 'Fishermen report record catch on lake', 'Nursing college admits first midwifery class', 'Police appeal after goats stolen from farms']);
    expect(articles.map((a) => a.author)).toEqual([null, null, 'Jane Doe', null]);
  });
  it('does not split a labelled page whose stories run on past their briefs', () => {
    const raw = ['NEWS IN BRIEF', 'Market traders win reprieve on move', para('market'), para('market'), para('market'), 'Fishermen report record catch', para('fisheries'), 'Nursing college admits first class', para('nursing')].join('\n\n');
    expect(extractPlainText(raw, 'd.txt').articles).toHaveLength(1);
  });
  it('does not split one article that has a single Read More link', () => {
    const raw = ['Council approves housing plan', para('housing'), 'Read More', para('transport'), para('schools')].join('\n');
    expect(extractPlainText(raw, 'd.txt').articles).toHaveLength(1);
  });
  it('does not split an article whose subheadings each head one paragraph when a byline marks the main headline', () => {
    const raw = ['Council approves housing plan', 'By Jane Doe', 'Background of the plan', para('housing'), 'What comes next', para('transport'), 'Who pays for it', para('schools')].join('\n');
    const { articles } = extractPlainText(raw, 'd.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('Council approves housing plan');
  });
});

describe('headline choice', () => {
  it('skips teaser blocks before the article', () => {
    const raw = ['Teaser One About Prices', 'Short blurb one.', 'Teaser Two About Trains', 'Short blurb two.', 'The Real Headline of the Article', para('housing'), para('transport')].join('\n');
    expect(extractPlainText(raw, 't.txt').articles[0]!.headline).toBe('The Real Headline of the Article');
  });
  it('prefers the title that a breadcrumb copy repeats', () => {
    const raw = ['Other Story Title Here', 'Short blurb.', 'Real Headline About the Budget', 'PoliticsReal Headline About the Budget', para('budget'), para('tax')].join('\n');
    const [a] = extractPlainText(raw, 't.txt').articles;
    expect(a!.headline).toBe('Real Headline About the Budget');
    expect(a!.section).toBe('Politics');
  });
  it('returns zero articles and a diagnostic for an empty file', () => {
    const result = extractPlainText('\n \n', 'e.txt');
    expect(result.articles).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ code: 'extract-text/no-content', file: 'e.txt', line: 1 });
    expect(result.diagnostics[0]!.hint).toBeTruthy();
  });
  it('never reports today as the date of an undated text', () => {
    const [a] = extractPlainText(['A Headline With No Date', para('housing')].join('\n'), 'u.txt').articles;
    expect(a!.date).toBeNull();
    expect(a!.provenance.date.method).toBe('none');
  });
});
