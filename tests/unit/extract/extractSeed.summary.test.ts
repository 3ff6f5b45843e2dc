import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/extract/countWords.js';
import { splitSentences, summarise } from '../../../src/extract/summarise.js';

describe('splitSentences', () => {
  it('splits at sentence ends', () => {
    expect(splitSentences('One two. Three four! Five six? Seven')).toEqual(['One two.', 'Three four!', 'Five six?', 'Seven']);
  });

  it('does not split after titles, initials or U.S.', () => {
    expect(splitSentences('Lt. Col. Charlie Dietz of the U.S. Army spoke. J. K. Rowling did not.')).toEqual([
      'Lt. Col. Charlie Dietz of the U.S. Army spoke.', 'J. K. Rowling did not.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said “no.” Then he left.')).toEqual(['He said “no.”', 'Then he left.']);
  });

  it('does not split decimals or a lower-case continuation', () => {
    expect(splitSentences('Growth was 3.5 per cent. e.g. this one. and more')).toEqual(['Growth was 3.5 per cent. e.g. this one. and more']);
  });

  it('splits CJK sentences without spaces', () => {
    expect(splitSentences('市议会周二投票。工程师表示结构不安全。')).toEqual(['市议会周二投票。', '工程师表示结构不安全。']);
  });
});

describe('summarise', () => {
  const s1 = 'The council voted on Tuesday to close the old bridge to traffic.';
  const s2 = 'Engineers said the structure was no longer safe for heavy vehicles.';
  const s3 = 'Residents will be able to cross on foot until repairs begin next spring, officials said.';
  const s4 = 'The repairs are expected to cost about four million pounds and take eighteen months to finish, according to the report.';

  it('takes whole sentences until about 160 characters, never over 300', () => {
    const summary = summarise([s1, s2, s3, s4].join(' '), 'Bridge closes');
    expect(summary).toBe(`${s1} ${s2} ${s3}`);
    expect(summary.length).toBeLessThanOrEqual(300);
  });

  it('skips a repeated headline and short labels', () => {
    expect(summarise(`Bridge closes\n\nRead More\n\nPhoto: Shutterstock\n\n${s1} ${s2}\n\n${s3}`, 'Bridge closes')).toBe(`${s1} ${s2} ${s3}`);
  });

  it('does not repeat the dek', () => {
    expect(summarise(`${s4}\n\n${s1} ${s2} ${s3}`, 'Bridge closes', s4)).toBe(`${s1} ${s2} ${s3}`);
  });

  it('cuts an over-long first sentence at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(100)}end.`;
    const summary = summarise(long, 'x');
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary.endsWith('word…')).toBe(true);
  });

  it('falls back to whatever text there is', () => {
    expect(summarise('Just a label', 'Headline')).toBe('Just a label');
    expect(summarise('', 'Headline')).toBe('');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0], ['one', 1], ['one two  three\nfour', 4], ['— • – ...', 0], ['U.S.-led talks, 2024', 3],
    ['市议会投票', 5], ['The 市议会 voted', 5], ['المجلس يصوت على', 3], ['🎉 party', 1],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
