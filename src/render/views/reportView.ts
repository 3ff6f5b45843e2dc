import type { Diagnostic } from '../../types.js';
import type { RenderContext } from '../renderContext.js';
import { relativeHref } from '../../plan/relativeHref.js';
import { outputPath } from '../../plan/outputPath.js';
import { provenanceRows, type ProvenanceRow } from './provenanceRows.js';

/** A record with fields an archivist should check. */
export interface ReportRecordView {
  readonly href: string;
  readonly headline: string;
  readonly seed: string;
  readonly fields: readonly ProvenanceRow[];
}

/** A diagnostic with every optional field made explicit (templates are strict about missing keys). */
export interface DiagnosticView {
  readonly code: string;
  readonly severity: Diagnostic['severity'];
  readonly location: string;
  readonly message: string;
  readonly hint: string | null;
}

/** The archive-wide extraction report. */
export interface ReportView {
  readonly totals: { readonly files: number; readonly built: number; readonly skipped: number; readonly failed: number; readonly records: number };
  readonly outcomes: readonly { readonly path: string; readonly status: string; readonly records: number; readonly reason: string | null }[];
  readonly diagnostics: readonly DiagnosticView[];
  readonly records: readonly ReportRecordView[];
}

/** List every guessed or missing field and every diagnostic of the build. */
export function reportView(ctx: RenderContext, path: string): ReportView {
  const outcomes = ctx.account.outcomes;
  const records = ctx.archive.records.flatMap((record) => {
    const fields = provenanceRows(record).filter((row) => row.guessed);
    return fields.length ? [{ href: relativeHref(path, outputPath.article(record.slug)), headline: record.headline, seed: record.seed, fields }] : [];
  });
  return {
    totals: {
      files: outcomes.length,
      built: outcomes.filter((o) => o.status === 'built').length,
      skipped: outcomes.filter((o) => o.status === 'skipped').length,
      failed: outcomes.filter((o) => o.status === 'failed').length,
      records: ctx.archive.records.length,
    },
    outcomes,
    diagnostics: ctx.account.diagnostics.map((d) => ({
      code: d.code, severity: d.severity, message: d.message, hint: d.hint ?? null,
      location: [d.file, d.line, d.column].filter((x) => x !== undefined).join(':'),
    })),
    records,
  };
}
