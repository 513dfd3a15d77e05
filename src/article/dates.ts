// Publication dates from structured values ("2020-01-29T10:30:00Z") and from page text ("Published January 29th,
// 2020 - 10:30 GMT"). Output is ISO 8601: UTC with "Z" when the source gives a zone, local time without an offset
// when it gives a time but no zone, a bare date when it gives no time. Relative dates ("2 days ago") and bare years
// (copyright lines) are never turned into dates: without the clock the page was written against, they would be wrong.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const ZONES: Record<string, number> = {
  z: 0, gmt: 0, utc: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, est: -300, edt: -240, et: -300,
  cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, pt: -480, jst: 540, kst: 540, aest: 600,
  aedt: 660, nzst: 720, nzdt: 780,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DATE_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi'), parts: (m) => [+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]] },
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'), parts: (m) => [+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]] },
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, parts: (m) => [+m[1], +m[2], +m[3]] },
];
const TIME = /\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap])?\.?(?:m\b\.?)?\s*(?:\(?\b(z|gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|et|cst|cdt|mst|mdt|pst|pdt|pt|jst|kst|aest|aedt|nzst|nzdt)\b\)?)?\s*([+-]\d{1,2}(?::?\d{2})?)?/i;
const COPYRIGHT = /(?:©|\(c\)|copyright)[^\n]{0,20}$/i;
const UPDATED = /\b(?:updated|modified|edited|last (?:updated|modified))\b[^\n]{0,25}$/i;

/** Latest date accepted: a publication date cannot lie more than a day ahead of the reader's clock. */
const futureLimit = (now: number) => now + 36 * 3600 * 1000;
const EARLIEST_YEAR = 1900;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (!(y >= EARLIEST_YEAR && m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, or null when the source names no zone. */
  offset: number | null;
}

function format(y: number, m: number, d: number, clock: Clock | null, now: number): string | null {
  if (!validDay(y, m, d)) return null;
  if (Date.UTC(y, m - 1, d) > futureLimit(now)) return null;
  if (!clock) return `${y}-${pad(m)}-${pad(d)}`;
  const { hour, minute, second, offset } = clock;
  if (hour > 23 || minute > 59 || second > 59) return `${y}-${pad(m)}-${pad(d)}`;
  if (offset === null) return `${y}-${pad(m)}-${pad(d)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const utc = Date.UTC(y, m - 1, d, hour, minute, second) - offset * 60_000;
  if (utc > futureLimit(now)) return null;
  return new Date(utc).toISOString().replace(/\.000Z$/, 'Z');
}

function parseOffset(raw: string | undefined): number | null {
  if (!raw) return null;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0));
}

function clockFrom(m: RegExpExecArray): Clock {
  let hour = +m[1];
  const meridiem = m[4]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  const offset = parseOffset(m[6]) ?? (m[5] ? ZONES[m[5].toLowerCase()] : null);
  return { hour, minute: +m[2], second: +(m[3] ?? 0), offset };
}

/** A structured date value (JSON-LD, <meta content>, <time datetime>) as ISO 8601, or null. */
export function normalizeDate(value: string | null | undefined, now = Date.now()): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(raw);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const clock = h === undefined ? null : {
      hour: +h, minute: +mi, second: +(s ?? 0),
      offset: zone === undefined ? null : zone.toUpperCase() === 'Z' ? 0 : parseOffset(zone),
    };
    return format(+y, +mo, +d, clock, now);
  }
  // Unix time in seconds or milliseconds, as some CMSs put in data attributes.
  if (/^\d{10}(?:\d{3})?$/.test(raw)) {
    const ms = raw.length === 10 ? +raw * 1000 : +raw;
    const date = new Date(ms);
    return ms > futureLimit(now) ? null : date.toISOString().replace(/\.000Z$/, 'Z');
  }
  return findDatesInText(raw, now)[0]?.iso ?? null;
}

export interface TextDate {
  iso: string;
  /** Where in the text the date begins. */
  index: number;
  /** The words just before it name it an update ("Updated 11:05, Nov 19") rather than the publication. */
  updated: boolean;
}

/** Every full calendar date (day, month and year) written in `text`, with a time of day when one sits beside it. */
export function findDatesInText(text: string, now = Date.now()): TextDate[] {
  const found: TextDate[] = [];
  for (const { re, parts } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (COPYRIGHT.test(before)) continue;
      const [y, mo, d] = parts(m);
      const clock = clockNear(text, m.index, m.index + m[0].length);
      const iso = format(y, mo, d, clock, now);
      if (iso && !found.some((f) => f.index === m!.index)) found.push({ iso, index: m.index, updated: UPDATED.test(before) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A time of day written right after the date ("- 10:30 GMT") or right before it ("10:48, Tue, Nov 19, 2019"). */
function clockNear(text: string, start: number, end: number): Clock | null {
  const after = /^[\s,|@-]*(?:at\s+)?/i.exec(text.slice(end, end + 12))?.[0].length ?? 0;
  const m = TIME.exec(text.slice(end + after, end + after + 40));
  if (m && m.index === 0) return clockFrom(m);
  const window = text.slice(Math.max(0, start - 40), start);
  const before = new RegExp(`${TIME.source}[\\s,|-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?[\\s,]*)?$`, 'i').exec(window);
  return before ? clockFrom(before) : null;
}
