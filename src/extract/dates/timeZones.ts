import { pad } from './calendar.js';

/**
 * Fixed UTC offsets (minutes) of zone abbreviations seen in datelines.
 * Only abbreviations that news pages use for one zone: `SST`, `BDT`, `WAST`
 * or `AMT` name two or more zones and stay unknown (the date stays bare).
 */
const fixed: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, MEZ: 60, WEST: 60, CEST: 120, MESZ: 120,
  WAT: 60, EET: 120, EEST: 180, MSK: 180, SAST: 120, CAT: 120, EAT: 180, GST: 240, PKT: 300, NPT: 345,
  ICT: 420, WIB: 420, WITA: 480, WIT: 540, HKT: 480, SGT: 480, MYT: 480, AWST: 480, PHT: 480, PHST: 480, KST: 540, JST: 540,
  ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  CLT: -240, CLST: -180, COT: -300, PET: -300, UYT: -180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, BRT: -180, ART: -180,
};

/** US zones written without standard/daylight letter: offset depends on the date. */
const usGeneric: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** nth (1-based) Sunday of a month, as day of month. */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** US daylight saving: second Sunday of March to first Sunday of November. */
function isUsDst(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  if (month === 3) return day >= nthSunday(year, 3, 2);
  return day < nthSunday(year, 11, 1);
}

/** Format an offset in minutes as `+HH:MM`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The UTC offset (`+01:00`) a zone token stands for on a given date, or
 * null when the token is not a zone we know. Accepts abbreviations (`CET`),
 * numeric offsets (`+0100`, `-05:00`) and `GMT+1` / `UTC+05:30`.
 */
export function zoneOffset(token: string, year: number, month: number, day: number): string | null {
  const t = token.replace(/[()]/g, '').trim();
  const upper = t.toUpperCase();
  const known = fixed[upper];
  if (known !== undefined) return formatOffset(known);
  const generic = usGeneric[upper];
  if (generic !== undefined) return formatOffset(generic + (isUsDst(year, month, day) ? 60 : 0));
  const num = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(t);
  if (!num) return null;
  const hours = Number(num[2]);
  const mins = Number(num[3] ?? '0');
  if (hours > 14 || mins > 59) return null;
  return formatOffset((num[1] === '-' ? -1 : 1) * (hours * 60 + mins));
}
