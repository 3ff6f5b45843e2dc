import matter from 'gray-matter';
import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, Result } from '../types.js';
import { findFrontMatterBlock } from './frontMatterBlock.js';
import { parseYamlSafe } from './parseYamlSafe.js';
import { simpleFrontMatter } from './simpleFrontMatter.js';

/** A seed's front matter, split from its body. */
export interface ParsedFrontMatter {
  readonly data: Record<string, unknown>;
  /** The Markdown after the closing `---`. */
  readonly body: string;
  /** 1-based line of the seed where `body` starts. */
  readonly bodyLine: number;
}

/** Thrown by our engines to carry diagnostics out through gray-matter. */
class FrontMatterRefusal extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics[0]?.message ?? 'front matter refused');
  }
}

/** An engine for every language but YAML: refuses without looking at the text. */
function refuse(language: string, file: string): { parse: () => never } {
  return {
    parse: () => {
      throw new FrontMatterRefusal([refusedLanguage(language, file)]);
    },
  };
}

function refusedLanguage(language: string, file: string): Diagnostic {
  return {
    code: codes.FRONT_MATTER_REFUSED_LANGUAGE, severity: 'error', file, line: 1, column: 4,
    message: `Front matter in "${language}" is refused: only YAML front matter is read, and it is never executed`,
    hint: 'Start the file with a plain `---` line and write the fields as YAML (key: value).',
  };
}

/**
 * Split a Markdown seed into YAML front matter and body, with gray-matter.
 * Only YAML is read: a `---js`, `---javascript`, `---coffee`, `---toml`,
 * `---json` … block is refused before any engine runs, and the engines
 * gray-matter would use for them are replaced by refusals anyway. A file
 * without front matter gives `{ data: {}, body: raw, bodyLine: 1 }`; a
 * broken or refused block gives null with error diagnostics. Line numbers
 * are lines of the whole file.
 * @param raw decoded seed text (`\n` line endings)
 * @param file seed path, for diagnostics
 */
export function parseFrontMatter(raw: string, file: string): Result<ParsedFrontMatter | null> {
  const block = findFrontMatterBlock(raw);
  if (block === null) return { value: { data: {}, body: raw, bodyLine: 1 }, diagnostics: [] };
  const language = block.language.toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { value: null, diagnostics: [refusedLanguage(block.language, file)] };
  }
  if (block.closeLine === null) {
    return {
      value: null,
      diagnostics: [{
        code: codes.FRONT_MATTER_UNCLOSED, severity: 'error', file, line: 1, column: 1,
        message: `Front matter of ${file} opens with --- on line 1 but is never closed`,
        hint: 'Add a line with just `---` after the last field.',
      }],
    };
  }
  // Plain `key: value` front matter needs neither gray-matter nor the YAML parser.
  const simple = simpleFrontMatter(raw, block);
  if (simple !== undefined) return { value: { data: simple, body: raw.slice(block.bodyStart), bodyLine: block.bodyLine }, diagnostics: [] };
  let warnings: Diagnostic[] = [];
  let parsed: unknown = {};
  let content: string;
  try {
    const yaml = {
      parse: (text: string): object => {
        const out = parseYamlSafe(text, file, `Front matter of ${file}`);
        if (out.value === undefined) throw new FrontMatterRefusal([...out.diagnostics]);
        parsed = out.value;
        warnings = [...out.diagnostics];
        // gray-matter gets a throwaway object; the parsed value never passes through it.
        return {};
      },
    };
    // A fresh options object on every call: gray-matter caches (and shares)
    // results only when called without options.
    const result = matter(raw, {
      language: 'yaml',
      engines: {
        yaml, yml: yaml,
        js: refuse('js', file), javascript: refuse('javascript', file),
        coffee: refuse('coffee', file), coffeescript: refuse('coffeescript', file), cson: refuse('cson', file),
        json: refuse('json', file), toml: refuse('toml', file),
      },
    });
    content = result.content;
  } catch (error) {
    if (error instanceof FrontMatterRefusal) return { value: null, diagnostics: error.diagnostics };
    throw error;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      value: null,
      diagnostics: [...warnings, {
        code: codes.FRONT_MATTER_NOT_MAPPING, severity: 'error', file, line: 2, column: 1,
        message: `Front matter of ${file} is ${Array.isArray(parsed) ? 'a list' : parsed === null ? 'empty' : `a ${typeof parsed}`}, not a set of fields`,
        hint: 'Write one field per line, e.g. `title: My headline`.',
      }],
    };
  }
  // Copy into a fresh object: never hand out what a parser might share.
  const data: Record<string, unknown> = Object.fromEntries(Object.entries(parsed));
  const bodyStart = raw.length - content.length;
  const bodyLine = raw.slice(0, bodyStart).split('\n').length;
  return { value: { data, body: content, bodyLine }, diagnostics: warnings };
}
