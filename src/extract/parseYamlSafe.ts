import { LineCounter, isNode, parseDocument, visit } from 'yaml';
import { codes } from '../diagnostics/codes.js';
import type { Diagnostic } from '../types.js';

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** What came out of a YAML text, with a way to find where a value is. */
export interface SafeYaml {
  /** The parsed value; undefined when there were errors. */
  readonly value: unknown;
  readonly diagnostics: readonly Diagnostic[];
  /** 1-based line of the value at `path` (e.g. `['items', 2, 'headline']`), if present. */
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/**
 * Parse YAML with the `yaml` package's core schema (YAML 1.2). No custom
 * tags are constructed, so `!!js/function`, `!!python/object` and the like
 * cannot run anything: they are refused as errors rather than kept as
 * strings. Unquoted dates stay strings (`2024-11-08`): no Date object, no
 * time zone. Aliases are capped (no "billion laughs").
 * @param text YAML text; line numbers are counted in it
 * @param file path for diagnostics
 * @param what how to name the text in messages ("Front matter of x.md", "Sidecar x.meta.yml")
 */
export function parseYamlSafe(text: string, file: string, what: string): SafeYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', prettyErrors: true, uniqueKeys: true, lineCounter });
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    diagnostics.push(describe(codes.FRONT_MATTER_INVALID, 'error', file, what, error.message, error.linePos?.[0]));
  }
  for (const warning of doc.warnings) {
    const refused = warning.code === 'TAG_RESOLVE_FAILED';
    diagnostics.push(describe(
      refused ? codes.FRONT_MATTER_REFUSED_TAG : codes.FRONT_MATTER_INVALID,
      refused ? 'error' : 'warning', file, what, warning.message, warning.linePos?.[0],
    ));
  }
  // Tags the yaml package knows beyond the core schema (e.g. !!binary -> Uint8Array) are
  // refused too: a front matter value is text, a number, a boolean, a list or a mapping.
  visit(doc, (_key, node) => {
    if (!isNode(node) || node.tag === undefined || CORE_TAGS.has(node.tag)) return;
    const pos = node.range ? lineCounter.linePos(node.range[0]) : undefined;
    // An unresolved tag was already reported by the parser, on the same line.
    if (diagnostics.some((d) => d.code === codes.FRONT_MATTER_REFUSED_TAG && d.line === pos?.line)) return;
    diagnostics.push(describe(codes.FRONT_MATTER_REFUSED_TAG, 'error', file, what, `tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed`, pos));
  });
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    const node: unknown = doc.getIn(path, true);
    const range = typeof node === 'object' && node !== null && 'range' in node ? (node as { range?: [number, number, number] }).range : undefined;
    return range === undefined ? undefined : lineCounter.linePos(range[0]).line;
  };
  if (diagnostics.some((d) => d.severity === 'error')) return { value: undefined, diagnostics, lineOf };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // toJS throws on alias bombs and on aliases to nothing.
    diagnostics.push(describe(codes.FRONT_MATTER_INVALID, 'error', file, what, error instanceof Error ? error.message : String(error)));
    return { value: undefined, diagnostics, lineOf };
  }
  return { value, diagnostics, lineOf };
}

function describe(
  code: string, severity: 'error' | 'warning', file: string, what: string, message: string, pos?: { line: number; col: number },
): Diagnostic {
  // yaml's messages end with " at line L, column C:" and a code frame; we carry those as fields.
  const reason = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  const where = pos === undefined ? '' : ` (line ${pos.line}, column ${pos.col})`;
  const refused = code === codes.FRONT_MATTER_REFUSED_TAG;
  return {
    code, severity, file, ...(pos === undefined ? {} : { line: pos.line, column: pos.col }),
    message: refused ? `${what}${where} uses a YAML tag that is refused: ${reason}` : `${what} is not valid YAML${where}: ${reason}`,
    hint: refused
      ? 'Remove the `!!tag`; write the value as plain text.'
      : 'Check the quoting and indentation on that line; quote values that contain `: ` or start with a special character.',
  };
}
