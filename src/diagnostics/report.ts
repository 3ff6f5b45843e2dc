import type { Diagnostic } from '../types.js';

/**
 * Format diagnostics vfile-reporter style, grouped by file, sorted by
 * file then line, one line each plus an indented hint:
 * `seeds/a.md:3:7  error  message  code`.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return sorted.map((d) => {
    const where = [d.file, d.line, d.column].filter((x) => x !== undefined).join(':');
    return `${where}  ${d.severity}  ${d.message}  ${d.code}${d.hint ? `\n    hint: ${d.hint}` : ''}`;
  }).join('\n');
}

/** Count diagnostics by severity, for the summary line. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
