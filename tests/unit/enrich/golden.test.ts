import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { enrichArchive } from '../../../src/enrich/enrichArchive.js';
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
