import type { Diagnostic } from '../../types.js';
import type { RenderContext } from '../renderContext.js';
import { relativeHref } from '../../plan/relativeHref.js';
import { outputPath } from '../../plan/outputPath.js';
import { provenanceRows, type ProvenanceRow } from './provenanceRows.js';
import { pagerView, type PagerView } from './pagerView.js';
import type { ReportPage } from '../../plan/pageData.js';

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

/** Which of the report's articles or files a page shows: `from` (0-based) up to `to` (exclusive), of `of`. */
export interface ReportSlice {
  readonly from: number;
  readonly to: number;
  readonly of: number;
}

/** A non-empty slice as readers count: the first and last shown (1-based), of how many. */
export interface ReportRange {
  readonly first: number;
  readonly last: number;
  readonly of: number;
}

/** A page of the extraction report. */
export interface ReportView {
  readonly totals: { readonly files: number; readonly built: number; readonly skipped: number; readonly failed: number; readonly records: number };
  readonly page: number;
  readonly pages: number;
  readonly pager: PagerView | null;
  /** The articles whose fields this page checks, and the files whose outcomes it lists (null: none on this page). */
  readonly articles: ReportRange | null;
  readonly files: ReportRange | null;
  /** The first page, which lists the build's messages. */
  readonly first: boolean;
  readonly outcomes: readonly { readonly path: string; readonly status: string; readonly records: number; readonly reason: string | null }[];
  /** Every message of the build, on the first page only (they are few, and read first). */
  readonly diagnostics: readonly DiagnosticView[];
  readonly records: readonly ReportRecordView[];
}

/** The part of `count` items that page `page` of `pages` shows: items are spread evenly, in order. */
export function reportSlice(count: number, pages: number, page: number): ReportSlice {
  const size = Math.ceil(count / pages);
  const from = Math.min(count, (page - 1) * size);
  return { from, to: Math.min(count, from + size), of: count };
}

function rangeOf({ from, to, of }: ReportSlice): ReportRange | null {
  return from < to ? { first: from + 1, last: to, of } : null;
}

type Totals = ReportView['totals'];
const totalsCache = new WeakMap<RenderContext, Totals>();

function totalsOf(ctx: RenderContext): Totals {
  let totals = totalsCache.get(ctx);
  if (totals === undefined) {
    const outcomes = ctx.account.outcomes;
    const count = (status: string): number => outcomes.filter((o) => o.status === status).length;
    totals = { files: outcomes.length, built: count('built'), skipped: count('skipped'), failed: count('failed'), records: ctx.archive.records.length };
    totalsCache.set(ctx, totals);
  }
  return totals;
}

/**
 * A page of the report: every guessed or missing field of its slice of the
 * articles, the outcome of its slice of the files in seeds/, and (on the
 * first page) every diagnostic of the build.
 */
export function reportView(ctx: RenderContext, path: string, plan: ReportPage): ReportView {
  const pages = plan.pagePaths.length;
  const articles = reportSlice(ctx.archive.records.length, pages, plan.page);
  const files = reportSlice(ctx.account.outcomes.length, pages, plan.page);
  const records = ctx.archive.records.slice(articles.from, articles.to).flatMap((record) => {
    const fields = provenanceRows(record).filter((row) => row.guessed);
    return fields.length ? [{ href: relativeHref(path, outputPath.article(record.slug)), headline: record.headline, seed: record.seed, fields }] : [];
  });
  return {
    totals: totalsOf(ctx),
    page: plan.page,
    pages,
    pager: pagerView(path, plan),
    articles: rangeOf(articles),
    files: rangeOf(files),
    outcomes: ctx.account.outcomes.slice(files.from, files.to),
    first: plan.page === 1,
    diagnostics: plan.page === 1 ? ctx.account.diagnostics.map((d) => ({
      code: d.code, severity: d.severity, message: d.message, hint: d.hint ?? null,
      location: [d.file, d.line, d.column].filter((x) => x !== undefined).join(':'),
    })) : [],
    records,
  };
}
