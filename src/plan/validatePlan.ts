import type { Diagnostic } from '../types.js';
import { codes } from '../diagnostics/codes.js';

/**
 * Check the planned site before anything is written (after Eleventy's
 * `checkForDuplicatePermalinks` and Astro's `checkPublicConflict`): two
 * outputs at one path, or a generated file that a `public/` file would
 * overwrite, are errors listing every conflicting input.
 * @param planned output paths with a label naming what produced each
 * @param publicFiles paths of files in public/, relative
 */
export function validatePlan(planned: readonly { path: string; from: string }[], publicFiles: readonly string[]): Diagnostic[] {
  const byPath = new Map<string, string[]>();
  for (const { path, from } of planned) byPath.set(path, [...(byPath.get(path) ?? []), from]);
  const diagnostics: Diagnostic[] = [];
  for (const [path, froms] of byPath) {
    if (froms.length > 1) {
      diagnostics.push({ code: codes.PLAN_DUPLICATE_PATH, severity: 'error', file: path, message: `${froms.length} outputs would be written to ${path}: ${froms.join(', ')}`, hint: 'Give one of them a different slug in its front matter or .meta.yml.' });
    }
  }
  for (const file of publicFiles) {
    const froms = byPath.get(file);
    if (froms) diagnostics.push({ code: codes.PLAN_PUBLIC_CONFLICT, severity: 'error', file: `public/${file}`, message: `public/${file} would overwrite the generated ${file} (from ${froms.join(', ')})`, hint: 'Rename or remove the file in public/.' });
  }
  return diagnostics;
}
