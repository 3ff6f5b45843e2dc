/**
 * The catalogue of diagnostic codes (after Astro's `errors-data.ts`).
 * A code never changes meaning once published; add new ones, never reuse.
 * Each stage keeps its own block so parallel work merges cleanly.
 */
export const codes = {
  // ── load ──────────────────────────────────────────────────────────────
  LOAD_UNREADABLE: 'load/unreadable',



  // ── extract: plain text ───────────────────────────────────────────────
  TEXT_NO_CONTENT: 'extract-text/no-content',



  // ── extract: markdown, front matter, overrides ────────────────────────
  FRONT_MATTER_INVALID: 'front-matter/invalid',



  // ── enrich ────────────────────────────────────────────────────────────
  TAXONOMY_INVALID: 'enrich/taxonomy-invalid',



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
