import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildInline, projectRoot, type InlineSite } from '../helpers/buildInline.js';

const fixtures = path.join(projectRoot, 'tests/fixtures/bad-seeds');

/** Every bad-input fixture, plus a PNG renamed .txt, in one seeds/ directory. */
async function badSeeds(): Promise<Record<string, string | Uint8Array>> {
  const seeds: Record<string, string | Uint8Array> = {};
  for (const kind of ['markdown', 'text']) {
    for (const name of await readdir(path.join(fixtures, kind))) seeds[name] = await readFile(path.join(fixtures, kind, name));
  }
  seeds['image.txt'] = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return seeds;
}

describe('a build of every bad-input fixture at once', () => {
  let site: InlineSite;
  let seeds: Record<string, string | Uint8Array>;
  beforeAll(async () => {
    seeds = await badSeeds();
    site = await buildInline(seeds, { entities: false });
  });
  afterAll(() => site.cleanup());

  it('still builds: one bad seed never blocks the others', () => {
    expect(site.report.diagnostics.filter((d) => d.code.startsWith('build/') || d.code.startsWith('write/'))).toEqual([]);
    expect(site.report.ok).toBe(true);
  });

  it('accounts for every file in seeds/ exactly once (a sidecar through the seed it corrects)', () => {
    const applied = Object.keys(seeds).filter((f) => f.endsWith('.meta.yml') && Object.hasOwn(seeds, f.replace(/\.meta\.yml$/, '')));
    expect(applied).toEqual(['with-sidecar.txt.meta.yml']);
    expect(site.report.outcomes.map((o) => o.path).sort()).toEqual(Object.keys(seeds).filter((f) => !applied.includes(f)).sort());
    expect(site.report.outcomes.find((o) => o.path === 'with-sidecar.txt')?.status).toBe('built');
    expect(site.report.outcomes.find((o) => o.path === 'orphan.meta.yml')?.status).toBe('skipped');
    expect(site.report.outcomes.find((o) => o.path === 'image.txt')).toMatchObject({ status: 'failed' });
    expect(site.report.outcomes.find((o) => o.path === 'empty.txt')?.status).not.toBe('built');
  });

  it('lists every message, with or without a hint, on the report page', async () => {
    const report = await site.read('report/index.html');
    const warnings = site.report.diagnostics.filter((d) => d.hint === undefined);
    expect(warnings.length).toBeGreaterThan(0);
    for (const d of site.report.diagnostics) expect(report).toContain(d.code);
  });
});
