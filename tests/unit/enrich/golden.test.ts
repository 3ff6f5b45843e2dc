import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { enrichArchive } from '../../../src/enrich/enrichArchive.js';
import { textSignals } from '../../../src/enrich/textSignals.js';
import { loadTaxonomy } from './loadTaxonomy.js';
import { seedRecords } from './seedRecords.js';
import { syntheticRecords } from './synthetic.js';

/**
 * A fingerprint of the whole archive for a fixed input. Enrichment is tuned
 * for speed; any change to related ids, their order, clusters, groups, slugs
 * or diagnostics must be deliberate, so it changes this hash. When it is
 * deliberate, update the hash and say why in the commit.
 */
function fingerprint(): string {
  const records = [...syntheticRecords(3000), ...seedRecords({ 'seed-0': '2024-01-01' })];
  const archive = enrichArchive(records, loadTaxonomy(), { extractEntities: false });
  return createHash('sha256').update(JSON.stringify(archive)).digest('hex');
}

describe('enrichArchive golden output', () => {
  it('builds byte-identical output for 3,000 generated records and the real seeds', () => {
    expect(fingerprint()).toBe('0507a3a5000ad8a9e77c515c851a5749a62f586adef87d29307ca904dddbcd77');
  }, 120_000);
});

describe('textSignals', () => {
  it('gives the same archive when each record\'s text is read early and let go', () => {
    const taxonomy = loadTaxonomy();
    const records = [...syntheticRecords(1500), ...seedRecords({ 'seed-0': '2024-01-01' })];
    const early = records.map(textSignals(taxonomy));
    expect(early.every((record) => record.text === '' && record.signals !== undefined)).toBe(true);
    const fromText = enrichArchive(records, taxonomy, { extractEntities: false });
    const fromSignals = enrichArchive(early, taxonomy, { extractEntities: false });
    const withoutText = { ...fromText, value: { ...fromText.value, records: fromText.value.records.map((record) => ({ ...record, text: '' })) } };
    expect(JSON.stringify(fromSignals)).toBe(JSON.stringify(withoutText));
    expect(fromSignals.value.records.some((record) => 'signals' in record)).toBe(false);
  }, 120_000);
});
