import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/extract/text/annotate.js';
import { buildBlocks } from '../../../src/extract/text/blocks.js';
import { captionKind } from '../../../src/extract/text/captions.js';
import { dedupeLines } from '../../../src/extract/text/dedupeLines.js';
import { parsePostAttribution } from '../../../src/extract/text/embeddedPosts.js';
import { splitLines } from '../../../src/extract/text/lines.js';
import { parseTopics } from '../../../src/extract/text/topics.js';

const annotated = (text: string) => annotate(splitLines(text), {});

describe('captionKind', () => {
  it('tells credits from captions', () => {
    expect(captionKind('Photo: Shutterstock')).toBe('credit');
    expect(captionKind('(Photo by Aiko Tanaka/Reuters)')).toBe('credit');
    expect(captionKind('Air Koryo Reference Photo. 2018.5.26 / News1')).toBe('caption');
    expect(captionKind('Macaques in a hot spring. (Photo by Aiko Tanaka/Reuters)')).toBe('caption');
    expect(captionKind('The ministry said the talks would resume.')).toBeNull();
  });
});

describe('parsePostAttribution', () => {
  it('reads name, handle and date', () => {
    expect(parsePostAttribution('— Gideon Rachman (@gideonrachman) November 5, 2024')).toEqual({
      attribution: 'Gideon Rachman (@gideonrachman)', date: '2024-11-05',
    });
  });
  it('ignores ordinary dashes', () => {
    expect(parsePostAttribution('— and then he left')).toBeNull();
  });
});

describe('parseTopics', () => {
  it('splits Tags / Filed under / Topics lists', () => {
    expect(parseTopics('Tags: gardening, orchards, pest control')).toEqual(['gardening', 'orchards', 'pest control']);
    expect(parseTopics('Filed under: Transport | Seoul')).toEqual(['Transport', 'Seoul']);
    expect(parseTopics('Topics: #climate #energy')).toEqual(['climate', 'energy']);
    expect(parseTopics('The tags were removed.')).toEqual([]);
  });
});

describe('dedupeLines', () => {
  it('drops exact and near duplicates, keeping the first', () => {
    const lines = annotated('A caption about soldiers / Agency\nA caption about soldiers / AGENCY\nSome body text here.');
    expect([...dedupeLines(lines, [0, 1, 2])]).toEqual([1]);
  });
  it('drops a pull quote contained in a nearby paragraph', () => {
    const lines = annotated('Russia, by contrast, has fewer restrictions online, though censorship grew.\nHeading Line Here\nRussia, by contrast, has fewer restrictions online, though censorship grew. More text follows.');
    expect([...dedupeLines(lines, [0, 1, 2])]).toEqual([0]);
  });
});

describe('buildBlocks', () => {
  it('turns a post and its text into one quote block', () => {
    const lines = annotated('Intro paragraph of the story goes here.\nWe have signal! Thanks all.\n— Mission Control (@MissionCtrl) March 21, 2025\nClosing paragraph.');
    const { blocks, text } = buildBlocks(lines, 0, lines.length, new Set(), null);
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Intro paragraph of the story goes here.' },
      { type: 'quote', text: 'We have signal! Thanks all.', attribution: 'Mission Control (@MissionCtrl)', date: '2025-03-21' },
      { type: 'paragraph', text: 'Closing paragraph.' },
    ]);
    expect(text.split('\n\n')).toHaveLength(3);
  });
  it('drops a trailing section label', () => {
    const lines = annotated('Body text of the article.\nWar');
    expect(buildBlocks(lines, 0, lines.length, new Set(), 'War').blocks).toEqual([{ type: 'paragraph', text: 'Body text of the article.' }]);
  });
});
