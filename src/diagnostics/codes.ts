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
  /** Two topics, sources or entities would share a URL slug; one got a suffix. */
  ENRICH_SLUG_COLLISION: 'enrich/slug-collision',
  /** Two records share an id; related links and clusters may point at either. */
  ENRICH_DUPLICATE_ID: 'enrich/duplicate-id',



  // ── plan, render, write ───────────────────────────────────────────────
  PLAN_DUPLICATE_PATH: 'plan/duplicate-path',
  WRITE_FAILED: 'write/failed',
} as const;

export type DiagnosticCode = (typeof codes)[keyof typeof codes];
