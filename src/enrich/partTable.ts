/**
 * A hash map from runs of text (code units in a buffer) to numbers,
 * looked up without making a string of the run: the similarity features
 * meet millions of word occurrences but only thousands of distinct words,
 * and a substring per occurrence was most of their cost. Everything is
 * kept in typed arrays (the runs in one pool) so a lookup touches no
 * JavaScript objects.
 */
export interface PartTable {
  /** Slot -> entry + 1 (0 = empty); open addressing, linear probing. */
  slots: Int32Array;
  hashes: Int32Array;
  starts: Int32Array;
  lengths: Int32Array;
  values: Int32Array;
  /** The code units of every run, one after the other. */
  pool: Uint16Array;
  used: number;
  entries: number;
}

/** What `findPart` returns for a run not in the table. */
export const MISSING = -0x80000000;

/** An empty table. */
export function createPartTable(): PartTable {
  const size = 1 << 11;
  return {
    slots: new Int32Array(size * 2), hashes: new Int32Array(size), starts: new Int32Array(size), lengths: new Int32Array(size),
    values: new Int32Array(size), pool: new Uint16Array(size * 8), used: 0, entries: 0,
  };
}

/**
 * The value stored for the run of `length` code units at `run[at]`, or MISSING.
 * @param hash the run's 32-bit FNV-1a hash
 */
export function findPart(table: PartTable, run: Uint16Array, at: number, length: number, hash: number): number {
  const { slots, hashes, starts, lengths, pool } = table;
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = (slots[slot] ?? 0) - 1;
    if (entry < 0) return MISSING;
    if (hashes[entry] !== hash || lengths[entry] !== length) continue;
    const start = starts[entry] ?? 0;
    let k = 0;
    while (k < length && pool[start + k] === run[at + k]) k++;
    if (k === length) return table.values[entry] ?? MISSING;
  }
}

/** Store `value` for a run not yet in the table (the first `length` units of `run`). */
export function addPart(table: PartTable, run: Uint16Array, length: number, hash: number, value: number): void {
  if (table.entries === table.hashes.length) growEntries(table);
  if (table.used + length > table.pool.length) {
    const pool = new Uint16Array(Math.max(table.pool.length * 2, table.used + length));
    pool.set(table.pool);
    table.pool = pool;
  }
  const entry = table.entries++;
  table.pool.set(run.subarray(0, length), table.used);
  table.hashes[entry] = hash;
  table.starts[entry] = table.used;
  table.lengths[entry] = length;
  table.values[entry] = value;
  table.used += length;
  // Keep the load under one half so probes stay short.
  if (table.entries * 2 > table.slots.length) {
    table.slots = new Int32Array(table.slots.length * 2);
    for (let at = 0; at < table.entries; at++) place(table, at);
  } else {
    place(table, entry);
  }
}

function place(table: PartTable, entry: number): void {
  const mask = table.slots.length - 1;
  let slot = (table.hashes[entry] ?? 0) & mask;
  while (table.slots[slot] !== 0) slot = (slot + 1) & mask;
  table.slots[slot] = entry + 1;
}

function growEntries(table: PartTable): void {
  const grown = (array: Int32Array): Int32Array => {
    const copy = new Int32Array(array.length * 2);
    copy.set(array);
    return copy;
  };
  table.hashes = grown(table.hashes);
  table.starts = grown(table.starts);
  table.lengths = grown(table.lengths);
  table.values = grown(table.values);
}
