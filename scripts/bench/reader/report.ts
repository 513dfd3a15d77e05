// The reader-facing timings as markdown: medians against the targets, and where the time went, stage by stage,
// before (a saved earlier run) and now.
import type { BrowserName } from '../../../test/e2e/harness';
import type { Sample } from './drive';
import { measure, type Measured, type Scenario, type Stage } from './stages';

export interface BrowserRun {
  browser: BrowserName;
  samples: Sample[];
}

/** A whole run as saved for a later comparison (`--baseline`). */
export interface SavedRun {
  date: string;
  load: string;
  pages: number;
  runs: BrowserRun[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : '–');

interface Metric {
  label: string;
  scenario: Scenario;
  cold: boolean;
  value(m: Measured): number | undefined;
  /** At most this many ms (median), where the project set a target. */
  target?: number;
}

const METRICS: Metric[] = [
  { label: 'click → card', scenario: 'click', cold: false, value: (m) => m.total, target: 250 },
  { label: 'click → first highlight', scenario: 'click', cold: false, value: (m) => m.highlight, target: 350 },
  { label: 'reopen → card (cached)', scenario: 'reopen', cold: false, value: (m) => m.total, target: 60 },
  { label: 'cold click → card', scenario: 'click', cold: true, value: (m) => m.total, target: 500 },
  { label: 'cold click → first highlight', scenario: 'click', cold: true, value: (m) => m.highlight },
  { label: 'automatic: load → first highlight', scenario: 'automatic', cold: false, value: (m) => m.total },
  { label: 'automatic, cold: load → first highlight', scenario: 'automatic', cold: true, value: (m) => m.total },
  { label: 'page work to first highlight (click)', scenario: 'click', cold: false, value: (m) => m.pageWork, target: 30 },
];

function values(run: BrowserRun | undefined, metric: Metric): number[] {
  return (run?.samples ?? [])
    .filter((s) => s.scenario === metric.scenario && s.cold === metric.cold && s.measured)
    .map((s) => metric.value(s.measured!))
    .filter((v): v is number => v !== undefined);
}

const SCENARIOS: { label: string; scenario: Scenario; cold: boolean }[] = [
  { label: 'Click → card, warm worker', scenario: 'click', cold: false },
  { label: 'Click → card, fresh worker, nothing cached', scenario: 'click', cold: true },
  { label: 'Reopen → card (cached)', scenario: 'reopen', cold: false },
  { label: 'Automatic mode: load → first highlight, warm worker', scenario: 'automatic', cold: false },
  { label: 'Automatic mode: load → first highlight, fresh worker', scenario: 'automatic', cold: true },
];

/** What a breakdown table splits: the whole wait, or one stage of it step by step. */
interface Part {
  stages(m: Measured): Stage[] | undefined;
  total(m: Measured): number;
}
const WAIT: Part = { stages: (m) => m.stages, total: (m) => m.total };
const EXTRACTION: Part = { stages: (m) => m.extraction, total: (m) => m.extraction!.reduce((sum, s) => sum + s.ms, 0) };

/** Median of each stage over the pages that reached the answer (medians of stages do not add up to the median total). */
function breakdown(runs: { label: string; run: BrowserRun }[], scenario: Scenario, cold: boolean, part: Part = WAIT): string[] {
  const rows = runs.map(({ label, run }) => {
    const measured = run.samples.filter((s) => s.scenario === scenario && s.cold === cold && s.measured && part.stages(s.measured)).map((s) => s.measured!);
    const stages = new Map<string, number[]>();
    for (const m of measured) for (const st of part.stages(m)!) (stages.get(st.name) ?? stages.set(st.name, []).get(st.name)!).push(st.ms);
    return { label, n: measured.length, total: median(measured.map(part.total)), stages };
  }).filter((r) => r.n > 0);
  if (!rows.length) return [];
  // The row with the most stages gives the order (an older run lacks the finer ones, which would land at the end).
  const names = [...new Set([...rows].sort((a, b) => b.stages.size - a.stages.size).flatMap((r) => [...r.stages.keys()]))];
  return [
    `| ms, median | ${names.join(' | ')} | total | pages |`,
    `|---|${names.map(() => '---|').join('')}---|---|`,
    ...rows.map((r) => `| ${r.label} | ${names.map((n) => fmt(median(r.stages.get(n) ?? []))).join(' | ')} | **${fmt(r.total)}** | ${r.n} |`),
  ];
}

/** Stages are worked out again from the saved records, so an older run is split the way this code splits. */
function remeasured(run: SavedRun): SavedRun {
  return {
    ...run,
    runs: run.runs.map((r) => ({
      ...r,
      samples: r.samples.map((s) => (s.records && Object.keys(s.records).length ? { ...s, measured: measure(s.scenario, s.records) } : s)),
    })),
  };
}

export function report(current: SavedRun, earlier: SavedRun | null): string {
  const now = remeasured(current);
  const before = earlier && remeasured(earlier);
  const browsers = now.runs.map((r) => r.browser);
  const beforeRun = (b: BrowserName) => before?.runs.find((r) => r.browser === b);
  const head = before
    ? `| median ms | target | ${browsers.map((b) => `${b} before | ${b} now`).join(' | ')} |`
    : `| median ms | target | ${browsers.join(' | ')} |`;
  const cols = browsers.length * (before ? 2 : 1);
  const lines = [
    '## What the reader waits for (scripts/bench/reader.ts)',
    '',
    `The production build with stage marks (\`scripts/build.ts --production --bench\`), driven in real browsers on ${now.pages} pages (the sample page and the article-extraction benchmark's English pages, served from 127.0.0.1). Times are read from each document's own clock: the popup's starts when the toolbar click opens it; the page's at its navigation. Warm: the background has already read another article. Cold: the worker was just stopped and the cache emptied. Machine load during this run: ${now.load}.`,
    before ? `"Before" is the run of ${before.date} (load ${before.load}, ${before.pages} pages), saved with \`--baseline\`.` : '',
    '',
    head,
    `|---|---|${'---|'.repeat(cols)}`,
    ...METRICS.map((m) => {
      const cells = browsers.flatMap((b) => {
        const nowV = fmt(median(values(now.runs.find((r) => r.browser === b), m)));
        return before ? [fmt(median(values(beforeRun(b), m))), nowV] : [nowV];
      });
      return `| ${m.label} | ${m.target ? `≤ ${m.target}` : ''} | ${cells.join(' | ')} |`;
    }),
    '',
  ];
  const chromium = now.runs.find((r) => r.browser === 'chromium');
  const firefox = now.runs.find((r) => r.browser === 'firefox');
  if (chromium && firefox) {
    const ratio = (m: Metric) => (median(values(firefox, m)) / median(values(chromium, m))).toFixed(2);
    lines.push(`Firefox / Chromium (target ≤ 1.5×): click → card ${ratio(METRICS[0])}×, click → first highlight ${ratio(METRICS[1])}×, reopen ${ratio(METRICS[2])}×, cold click ${ratio(METRICS[3])}×.`, '');
  }
  for (const run of now.runs) {
    const missed = run.samples.filter((s) => !s.measured);
    if (missed.length) lines.push(`${run.browser}: no card or highlight on ${missed.length} runs: ${[...new Set(missed.map((s) => `${s.page} (${s.outcome})`))].join(', ')}.`, '');
  }
  lines.push('### Where the time goes', '', 'Each stage runs from the end of the one before it on the critical path; a stage that did not happen (no model load on a warm worker) is left out. "injection" ends when the injected script starts, "start-up" when its extraction starts (its settings read or the popup\'s request to read, whichever comes first); "history and reply" ends when the popup is answered (in the card\'s path) or the page is (in automatic mode); the cache write and the history record follow both replies; "card: reply" is the background\'s answer reaching the popup, "card: build" the card\'s elements made, "card: layout" the card shown and fitted to the box (a run without the finer marks has it all under "card: layout"). In the click tables the "page:" columns are the page\'s own path from the background\'s reply to its first highlight, beside the card\'s (they are not part of the card\'s total).', '');
  const runs = browsers.flatMap((b) => [
    ...(before && beforeRun(b) ? [{ label: `${b}, before`, run: beforeRun(b)! }] : []),
    { label: before ? `${b}, now` : b, run: now.runs.find((r) => r.browser === b)! },
  ]);
  for (const { label, scenario, cold } of SCENARIOS) {
    const table = breakdown(runs, scenario, cold);
    if (table.length) lines.push(`**${label}**`, '', ...table, '');
  }
  const steps = breakdown(runs, 'click', false, EXTRACTION);
  if (steps.length) lines.push('**Extraction step by step (click, warm worker)**: the page\'s whole-page scan for metadata and verdict, the copy Readability works on, Readability, the article\'s text blocks, then the verdict and metadata.', '', ...steps, '');
  return lines.join('\n');
}
