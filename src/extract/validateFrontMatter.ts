import { codes } from '../diagnostics/codes.js';
import type { Diagnostic, Result } from '../types.js';
import { didYouMean } from './didYouMean.js';
import { validateDate } from './validateDate.js';
import { validateSlug } from './validateSlug.js';

/** The fields an archivist can state, in front matter or in a sidecar. */
export interface FrontMatterFields {
  readonly headline?: string;
  readonly dek?: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS±HH:MM`. */
  readonly date?: string;
  readonly source?: string;
  readonly author?: string;
  readonly section?: string;
  readonly topics?: readonly string[];
  /** Already validated; a bad slug is dropped (the derived one is used). */
  readonly slug?: string;
  /** `draft: true` keeps the seed out of the site. */
  readonly draft?: boolean;
  /** 1-based line of each field, where known. */
  readonly lines: Readonly<Partial<Record<FieldName, number>>>;
}

type FieldName = 'headline' | 'dek' | 'date' | 'source' | 'author' | 'section' | 'topics' | 'slug' | 'draft';

/** Accepted keys and the field each fills; the first key of a field wins when several are given. */
const KEYS: Readonly<Record<string, FieldName>> = {
  title: 'headline', headline: 'headline',
  dek: 'dek', subtitle: 'dek', description: 'dek',
  date: 'date', source: 'source', author: 'author', section: 'section',
  topics: 'topics', tags: 'topics', slug: 'slug', draft: 'draft',
};
const TEXT_FIELDS = new Set<FieldName>(['headline', 'dek', 'source', 'section']);

/** Collapse runs of whitespace (folded YAML, stray newlines) into single spaces. */
const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();
const describe = (v: unknown): string =>
  Array.isArray(v) ? 'a list' : v === null ? 'empty' : typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;

/**
 * Check parsed front matter (or sidecar) data and turn it into typed
 * fields. Wrong types, impossible dates and bad slugs are errors and the
 * value is ignored; unknown keys, empty values, dates without a zone or
 * outside 1900-2100 are warnings. Numbers are accepted where text is
 * expected (`title: 1984`). Never throws.
 * @param data the mapping from `parseFrontMatter` or a sidecar
 * @param file path for diagnostics
 * @param lineOf 1-based line of a key, when the caller knows it
 */
export function validateFrontMatter(
  data: Record<string, unknown>, file: string, lineOf: (key: string) => number | undefined = () => undefined,
): Result<FrontMatterFields> {
  const diagnostics: Diagnostic[] = [];
  const out: Record<string, unknown> = {};
  const lines: Partial<Record<FieldName, number>> = {};
  const seenFrom: Partial<Record<FieldName, string>> = {};
  const report = (code: string, severity: 'error' | 'warning', key: string, message: string, hint?: string): void => {
    const line = lineOf(key);
    diagnostics.push({ code, severity, file, ...(line === undefined ? {} : { line, column: 1 }), message, ...(hint === undefined ? {} : { hint }) });
  };
  const wrongType = (key: string, value: unknown, expected: string): void =>
    report(codes.FRONT_MATTER_WRONG_TYPE, 'error', key, `"${key}" should be ${expected}, not ${describe(value)}; ignored`);

  for (const [key, value] of Object.entries(data)) {
    const field = KEYS[key];
    if (field === undefined) {
      const guess = didYouMean(key, Object.keys(KEYS));
      report(codes.FRONT_MATTER_UNKNOWN_KEY, 'warning', key, `Unknown field "${key}"${guess === null ? '' : ` (did you mean "${guess}"?)`}; ignored`,
        `Known fields: ${Object.keys(KEYS).join(', ')}.`);
      continue;
    }
    const earlier = seenFrom[field];
    if (earlier !== undefined) {
      report(codes.FRONT_MATTER_CONFLICTING_KEYS, 'warning', key, `"${key}" and "${earlier}" both set the ${field}; using "${earlier}"`);
      continue;
    }
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)) {
      report(codes.FRONT_MATTER_EMPTY_VALUE, 'warning', key, `"${key}" is empty; ignored`);
      continue;
    }
    const parsed = readField(field, key, value, report, wrongType);
    if (parsed === undefined) continue;
    seenFrom[field] = key;
    out[field] = parsed;
    const line = lineOf(key);
    if (line !== undefined) lines[field] = line;
  }
  return { value: { ...(out as Omit<FrontMatterFields, 'lines'>), lines }, diagnostics };
}

type Report = (code: string, severity: 'error' | 'warning', key: string, message: string, hint?: string) => void;

/** Convert one value; undefined when it is unusable (and reported). */
function readField(
  field: FieldName, key: string, value: unknown, report: Report, wrongType: (key: string, value: unknown, expected: string) => void,
): unknown {
  const text = typeof value === 'string' ? tidy(value) : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  if (TEXT_FIELDS.has(field)) {
    if (text === undefined) wrongType(key, value, 'text');
    return text;
  }
  switch (field) {
    case 'author': {
      if (text !== undefined) return text;
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map(tidy).filter(Boolean).join(', ');
      wrongType(key, value, 'a name or a list of names');
      return undefined;
    }
    case 'topics': {
      if (typeof value === 'string') return [tidy(value)];
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...new Set(value.map(tidy).filter(Boolean))];
      wrongType(key, value, 'a topic or a list of topics');
      return undefined;
    }
    case 'draft': {
      if (typeof value === 'boolean') return value;
      wrongType(key, value, 'true or false');
      return undefined;
    }
    case 'date': {
      if (typeof value !== 'string') {
        wrongType(key, value, 'a date like 2024-11-08 (or 2024-11-08T09:11:00+01:00)');
        return undefined;
      }
      return readDate(key, value, report);
    }
    case 'slug': {
      const problem = typeof value === 'string' ? validateSlug(value.trim()) : `a slug is text, not ${describe(value)}`;
      if (problem === null) return (value as string).trim();
      report(codes.FRONT_MATTER_BAD_SLUG, 'error', key, `Bad slug: ${problem}; using the slug derived from the headline`,
        'A slug is lower-case letters, digits and hyphens, e.g. `kim-visits-moscow`.');
      return undefined;
    }
    default:
      return undefined;
  }
}

function readDate(key: string, value: string, report: Report): string | undefined {
  const check = validateDate(value);
  if (!check.ok) {
    report(codes.FRONT_MATTER_INVALID_DATE, 'error', key, `Invalid date: ${check.reason}; ignored`,
      'Write dates as YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS+01:00 with a time.');
    return undefined;
  }
  if (check.note === 'no-zone') {
    report(codes.FRONT_MATTER_DATE_NO_ZONE, 'warning', key, `"${value}" has a time but no time zone; kept the date ${check.date} only`,
      'Add Z or an offset such as +01:00 to keep the time.');
  } else if (check.note === 'far-future' || check.note === 'before-1900') {
    report(codes.FRONT_MATTER_IMPLAUSIBLE_DATE, 'warning', key,
      `The date ${check.date} is ${check.note === 'far-future' ? 'after the year 2100' : 'before 1900'}; is it a typo?`);
  }
  return check.date;
}
