/**
 * The catalogue of diagnostic codes (after Astro's `errors-data.ts`).
 * A code never changes meaning once published; add new ones, never reuse.
 * Each stage keeps its own block so parallel work merges cleanly.
 */
export const codes = {
  // ── load ──────────────────────────────────────────────────────────────
  LOAD_UNREADABLE: 'load/unreadable',
  LOAD_TOO_LARGE: 'load/too-large',
  LOAD_BINARY: 'load/binary',
  LOAD_UNDECODABLE: 'load/undecodable',
  LOAD_NOT_UTF8: 'load/not-utf8',
  LOAD_NUL_BYTES: 'load/nul-bytes',
  LOAD_SYMLINK_OUTSIDE: 'load/symlink-outside',
  LOAD_DUPLICATE_CONTENT: 'load/duplicate-content',
  LOAD_CHANGED_DURING_BUILD: 'load/changed-during-build',



  // ── extract: plain text ───────────────────────────────────────────────
  TEXT_NO_CONTENT: 'extract-text/no-content',
  TEXT_INTERNAL_ERROR: 'extract-text/internal-error',



  // ── extract: markdown, front matter, overrides ────────────────────────
  FRONT_MATTER_INVALID: 'front-matter/invalid',
  FRONT_MATTER_UNCLOSED: 'front-matter/unclosed',
  FRONT_MATTER_NOT_MAPPING: 'front-matter/not-mapping',
  FRONT_MATTER_REFUSED_LANGUAGE: 'front-matter/refused-language',
  FRONT_MATTER_REFUSED_TAG: 'front-matter/refused-tag',
  FRONT_MATTER_WRONG_TYPE: 'front-matter/wrong-type',
  FRONT_MATTER_EMPTY_VALUE: 'front-matter/empty-value',
  FRONT_MATTER_UNKNOWN_KEY: 'front-matter/unknown-key',
  FRONT_MATTER_CONFLICTING_KEYS: 'front-matter/conflicting-keys',
  FRONT_MATTER_INVALID_DATE: 'front-matter/invalid-date',
  FRONT_MATTER_DATE_NO_ZONE: 'front-matter/date-without-zone',
  FRONT_MATTER_IMPLAUSIBLE_DATE: 'front-matter/implausible-date',
  FRONT_MATTER_BAD_SLUG: 'front-matter/bad-slug',
  OVERRIDES_INVALID: 'overrides/invalid',
  OVERRIDES_BAD_ITEM: 'overrides/bad-item',
  OVERRIDES_UNKNOWN_ITEM: 'overrides/unknown-item',
  OVERRIDES_ITEM_FIELD_AT_TOP: 'overrides/item-field-at-top',
  EXTRACT_EMPTY_SEED: 'extract/empty-seed',
  EXTRACT_DRAFT: 'extract/draft',
  EXTRACT_INTERNAL: 'extract/internal-error',
  EXTRACT_DUPLICATE_SLUG: 'extract/duplicate-slug',
  EXTRACT_DUPLICATE_HEADLINE: 'extract/duplicate-headline',



  // ── enrich ────────────────────────────────────────────────────────────
  TAXONOMY_INVALID: 'enrich/taxonomy-invalid',
  /** Two topics, sources or entities would share a URL slug; one got a suffix. */
  ENRICH_SLUG_COLLISION: 'enrich/slug-collision',
  /** Two records share an id; related links and clusters may point at either. */
  ENRICH_DUPLICATE_ID: 'enrich/duplicate-id',



  // ── plan, render, write ───────────────────────────────────────────────
  PLAN_DUPLICATE_PATH: 'plan/duplicate-path',
  PLAN_PUBLIC_CONFLICT: 'plan/public-conflict',
  TEMPLATE_ERROR: 'render/template-error',
  BUILD_ABORTED: 'build/aborted',
  EXTRACT_CRASHED: 'build/extract-crashed',
  TAXONOMY_MISSING: 'build/taxonomy-missing',
  SEARCH_INDEX_FAILED: 'write/search-index-failed',
  WRITE_FAILED: 'write/failed',
  BUILD_STAGE_FAILED: 'build/stage-failed',
  LOAD_NOTHING_READ: 'build/nothing-read',
} as const;

export type DiagnosticCode = (typeof codes)[keyof typeof codes];
