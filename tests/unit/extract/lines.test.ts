import { describe, expect, it } from 'vitest';
import { cleanLine, lineKey, splitLines } from '../../../src/extract/text/lines.js';
import { lineShape } from '../../../src/extract/text/lineShape.js';
import { captionKind } from '../../../src/extract/text/captions.js';

describe('splitLines / cleanLine', () => {
  it('undoes escaped quotes and collapses spacing', () => {
    expect(cleanLine(' People\\\'s  Army\u00a0soldiers ')).toBe("People's Army soldiers");
  });
  it('drops the link numbers of a text browser\'s dump, not footnote marks', () => {
    expect(cleanLine('by [14]Carla Benning')).toBe('by Carla Benning');
    expect(cleanLine('#[1]Valley Voice » Feed [2]Valley Voice » Comments Feed')).toBe('Valley Voice » Feed Valley Voice » Comments Feed');
    expect(cleanLine('The study[1] found more bears, see [2] and [3].')).toBe('The study[1] found more bears, see [2] and [3].');
  });
  it('keeps 1-based line numbers and marks blank-line gaps', () => {
    expect(splitLines('a\n\nb\nc')).toEqual([
      { text: 'a', no: 1, gap: false }, { text: 'b', no: 3, gap: true }, { text: 'c', no: 4, gap: false },
    ]);
  });
});

describe('lineKey', () => {
  it('ignores case, quote style and punctuation', () => {
    expect(lineKey("People's Army")).toBe(lineKey('People’s army'));
    expect(lineKey('Володимир Зеленський!')).toBe('володимирзеленський');
  });
});

describe('lineShape', () => {
  it('tells titles, labels and paragraphs apart', () => {
    expect(lineShape('Newfound Access to Internet')).toBe('title');
    expect(lineShape('War')).toBe('label');
    expect(lineShape('Russia has fewer restrictions online.')).toBe('para');
    expect(lineShape('Samyang Foods, boosted by the global popularity...')).toBe('para');
  });
});

describe('lineShape and captions, more shapes', () => {
  it('reads a headline led by its format in capitals as no credit, and a credit after the same label as one', () => {
    expect(captionKind('PHOTOS: The last shift at the waterfront cannery')).toBeNull();
    expect(captionKind('VIDEO: Crews battle the blaze on the ridge overnight')).toBeNull();
    expect(captionKind('PHOTO: JANE DOE')).toBe('credit');
    expect(captionKind('Photos: Example Agency')).toBe('credit');
  });
  it('reads a motto led by an ellipsis as a label, and a caption ending in `File photo` as a caption', () => {
    expect(lineShape('... Truth Without Fear')).toBe('label');
    expect(captionKind('The commission\'s headquarters in the capital. File photo')).not.toBeNull();
  });
  it('never reads a line without words as a title', () => {
    expect(lineShape('412')).toBe('label');
    expect(lineShape('1/5')).toBe('label');
  });
  it('reads a sentence ending in a photographer and outlet in brackets as a caption', () => {
    expect(captionKind('A senator speaks to reporters at the Capitol on Tuesday. (Jane Doe/The Example Ledger)')).toBe('caption');
    expect(captionKind('Crowds gathered at the pier. (Jane Doe for The Example Ledger)')).toBe('caption');
    expect(captionKind('Health workers screen residents in a housing society. (Example Photo by Jane Doe)')).toBe('caption');
    expect(captionKind('Linemen restore power east of town on Tuesday.(Jane Doe / KXYZ)')).toBe('caption');
  });
});
