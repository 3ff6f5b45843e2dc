// Types for measure.mjs.
export type RssMethod = 'time' | 'proc' | 'none';

export interface Measurement {
  ok: boolean;
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  cpuMs: number | null;
  peakRssKiB: number | null;
  rssMethod: RssMethod;
  logFile: string;
  error?: string;
}

export function rssMethod(): RssMethod;

export function measure(options: {
  cmd: string; args?: string[]; cwd?: string; env?: NodeJS.ProcessEnv;
  timeoutMs?: number; logFile?: string; method?: RssMethod;
}): Promise<Measurement>;

export function tailOf(file: string, lines?: number): string;

export function killActive(): void;
