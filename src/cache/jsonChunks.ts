/**
 * The compact JSON of plain data (what `JSON.stringify(value)` gives), in
 * pieces: an object or array of more than `size` entries is written `size`
 * entries at a time, and one that holds such a value is written member by
 * member; anything else is one piece. The build manifest of 100,000
 * articles is ~90 MB of JSON: as one string, plus its bytes for the write,
 * it was the build's peak memory. Pieces cost ~1.5x one JSON.stringify per
 * entry, so the default leaves a 10,000-article manifest (tables of 22,000
 * entries) in one piece. Values with `toJSON` are not supported (the
 * manifest has none).
 */
export function* jsonChunks(value: unknown, size = 65_536): Generator<string> {
  if (value === null || typeof value !== 'object' || !holdsLarge(value, size)) {
    // Top-level undefined or a function has no JSON: JSON.stringify returns undefined.
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) yield text;
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    if (value.length > size) {
      for (let i = 0; i < value.length; i += size) yield (i > 0 ? ',' : '') + JSON.stringify(value.slice(i, i + size)).slice(1, -1);
    } else {
      for (let i = 0; i < value.length; i++) {
        if (i > 0) yield ',';
        const item: unknown = value[i];
        // As JSON.stringify does: an item without JSON is null.
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
        else yield* jsonChunks(item, size);
      }
    }
    yield ']';
    return;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  let first = true;
  const member = (text: string): string => {
    const piece = first ? text : `,${text}`;
    first = false;
    return piece;
  };
  yield '{';
  if (keys.length > size) {
    for (let i = 0; i < keys.length; i += size) {
      // Built key by key (Object.entries and Object.fromEntries made this
      // three times slower than one JSON.stringify), on no prototype, so a
      // key "__proto__" (JSON.parse makes one) stays an own property.
      const part = Object.create(null) as Record<string, unknown>;
      for (const key of keys.slice(i, i + size)) part[key] = object[key];
      const text = JSON.stringify(part).slice(1, -1);
      // A part whose values all have no JSON (undefined, functions) is empty.
      if (text !== '') yield member(text);
    }
  } else {
    for (const key of keys) {
      const item = object[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      let opened = false;
      for (const piece of jsonChunks(item, size)) {
        yield opened ? piece : member(`${JSON.stringify(key)}:${piece}`);
        opened = true;
      }
    }
  }
  yield '}';
}

function entryCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
}

/** Whether `value` has more than `size` entries, or a member that has. */
function holdsLarge(value: object, size: number): boolean {
  if (entryCount(value) > size) return true;
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => entryCount(item) > size);
}
