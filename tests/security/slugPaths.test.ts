/** A slug becomes a directory under articles/: it must never be able to leave it. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSeed } from '../../src/extract/extractSeed.js';
import { parseOverrides } from '../../src/extract/overrides.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/bad-seeds/markdown/${name}`, import.meta.url), 'utf8');
const asSeed = (p: string, raw: string) => ({ path: p, kind: 'markdown' as const, raw, bytes: new Uint8Array(), hash: '', encoding: 'utf-8' as const, sidecar: null });

const hostileSlugs = [
  '../../etc', '..', '.', '/etc/passwd', '\\\\server\\share', '..\\..\\windows', 'C:\\Windows', 'c:evil', 'a/b', 'a\\b',
  'con', 'NUL', 'aux', 'com1', 'lpt9', 'index', '%2e%2e%2f', 'a\u0000b', 'a\nb', '~root', 'é', '-a', 'a.html',
];

describe('slug path safety', () => {
  it.each(['slug-traversal.md', 'slug-absolute.md', 'slug-windows.md', 'slug-reserved.md'])('rejects the slug of %s and derives a safe one', (name) => {
    const out = extractSeed(asSeed(name, fixture(name)));
    expect(out.diagnostics.map((d) => d.code)).toContain('front-matter/bad-slug');
    expect(out.records[0]?.slug).toBe('bridge-closes');
  });

  it.each(hostileSlugs)('never lets %j out of articles/, in front matter or a sidecar', (slug) => {
    const fm = extractSeed(asSeed('a.md', `---\ntitle: Bridge closes\nslug: ${JSON.stringify(slug)}\n---\nBody.\n`));
    const side = parseOverrides({ path: 'a.meta.yml', raw: `slug: ${JSON.stringify(slug)}\n` });
    const used = fm.records[0]!.slug;
    expect(used).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const target = path.posix.join('articles', used, 'index.html');
    expect(target.startsWith('articles/')).toBe(true);
    expect(path.posix.normalize(target)).toBe(target);
    expect(side.value?.fields.slug).toBeUndefined();
  });
});
