import { compareText, foldCase } from './compareText.js';
import { isBoundary } from './wordBoundary.js';

/** One entity after merging: its display name, every form it was seen in, and mentions in the text. */
export interface MergedEntity {
  readonly name: string;
  readonly forms: readonly string[];
  readonly mentions: number;
}

/**
 * Merge the names found for one kind of entity:
 * case variants ("UNITED NATIONS", "United Nations") become one, and a
 * shorter name whose words end or start a longer one ("Dietz" in "Charlie
 * Dietz", "Volodymyr" in "Volodymyr Zelensky") joins it; when several
 * longer names fit, the most mentioned wins. Mentions are then counted in
 * `text` by longest form first, so "Kim" inside "Kim Jong Un" counts once.
 *
 * @param names cleaned names, in the order found (repeats allowed)
 * @param text the whole text mentions are counted in
 * @param shadows longer names of other kinds whose occurrences hide these
 *   ("England" inside "Bank of England" is not a mention of the place)
 */
export function mergeEntityNames(names: readonly string[], text: string, shadows: readonly string[] = []): MergedEntity[] {
  const variants = new Map<string, Map<string, number>>();
  for (const name of names) {
    const key = foldCase(name);
    const counts = variants.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    variants.set(key, counts);
  }
  const keys = [...variants.keys()].sort((a, b) => b.length - a.length || compareText(a, b));
  const own = new Set(keys);
  const hiding = shadows.filter((shadow) => shadow.includes(' ') && !own.has(foldCase(shadow)));
  const { counts: mentions, verbatim } = countMentions(keys.flatMap((key) => [...(variants.get(key)?.keys() ?? [])]), text, hiding);
  // A form compromise found but that never matches verbatim (a cleaned spelling) still counts as seen.
  const total = (key: string): number => {
    const forms = [...(variants.get(key)?.entries() ?? [])];
    const counted = forms.reduce((sum, [form]) => sum + (mentions.get(form) ?? 0), 0);
    const found = forms.reduce((sum, [, seen]) => sum + seen, 0);
    return counted > 0 || forms.some(([form]) => verbatim.has(form)) ? counted : found;
  };

  const owner = new Map<string, string>();
  for (const key of keys) {
    const words = key.split(' ');
    const longer = keys.filter((other) => other.length > key.length && isAffix(words, other.split(' ')));
    const roots = [...new Set(longer.map((other) => owner.get(other) ?? other))];
    const best = roots.sort((a, b) => total(b) - total(a) || compareText(a, b))[0];
    owner.set(key, best ?? key);
  }

  const merged = new Map<string, { forms: string[]; mentions: number }>();
  for (const key of keys) {
    const root = owner.get(key) ?? key;
    const entry = merged.get(root) ?? { forms: [], mentions: 0 };
    entry.forms.push(...(variants.get(key)?.keys() ?? []));
    entry.mentions += total(key);
    merged.set(root, entry);
  }
  return [...merged.entries()].map(([root, entry]) => ({
    name: displayForm(variants.get(root) ?? new Map(), mentions),
    forms: entry.forms.sort(compareText),
    mentions: entry.mentions,
  }));
}

/** `short` is the first or last words of `long` ("Dietz" / "Charlie Dietz"). */
function isAffix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const prefix = short.every((word, i) => long[i] === word);
  const suffix = short.every((word, i) => long[long.length - short.length + i] === word);
  return prefix || suffix;
}

/** The most mentioned spelling of a name, ties broken by code units. */
function displayForm(forms: ReadonlyMap<string, number>, mentions: ReadonlyMap<string, number>): string {
  return [...forms.keys()].sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) || compareText(a, b))[0] ?? '';
}

/**
 * Whole-word occurrences of each form in `text`; shadows, then longer
 * forms, claim their characters first so a shorter form inside them is
 * not counted again. `verbatim` lists forms that occur at all.
 */
function countMentions(forms: readonly string[], text: string, shadows: readonly string[]): { counts: Map<string, number>; verbatim: Set<string> } {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length || compareText(a, b));
  const claimed = new Uint8Array(text.length);
  const counts = new Map<string, number>();
  const verbatim = new Set<string>();
  for (const shadow of [...new Set(shadows)].sort((a, b) => b.length - a.length || compareText(a, b))) claim(shadow, text, claimed);
  for (const form of sorted) {
    const [count, occurs] = claim(form, text, claimed);
    counts.set(form, count);
    if (occurs) verbatim.add(form);
  }
  return { counts, verbatim };
}

/** Claim the unclaimed whole-word occurrences of `form`: how many, and whether it occurs at all. */
function claim(form: string, text: string, claimed: Uint8Array): [number, boolean] {
  let count = 0;
  let occurs = false;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    if (!isBoundary(text, at - 1) || !isBoundary(text, at + form.length)) continue;
    occurs = true;
    if (claimed[at] === 1) continue;
    claimed.fill(1, at, at + form.length);
    count++;
  }
  return [count, occurs];
}
