import { describe, expect, it } from 'vitest';
import { clusterStories } from '../../../src/enrich/clusterStories.js';
import type { ArticleRecord } from '../../../src/types.js';
import { makeRecord } from './makeRecord.js';

/** One report of a flood; the same event told by another outlet is close, a year later is not. */
function report(id: string, date: string | null, source: string, headline: string): ArticleRecord {
  return makeRecord({
    id, date, source, headline,
    text: 'Floodwaters swept through the valley town after the river burst its banks. '
      + 'Mayor Elena Voss ordered the evacuation of low districts as the dam overflowed. Emergency crews rescued residents from rooftops.',
    entities: { people: ['Elena Voss'], places: ['Rivertown'], organisations: ['Civil Protection Agency'] },
    topics: ['Disasters'],
  });
}

const filler = [
  makeRecord({ id: 'other-1', date: '2024-05-02', headline: 'Chess final drawn', text: 'The chess final ended in a draw after six hours.',
    entities: { people: ['Ivo Marek'], places: ['Prague'], organisations: [] }, topics: ['Sport'] }),
  makeRecord({ id: 'other-2', date: '2024-05-03', headline: 'Bank raises rates', text: 'The central bank raised interest rates to tame inflation.',
    entities: { people: [], places: ['Zurich'], organisations: ['Central Bank'] }, topics: ['Economy & Business'] }),
  makeRecord({ id: 'other-3', date: '2024-05-04', headline: 'New telescope images', text: 'Astronomers released images from the telescope.',
    entities: { people: [], places: [], organisations: ['Space Agency'] }, topics: ['Science'] }),
];

describe('clusterStories', () => {
  it('joins two reports of the same event from two sources within three days', () => {
    const clusters = clusterStories([
      report('a', '2024-05-01', 'Daily Post', 'Floods force evacuation of Rivertown'),
      report('b', '2024-05-03T10:00:00+02:00', 'Evening Star', 'Rivertown evacuated as dam overflows'),
      ...filler,
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.ids).toEqual(['b', 'a']);
    expect(clusters[0]?.id).toBe('a');
    expect(clusters[0]?.slug).toBe('a');
    expect(['Floods force evacuation of Rivertown', 'Rivertown evacuated as dam overflows']).toContain(clusters[0]?.label);
  });

  it('does not join the same kind of story a year apart', () => {
    const clusters = clusterStories([
      report('a', '2023-05-01', 'Daily Post', 'Floods force evacuation of Rivertown'),
      report('b', '2024-05-02', 'Evening Star', 'Rivertown evacuated as dam overflows'),
      ...filler,
    ]);
    expect(clusters).toEqual([]);
  });

  it('joins an undated record only when nearly identical', () => {
    const same = clusterStories([report('a', '2024-05-01', 'Daily Post', 'Floods hit Rivertown'), report('u', null, 'Wire', 'Floods hit Rivertown'), ...filler]);
    expect(same[0]?.ids).toEqual(['a', 'u']);
    const loose = makeRecord({ id: 'u2', headline: 'Rivertown mayor re-elected', text: 'Mayor Elena Voss won a second term in Rivertown.',
      entities: { people: ['Elena Voss'], places: ['Rivertown'], organisations: [] }, topics: ['Politics'] });
    expect(clusterStories([report('a', '2024-05-01', 'Daily Post', 'Floods hit Rivertown'), loose, ...filler])).toEqual([]);
  });

  it('never returns single-record clusters and is independent of input order', () => {
    const input = [
      report('a', '2024-05-01', 'Daily Post', 'Floods force evacuation of Rivertown'),
      report('b', '2024-05-02', 'Evening Star', 'Rivertown evacuated as dam overflows'),
      report('c', '2024-05-03', 'Morning News', 'Dam overflow floods Rivertown'),
      ...filler,
    ];
    const forward = clusterStories(input);
    expect(forward).toHaveLength(1);
    expect(forward[0]?.ids).toEqual(['c', 'b', 'a']);
    expect(clusterStories([...input].reverse())).toEqual(forward);
  });
});
