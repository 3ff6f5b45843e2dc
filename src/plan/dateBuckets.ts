import type { EnrichedArticle } from '../types.js';

/** Articles of one calendar year, split by month. */
export interface YearBucket {
  readonly year: string;
  readonly ids: readonly string[];
  readonly months: readonly { readonly month: string; readonly ids: readonly string[] }[];
}

/**
 * Group sorted records by the calendar year and month *as stated* in their
 * date (a 23:30-05:00 dateline stays on its own day), newest first.
 */
export function dateBuckets(records: readonly EnrichedArticle[]): { years: YearBucket[]; undated: string[] } {
  const years = new Map<string, Map<string, string[]>>();
  const undated: string[] = [];
  for (const record of records) {
    if (record.date === null) {
      undated.push(record.id);
      continue;
    }
    const year = record.date.slice(0, 4);
    const month = record.date.slice(5, 7);
    const months = years.get(year) ?? new Map<string, string[]>();
    years.set(year, months);
    const ids = months.get(month) ?? [];
    months.set(month, ids);
    ids.push(record.id);
  }
  const desc = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
  return {
    years: [...years.keys()].sort(desc).map((year) => {
      const months = years.get(year)!;
      const monthList = [...months.keys()].sort(desc).map((month) => ({ month, ids: months.get(month)! }));
      return { year, months: monthList, ids: monthList.flatMap((m) => m.ids) };
    }),
    undated,
  };
}
