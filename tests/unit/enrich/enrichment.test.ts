import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../src/types.js';
import { applyEnrichment, buildArchive, enrichRecords } from '../../../src/enrich/buildArchive.js';
import { enrichmentDigest, enrichmentInputs, enrichmentKey } from '../../../src/enrich/enrichmentInputs.js';
import { textSignals } from '../../../src/enrich/textSignals.js';
import { loadTaxonomy } from './loadTaxonomy.js';
import { seedRecords } from './seedRecords.js';
import { syntheticRecords } from './synthetic.js';

/** Fields enrichment reads (see `enrichmentInputs`), and those it passes through untouched. */
const READ = ['id', 'slug', 'seed', 'line', 'date', 'headline', 'source', 'topics', 'entities', 'signals', 'text'];
const PASSED = ['dek', 'author', 'section', 'body', 'summary', 'wordCount', 'digestIndex', 'provenance'];

const taxonomy = loadTaxonomy();
const records = (): ArticleRecord[] => [...syntheticRecords(800), ...seedRecords({ 'seed-0': '2024-01-01' })].map(textSignals(taxonomy));

/** The record with every field enrichment passes through changed. */
function editedElsewhere(record: ArticleRecord, i: number): ArticleRecord {
  return {
    ...record, dek: `dek ${i}`, author: `Author ${i}`, section: 'Section', summary: `Another summary ${i}.`, wordCount: record.wordCount + 7, digestIndex: 2,
    body: { kind: 'text', blocks: [{ type: 'paragraph', text: `Edited body ${i}` }] }, provenance: { ...record.provenance, author: { method: 'extracted', confidence: 'medium' } },
  };
}

describe('enrichment', () => {
  it('classifies every field of a record as read by enrichment or passed through', () => {
    for (const record of records().slice(0, 50)) expect(Object.keys(record).filter((key) => !READ.includes(key) && !PASSED.includes(key))).toEqual([]);
  });

  it('applies to records that differ only in what it does not read, exactly as enriching them again', () => {
    const before = records();
    const after = before.map((record, i) => (i % 3 === 0 ? editedElsewhere(record, i) : record));
    expect(after.map(enrichmentInputs)).toEqual(before.map(enrichmentInputs));
    const reused = applyEnrichment(after, enrichRecords(before, taxonomy, null));
    expect(JSON.stringify(reused)).toBe(JSON.stringify(buildArchive(after, taxonomy, null)));
    expect(reused.value.records.some((record) => record.summary.startsWith('Another summary'))).toBe(true);
  }, 60_000);

  it('has other inputs when a field it reads changes', () => {
    const [record] = records();
    const base = enrichmentInputs(record!);
    const changes: Partial<ArticleRecord>[] = [
      { id: 'other' }, { slug: 'other' }, { seed: 'other.txt' }, { line: 99 }, { date: '1999-01-01' }, { headline: 'Other' }, { source: 'Other' },
      { topics: ['Other'] }, { entities: { people: ['Ada Other'], places: [], organisations: [] } }, { signals: { topics: [], words: ['other'], counts: [1] } },
    ];
    for (const change of changes) expect(enrichmentInputs({ ...record!, ...change })).not.toBe(base);
    // The text is read only by a record without signals.
    expect(enrichmentInputs({ ...record!, text: 'other' })).toBe(base);
    const { signals: _signals, ...unread } = record!;
    expect(enrichmentInputs({ ...unread, text: 'other' })).not.toBe(enrichmentInputs({ ...unread, text: 'more' }));
  });

  it('keys an archive by each record\'s slug and the digest of the rest it reads, whoever made the digest', () => {
    const all = records().slice(0, 40);
    const context = ['code', 'taxonomy.yml', 'taxonomy text'];
    const base = enrichmentKey(context, all);
    const known = new Map(all.map((record) => [record, enrichmentDigest(record)]));
    expect(enrichmentKey(context, all, (record) => known.get(record))).toBe(base);
    expect(enrichmentKey(context, all.map((record, i) => (i % 3 === 0 ? editedElsewhere(record, i) : record)))).toBe(base);
    expect(enrichmentKey(context, all.map((record, i) => (i === 7 ? { ...record, slug: `${record.slug}-2` } : record)))).not.toBe(base);
    expect(enrichmentKey(context, all.map((record, i) => (i === 7 ? { ...record, headline: 'Other' } : record)))).not.toBe(base);
    expect(enrichmentKey(context, [...all].reverse())).not.toBe(base);
    expect(enrichmentKey(context, all.slice(1))).not.toBe(base);
    expect(enrichmentKey(['code', 'taxonomy.yml', 'other taxonomy'], all)).not.toBe(base);
    // The digest leaves the slug to the key: a record renamed by slug resolution keeps its digest.
    expect(enrichmentDigest({ ...all[0]!, slug: 'renamed' })).toBe(enrichmentDigest(all[0]!));
  });
});
