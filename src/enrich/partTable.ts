/**
 * A hash map from runs of text (code units in a buffer) to numbers,
 * looked up without making a string of the run: the similarity
 * features meet millions of word occurrences but only thousands of
 * distinct words, and a substring per occurrence was most of their cost.
 */
export interface PartTable {
  /** Slot -> entry + 1 (0 = empty); open addressing, linear probing. */
  slots: Int32Array;
  readonly hashes: number[];
  readonly parts: string[];
  readonly values: number[];
}

/** An empty table. */
export function createPartTable(): PartTable {
  return { slots: new Int32Array(1 << 12), hashes: [], parts: [], values: [] };
}

/** What `findPart` returns for a run not in the table. */
export const MISSING = -0x80000000;

/**
 * The value stored for the run of `length` code units in `run`, or MISSING.
 * @param hash the run's 32-bit FNV-1a hash
 */
export function findPart(table: PartTable, run: Uint16Array, length: number, hash: number): number {
  const mask = table.slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = (table.slots[slot] ?? 0) - 1;
    if (entry < 0) return MISSING;
    if (table.hashes[entry] === hash && sameRun(table.parts[entry] ?? '', run, length)) return table.values[entry] ?? MISSING;
  }
}

/** Store `value` for a run not yet in the table. */
export function addPart(table: PartTable, part: string, hash: number, value: number): void {
  table.hashes.push(hash);
  table.parts.push(part);
  table.values.push(value);
  // Keep the load under one half so probes stay short.
  if (table.parts.length * 2 > table.slots.length) rehash(table);
  else place(table, table.parts.length - 1);
}

function sameRun(part: string, run: Uint16Array, length: number): boolean {
  if (part.length !== length) return false;
  for (let k = 0; k < length; k++) if (part.charCodeAt(k) !== run[k]) return false;
  return true;
}

function place(table: PartTable, entry: number): void {
  const mask = table.slots.length - 1;
  let slot = (table.hashes[entry] ?? 0) & mask;
  while (table.slots[slot] !== 0) slot = (slot + 1) & mask;
  table.slots[slot] = entry + 1;
}

function rehash(table: PartTable): void {
  table.slots = new Int32Array(table.slots.length * 2);
  for (let entry = 0; entry < table.parts.length; entry++) place(table, entry);
}
