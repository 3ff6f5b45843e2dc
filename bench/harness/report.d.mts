// Types for report.mjs (only what the tests use).
export interface Summary { median: number | null; min: number | null; max: number | null; n: number }

export interface RunLike {
  ok: boolean; rep: number; wallMs: number; cpuMs: number | null; peakRssKiB: number | null;
  pages?: number; tree?: { files: number; html: number; bytes: number };
  timings?: { stages: Record<string, number> } | null;
}

export function summariseRuns(runs: RunLike[]): {
  runs: number; failed: number; wallMs: Summary; cpuMs: Summary; peakRssKiB: Summary;
  pages: number | null; pagesPerSec: number | null; html: number | null; files: number | null;
  bytes: number | null; stages: Record<string, number | null>;
};

export function pairedRatios(oursRuns: RunLike[], peerRuns: RunLike[]): {
  pairs: number; wall: Summary; cpu: Summary; rss: Summary;
};

export function renderReport(results: unknown): string;
