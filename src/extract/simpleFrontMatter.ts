import type { FrontMatterBlock } from './frontMatterBlock.js';

/**
 * Values the YAML core schema resolves to something other than a string
 * (null, booleans, integers, floats): the same tests the `yaml` package uses.
 */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
];

/** A key line: a plain key at column 1, then `: value` or nothing (a list follows). */
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,63}):(?: (.*))?$/;
/** A list item line: `- value`, indented by spaces only. */
const ITEM_LINE = /^( *)- (.*)$/;
/**
 * Characters that never appear in a value the fast path reads: controls,
 * tabs, C1 controls, line/paragraph separators, BOM and lone surrogates
 * make the YAML parser's behaviour worth asking for.
 */
const AWKWARD = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;
/** A plain scalar: starts with a letter or digit, no comment, no nested mapping, no trailing space. */
const PLAIN = /^[\p{L}\p{N}](?:[^#]|(?<! )#)*$/u;

/** A double-quoted one-line string whose only escapes are `\"` and `\\`; undefined for anything else. */
function doubleQuoted(text: string): string | undefined {
  if (text.length < 2 || !text.endsWith('"')) return undefined;
  const inner = text.slice(1, -1);
  if (!inner.includes('\\')) return inner.includes('"') ? undefined : inner;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '"') return undefined;
    if (c === '\\') {
      const next = inner[++i];
      if (next !== '"' && next !== '\\') return undefined;
      out += next;
    } else out += c;
  }
  return out;
}

/**
 * The string a one-line YAML value means, or undefined when it is not one
 * of the shapes read here: a double-quoted string (escapes `\"` and `\\` only), a
 * single-quoted string without doubled quotes, or a plain scalar that the
 * core schema resolves to a string.
 */
function scalar(text: string): string | undefined {
  if (AWKWARD.test(text)) return undefined;
  const first = text.charCodeAt(0);
  if (first === 0x22 /* " */) return doubleQuoted(text);
  if (first === 0x27 /* ' */) {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith("'") && !inner.includes("'") ? inner : undefined;
  }
  if (!PLAIN.test(text) || text.endsWith(' ') || text.endsWith(':') || text.includes(': ')) return undefined;
  return NOT_A_STRING.some((re) => re.test(text)) ? undefined : text;
}

/**
 * Read front matter that is nothing but `key: value` lines and lists of
 * `- value` items, each value a simple string, without the YAML parser:
 * the common case, and the parser is most of the cost of a small seed.
 * Returns exactly what `yaml` (core schema) would give, or undefined
 * whenever anything is not trivially simple (comments, blank lines, numbers,
 * booleans, other escapes, flow collections, multi-line values, duplicate keys…),
 * so the caller then asks the real parser, with its diagnostics.
 * @param raw decoded seed text
 * @param block the located front matter block (plain `---` fences)
 */
export function simpleFrontMatter(raw: string, block: FrontMatterBlock): Record<string, unknown> | undefined {
  if (block.closeLine === null || block.language !== '' || !raw.startsWith('---\n')) return undefined;
  const data: Record<string, unknown> = {};
  let list: string[] | null = null;
  let listIndent = -1;
  let open = false;
  let start = 4;
  for (let line = 2; line < block.closeLine; line++) {
    const end = raw.indexOf('\n', start);
    if (end < 0) return undefined;
    const text = raw.slice(start, end);
    start = end + 1;
    const key = KEY_LINE.exec(text);
    if (key !== null) {
      if (open) return undefined;
      const name = key[1]!;
      if (Object.hasOwn(data, name) || NOT_A_STRING.some((re) => re.test(name))) return undefined;
      if (key[2] === undefined) {
        list = [];
        listIndent = -1;
        open = true;
        data[name] = list;
      } else {
        const value = scalar(key[2]);
        if (value === undefined) return undefined;
        data[name] = value;
        list = null;
      }
      continue;
    }
    const item = list === null ? null : ITEM_LINE.exec(text);
    if (item === null || list === null) return undefined;
    const indent = item[1]!.length;
    if (listIndent >= 0 && indent !== listIndent) return undefined;
    listIndent = indent;
    const value = scalar(item[2]!);
    if (value === undefined) return undefined;
    list.push(value);
    open = false;
  }
  // The closing fence must be exactly `---` on its own line; a key left without items is null in YAML.
  if (open || raw.slice(start, start + 4) !== '---\n' || Object.keys(data).length === 0) return undefined;
  return data;
}
