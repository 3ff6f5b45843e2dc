import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, Result, Taxonomy, TaxonomyTopic } from '../types.js';
import { foldCase } from './compareText.js';

/** Used when the file does not name one, so every record still gets a topic. */
const DEFAULT_FALLBACK = 'General';

/**
 * Parse `taxonomy.yml`: `fallback: <name>` plus `topics:`, a list of
 * `{ name, aliases?, keywords? }`. A malformed file never throws: bad
 * entries are skipped with a diagnostic (line numbers included) and the
 * rest is used, so one typo does not cost the whole taxonomy.
 *
 * @param raw the file's text
 * @param file the project path reported in diagnostics
 */
export function parseTaxonomy(raw: string, file: string): Result<Taxonomy> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  const report = (message: string, node: Node | null | undefined, severity: Diagnostic['severity'] = 'error', hint?: string): void => {
    const offset = node?.range?.[0];
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line;
    diagnostics.push({ code: codes.TAXONOMY_INVALID, severity, file, ...(line === undefined ? {} : { line }), message, ...(hint ? { hint } : {}) });
  };
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    diagnostics.push({
      code: codes.TAXONOMY_INVALID, severity: 'error', file, message: `YAML syntax: ${error.message.split('\n')[0] ?? ''}`,
      line: pos.line,
      column: pos.col,
      hint: 'Check indentation and that every list item starts with "- ".',
    });
  }
  if (doc.errors.length > 0) return { value: { topics: [], fallback: DEFAULT_FALLBACK }, diagnostics };

  const root = doc.contents;
  if (!isMap(root)) {
    report('The taxonomy must be a mapping with `fallback` and `topics`.', root);
    return { value: { topics: [], fallback: DEFAULT_FALLBACK }, diagnostics };
  }
  const fallbackNode = root.get('fallback', true);
  let fallback = DEFAULT_FALLBACK;
  const fallbackValue: unknown = isScalar(fallbackNode) ? fallbackNode.value : undefined;
  if (typeof fallbackValue === 'string' && fallbackValue.trim() !== '') {
    fallback = fallbackValue.trim();
  } else {
    report(`\`fallback\` is missing or not text; using "${DEFAULT_FALLBACK}".`, fallbackNode ?? root, 'warning');
  }

  const topicsNode = root.get('topics', true);
  const topics: TaxonomyTopic[] = [];
  const seen = new Map<string, string>();
  if (!isSeq(topicsNode)) {
    report('`topics` must be a list of `- name: ...` entries.', topicsNode ?? root);
    return { value: { topics, fallback }, diagnostics };
  }
  for (const item of topicsNode.items) {
    const topic = readTopic(item as Node, report);
    if (!topic) continue;
    const clash = [topic.name, ...topic.aliases].map(foldCase).find((key) => seen.has(key));
    if (clash !== undefined) {
      report(`"${clash}" is already used by topic "${seen.get(clash) ?? ''}"; skipping topic "${topic.name}".`, item as Node, 'error',
        'Each name and alias may belong to one topic only.');
      continue;
    }
    for (const key of [topic.name, ...topic.aliases]) seen.set(foldCase(key), topic.name);
    topics.push(topic);
  }
  return { value: { topics, fallback }, diagnostics };
}

type Report = (message: string, node: Node | null | undefined, severity?: Diagnostic['severity'], hint?: string) => void;

/** One `- name: ...` entry, or null (with a diagnostic) when unusable. */
function readTopic(item: Node, report: Report): TaxonomyTopic | null {
  if (!isMap(item)) {
    report('A topic must be a mapping like `- name: Politics`.', item);
    return null;
  }
  const nameNode = item.get('name', true);
  if (!isScalar(nameNode) || typeof nameNode.value !== 'string' || nameNode.value.trim() === '') {
    report('A topic has no `name`; skipping it.', item);
    return null;
  }
  const list = (key: string): string[] => {
    const node = item.get(key, true);
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) {
      report(`\`${key}\` of "${String(nameNode.value)}" must be a list; ignoring it.`, node as Node, 'warning');
      return [];
    }
    const values: string[] = [];
    for (const entry of node.items) {
      if (isScalar(entry) && (typeof entry.value === 'string' || typeof entry.value === 'number') && String(entry.value).trim() !== '') {
        values.push(String(entry.value).trim());
      } else {
        report(`An entry of \`${key}\` of "${String(nameNode.value)}" is not text; ignoring it.`, entry as Node, 'warning');
      }
    }
    return values;
  };
  return { name: nameNode.value.trim(), aliases: list('aliases'), keywords: list('keywords') };
}
