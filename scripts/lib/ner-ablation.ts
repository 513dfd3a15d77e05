// The ablation table of docs/ner.md, kept by the training script: `npm run train:ner -- --cv-only --ablation NAME`
// writes (or rewrites) the row NAME with the cross-validated micro-F1 of each training corpus, so the table holds
// measured numbers only. The table sits between two HTML comments; rows stay in the order they were first written.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- ablation table: written by train-ner.ts --ablation -->';
const END = '<!-- end of ablation table -->';

export interface AblationRow {
  name: string;
  command: string;
  /** Corpus name → micro-F1 (0 … 1). */
  f1: Map<string, number>;
  mean: number;
}

/** The markdown table of `rows` for the corpora `columns`. */
export function ablationTable(rows: readonly AblationRow[], columns: readonly string[]): string {
  const pct = (x: number | undefined) => (x === undefined ? 'n/a' : (100 * x).toFixed(2));
  return [
    `| run | options | ${columns.join(' | ')} | mean |`,
    `| --- | --- | ${columns.map(() => '---').join(' | ')} | --- |`,
    ...rows.map((r) => `| ${r.name} | \`${r.command}\` | ${columns.map((c) => pct(r.f1.get(c))).join(' | ')} | ${pct(r.mean)} |`),
  ].join('\n');
}

/** Parses the rows of a table written by ablationTable. */
export function parseAblationTable(table: string): AblationRow[] {
  const lines = table.split('\n').filter((l) => l.startsWith('|'));
  if (lines.length < 2) return [];
  const columns = lines[0].split('|').slice(3, -2).map((c) => c.trim());
  return lines.slice(2).map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const f1 = new Map<string, number>();
    columns.forEach((c, i) => {
      const v = cells[2 + i];
      if (v !== 'n/a') f1.set(c, Number(v) / 100);
    });
    return { name: cells[0], command: cells[1].replace(/^`|`$/g, ''), f1, mean: Number(cells[cells.length - 1]) / 100 };
  });
}

/** Writes `row` into the ablation table of the markdown file at `path` (which must hold the two markers). */
export function recordAblation(path: string, row: AblationRow): void {
  const text = readFileSync(path, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path} has no ablation table markers`);
  const rows = parseAblationTable(text.slice(from + START.length, to));
  const at = rows.findIndex((r) => r.name === row.name);
  if (at >= 0) rows[at] = row;
  else rows.push(row);
  const columns = [...new Set(rows.flatMap((r) => [...r.f1.keys()]))];
  writeFileSync(path, `${text.slice(0, from + START.length)}\n${ablationTable(rows, columns)}\n${text.slice(to)}`);
}
