// Per-field totals and failure lists for the metadata golden suite, shared by `npm run eval:articles` and the
// quick check (scripts/article/check-meta.ts).
import { FIELDS, isJunkName, scoreHeader, type Field } from './meta-score';
import type { GoldPage, ScoredHeader } from './meta-gold';

export interface FieldTotal {
  scored: number;
  exact: number;
  lenient: number;
}

export interface MetaReport {
  totals: Record<Field, FieldTotal>;
  /** Byline entries that are not names, with their page. */
  junk: { page: string; name: string }[];
  refused: { page: string; reason: string }[];
  /** Pages whose field missed the exact comparison: what the gold says and what Lede showed. */
  misses: Record<Field, { page: string; gold: string; guess: string }[]>;
}

export const pageLabel = (p: GoldPage) => {
  if (p.fixture) return p.fixture;
  try {
    return `${new URL(p.url).hostname} \`${(p.id ?? '').slice(0, 8)}\``;
  } catch {
    return p.id ?? p.url;
  }
};

const show = (v: unknown) => (v === null ? '—' : Array.isArray(v) ? `[${v.join('; ')}]` : String(v));

export function reportHeaders(rows: ScoredHeader[]): MetaReport {
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { scored: 0, exact: 0, lenient: 0 }])) as Record<Field, FieldTotal>;
  const misses = Object.fromEntries(FIELDS.map((f) => [f, []])) as unknown as MetaReport['misses'];
  const junk: MetaReport['junk'] = [];
  const refused: MetaReport['refused'] = [];
  for (const row of rows) {
    const page = pageLabel(row.gold);
    if (row.refused) refused.push({ page, reason: row.refused });
    for (const name of row.guess.authors) if (isJunkName(name)) junk.push({ page, name });
    const scores = scoreHeader(row.gold, row.guess);
    for (const field of FIELDS) {
      const s = scores[field];
      if (!s) continue;
      totals[field].scored++;
      if (s.exact) totals[field].exact++;
      if (s.lenient) totals[field].lenient++;
      else if (!s.exact) misses[field].push({ page, gold: show(row.gold[field]), guess: show(row.guess[field]) });
      if (s.lenient && !s.exact) misses[field].push({ page, gold: show(row.gold[field]), guess: `${show(row.guess[field])} (lenient only)` });
    }
  }
  return { totals, junk, refused, misses };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** Markdown lines: the per-field table, junk, refusals and every miss. */
export function metaReportLines(r: MetaReport): string[] {
  return [
    '| field | pages scored | exact | lenient |',
    '|---|---|---|---|',
    ...FIELDS.map((f) => `| ${f} | ${r.totals[f].scored} | ${pct(r.totals[f].exact, r.totals[f].scored)} | ${pct(r.totals[f].lenient, r.totals[f].scored)} |`),
    '',
    `Byline entries that are not names: ${r.junk.length}${r.junk.length ? ' — ' + r.junk.map((j) => `${j.page}: "${j.name}"`).join('; ') : ''}.`,
    `Golden-suite articles refused: ${r.refused.length}${r.refused.length ? ' — ' + r.refused.map((x) => `${x.page} (${x.reason})`).join('; ') : ''}.`,
    '',
    ...FIELDS.flatMap((f) => (r.misses[f].length
      ? [`### ${f}: misses`, '', '| page | gold | Lede |', '|---|---|---|', ...r.misses[f].map((m) => `| ${m.page} | ${m.gold.replace(/\|/g, '\\|')} | ${m.guess.replace(/\|/g, '\\|')} |`), '']
      : [])),
  ];
}
