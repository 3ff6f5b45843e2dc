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
  TEXT_INTERNAL_ERROR: 'extract-text/internal-error',



  // ── extract: markdown, front matter, overrides ────────────────────────
  FRONT_MATTER_INVALID: 'front-matter/invalid',



  // ── enrich ────────────────────────────────────────────────────────────
  TAXONOMY_INVALID: 'enrich/taxonomy-invalid',



  // ── plan, render, write ───────────────────────────────────────────────
  PLAN_DUPLICATE_PATH: 'plan/duplicate-path',
  WRITE_FAILED: 'write/failed',
} as const;

export type DiagnosticCode = (typeof codes)[keyof typeof codes];
