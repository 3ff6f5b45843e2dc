/**
 * The compact JSON of plain data (what `JSON.stringify(value)` gives), in
 * pieces: objects and arrays of more than `size` entries are written
 * `size` entries at a time, so no piece is much larger than `size` small
 * entries. The build manifest of 100,000 articles is ~90 MB of JSON: as one
 * string, plus its bytes for the write, it was the build's peak memory.
 * Values with `toJSON` are not supported (the manifest has none).
 */
export function* jsonChunks(value: unknown, size = 4096): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length <= size) {
      yield JSON.stringify(value);
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i += size) yield (i > 0 ? ',' : '') + JSON.stringify(value.slice(i, i + size)).slice(1, -1);
    yield ']';
    return;
  }
  if (value === null || typeof value !== 'object') {
    // Top-level undefined or a function has no JSON: JSON.stringify returns undefined.
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) yield text;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  yield '{';
  let first = true;
  const member = (text: string): string => {
    const piece = first ? text : `,${text}`;
    first = false;
    return piece;
  };
  if (entries.length > size) {
    for (let i = 0; i < entries.length; i += size) {
      const part = JSON.stringify(Object.fromEntries(entries.slice(i, i + size))).slice(1, -1);
      // A part whose values all have no JSON (undefined, functions) is empty.
      if (part !== '') yield member(part);
    }
  } else {
    for (const [key, item] of entries) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      const name = `${JSON.stringify(key)}:`;
      if (item !== null && typeof item === 'object') {
        let opened = false;
        for (const piece of jsonChunks(item, size)) {
          yield opened ? piece : member(name + piece);
          opened = true;
        }
      } else yield member(name + JSON.stringify(item));
    }
  }
  yield '}';
}
