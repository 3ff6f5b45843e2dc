import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { compareText } from './compareText.js';

/** Something to give a URL slug: `key` identifies it, `name` is shown. */
export interface SlugItem {
  readonly key: string;
  readonly name: string;
}

/** A slug that had to be disambiguated, for a diagnostic. */
export interface SlugCollision {
  readonly slug: string;
  readonly names: readonly string[];
  readonly keys: readonly string[];
}

/**
 * Unique URL slugs for a set of groups. The base is `slugify(name)`
 * ("Crime & Justice" -> `crime-and-justice`); a name with no Latin
 * letters or digits gets `item-<hash>`. When names collide ("C++" and
 * "C" both give `c`), the first by code units keeps the base and the
 * others get `-<hash of the name>`: stable whatever else is in the
 * archive, unlike a counter.
 */
export function groupSlugs(items: readonly SlugItem[]): { slugs: Map<string, string>; collisions: SlugCollision[] } {
  const byBase = new Map<string, SlugItem[]>();
  for (const item of items) {
    const base = slugify(item.name) || `item-${shortHash(item.name)}`;
    const list = byBase.get(base);
    if (list) list.push(item);
    else byBase.set(base, [item]);
  }
  const taken = new Set(byBase.keys());
  const slugs = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  for (const base of [...byBase.keys()].sort(compareText)) {
    const list = (byBase.get(base) ?? []).sort((a, b) => compareText(a.name, b.name) || compareText(a.key, b.key));
    list.forEach((item, position) => {
      if (position === 0) {
        slugs.set(item.key, base);
        return;
      }
      let slug = `${base}-${shortHash(item.key)}`;
      for (let salt = 1; taken.has(slug); salt++) slug = `${base}-${shortHash(`${item.key}#${salt}`)}`;
      taken.add(slug);
      slugs.set(item.key, slug);
    });
    if (list.length > 1) collisions.push({ slug: base, names: list.map((item) => item.name), keys: list.map((item) => item.key) });
  }
  return { slugs, collisions };
}

function shortHash(value: string): string {
  return createHash('sha1').update(value).digest('hex').slice(0, 6);
}
