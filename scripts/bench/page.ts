// Main-thread cost of Lede in the page, measured in Chromium from a performance trace: every top-level task on
// the page's main thread that runs content-script code counts (injection, extraction, mapping, painting slices,
// message replies), with whatever layout it forces. Reported per page: total time and the longest task.
// Run with `npm run bench -- page` (it makes its own production build).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from '../build';
import { waitForMarks } from '../../test/e2e/page-helpers';
import { ARTIFACTS, serveFixtures, startSession } from '../../test/e2e/harness';
import type { BenchOptions } from '../bench';
import { benchPages } from './reader';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event: unlike `dur`, not stretched when other processes take the cores. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      scriptName?: string;
      stackTrace?: { url?: string }[];
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    name?: string;
  };
}

export interface PageCost {
  page: string;
  /** Milliseconds of main-thread tasks that ran Lede's content script. */
  total: number;
  longest: number;
  /** The same tasks' CPU time, ms: what the page's thread itself spent, whatever else the machine was running. */
  cpu: number;
  cpuLongest: number;
  tasks: number;
  /** From navigation start until the first highlight was registered. */
  firstPaint: number;
  marks: number;
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * When the sampling profiler caught the content script running (trace clock, µs). The trace names our script only
 * where a task calls into it (its evaluation, a timer, an event); the code that runs after an await (a message's
 * reply, the idle callback's promise) runs from the microtask queue and only the profiler's stacks show it.
 */
export function contentScriptSamples(events: TraceEvent[], scriptUrl: string): number[] {
  const profiles = new Map<string, { start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    const profile = profiles.get(key) ?? { start: 0, nodes: new Map<number, ProfileNode>(), samples: [] as number[], deltas: [] as number[] };
    profiles.set(key, profile);
    const data = e.args?.data;
    if (e.name === 'Profile') profile.start = data?.startTime ?? e.ts;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data?.timeDeltas ?? []));
  }
  const times: number[] = [];
  for (const { start, nodes, samples, deltas } of profiles.values()) {
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const yes = !!node && ((node.callFrame.url ?? '').startsWith(scriptUrl) || (node.parent !== undefined && isOurs(node.parent)));
      ours.set(id, yes);
      return yes;
    };
    let t = start;
    samples.forEach((id, i) => {
      t += deltas[i] ?? 0;
      if (isOurs(id)) times.push(t);
    });
  }
  return times.sort((a, b) => a - b);
}

/** Where the profiler caught the content script: ms per function, inclusive (on the stack) and self (on top). */
export interface FunctionTime {
  name: string;
  total: number;
  self: number;
}

/**
 * Per-function time of the content script from the sampling profiler (each sample weighs the gap to the next one).
 * Names are readable only in an unminified build (`--by-function` builds one).
 */
export function functionTimes(events: TraceEvent[], scriptUrl: string): FunctionTime[] {
  const nodes = new Map<string, ProfileNode>();
  const runs: { key: string; samples: number[]; deltas: number[] }[] = [];
  const byKey = new Map<string, { key: string; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    let run = byKey.get(key);
    if (!run) {
      run = { key, samples: [], deltas: [] };
      byKey.set(key, run);
      runs.push(run);
    }
    for (const node of e.args?.data?.cpuProfile?.nodes ?? []) nodes.set(`${key}:${node.id}`, node);
    run.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
    run.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  const times = new Map<string, FunctionTime>();
  const entry = (name: string) => {
    let t = times.get(name);
    if (!t) times.set(name, (t = { name, total: 0, self: 0 }));
    return t;
  };
  for (const { key, samples, deltas } of runs) {
    samples.forEach((id, i) => {
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const names: string[] = [];
      let ours = false;
      for (let node = nodes.get(`${key}:${id}`); node; node = node.parent === undefined ? undefined : nodes.get(`${key}:${node.parent}`)) {
        const frame = node.callFrame;
        if ((frame.url ?? '').startsWith(scriptUrl)) ours = true;
        names.push(frame.url?.startsWith(scriptUrl) ? frame.functionName || '(anonymous)' : `${frame.functionName || '(anonymous)'} [native]`);
      }
      if (!ours) return;
      entry(names[0]).self += ms;
      for (const name of new Set(names)) entry(name).total += ms;
    });
  }
  return [...times.values()].sort((a, b) => b.total - a.total);
}

/** Main-thread tasks of the page that ran content-script code, from a Chromium trace with the sampling profiler on. */
export function contentScriptTasks(events: TraceEvent[], scriptUrl: string): { total: number; longest: number; cpu: number; cpuLongest: number; tasks: number } {
  const isOurs = (e: TraceEvent) => {
    const d = e.args?.data;
    return (d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url ?? '').startsWith(scriptUrl);
  };
  // The page's main thread is the one running our script (extension pages and other tabs have their own).
  const threads = new Map<string, number>();
  for (const e of events) if (isOurs(e)) threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Top-level tasks only: a RunTask holds a ThreadControllerImpl::RunTask of the same span, counted once.
  const tasks: TraceEvent[] = [];
  for (const e of onMain) {
    if (!TASK.has(e.name) || e.ph !== 'X' || e.dur === undefined) continue;
    const last = tasks[tasks.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) tasks.push(e);
  }
  const pid = Number(main?.split(':')[0]);
  const marks = [
    ...onMain.filter(isOurs).map((e) => e.ts),
    ...contentScriptSamples(events.filter((e) => e.pid === pid), scriptUrl),
  ].sort((a, b) => a - b);
  let total = 0;
  let longest = 0;
  let cpu = 0;
  let cpuLongest = 0;
  let count = 0;
  let j = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (j < marks.length && marks[j] < task.ts) j++;
    if (j < marks.length && marks[j] <= end) {
      const ms = task.dur! / 1000;
      const cpuMs = (task.tdur ?? task.dur!) / 1000;
      total += ms;
      longest = Math.max(longest, ms);
      cpu += cpuMs;
      cpuLongest = Math.max(cpuLongest, cpuMs);
      count++;
    }
  }
  return { total, longest, cpu, cpuLongest, tasks: count };
}

// The sampling profiler finds our code where the trace events do not name it (see contentScriptSamples).
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

/** Idle-time painting is over when the count of painted marks stops growing for this long. */
const SETTLED_MS = 600;

export async function measure(pages: { name: string; path: string }[], byFunction?: (page: string, times: FunctionTime[]) => void): Promise<PageCost[]> {
  // Minified names say nothing: the per-function view runs on an unminified build.
  const ext = await buildExtension('chrome', join(ARTIFACTS, 'bench', byFunction ? 'chrome-dev' : 'chrome'), { production: !byFunction, bench: false });
  const server = await serveFixtures();
  const session = await startSession('chromium', {}, ext);
  const scriptUrl = session.extensionUrl('content.js');
  const out: PageCost[] = [];
  try {
    for (const { name, path } of pages) {
      const page = await session.openPage('about:blank');
      await page.tracing.start({ categories: CATEGORIES });
      const started = Date.now();
      await page.goto(server.url(path), { waitUntil: 'load' });
      let marks = 0;
      let firstPaint = NaN;
      try {
        marks = (await waitForMarks(page, 1, 30_000)).length;
        firstPaint = Date.now() - started;
      } catch {
        // Not annotated (not an article): its cost still counts.
      }
      // Idle-time painting and late replies: wait until the painted count settles (a page not annotated waits once).
      for (let settled = false; !settled;) {
        await new Promise((r) => setTimeout(r, SETTLED_MS));
        const now = marks ? (await waitForMarks(page, 1, 1000)).length : 0;
        settled = now === marks;
        marks = now;
      }
      const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] };
      out.push({ page: name, ...contentScriptTasks(trace.traceEvents, scriptUrl), firstPaint, marks });
      byFunction?.(name, functionTimes(trace.traceEvents, scriptUrl));
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  return out;
}

export async function run(options: BenchOptions): Promise<string> {
  if (!options.browsers.includes('chromium')) return '';
  return report(await measure(benchPages(options.pages)));
}

function report(results: PageCost[]): string {
  const sample = results[0];
  const rest = results.slice(1);
  const annotated = rest.filter((r) => r.marks > 0);
  const worst = rest.reduce((a, b) => (b.total > a.total ? b : a), rest[0]);
  const longest = results.reduce((a, b) => (b.longest > a.longest ? b : a), results[0]);
  const over50 = results.filter((r) => r.longest > 50);
  const lines = [
    '## In-page annotation cost (Chromium main thread)',
    '',
    `Content-script work on the page's main thread, from a Chromium performance trace with its sampling profiler on: every top-level task that ran Lede's content script (named in the trace, or on the profiler's stacks when it ran after an await) (injection, article extraction, offset mapping, painting, message handling), including the layout it forced. The language work runs in the background worker and is not on the page's thread. Sample page plus ${rest.length} real pages from the article-extraction benchmark (English, by ground truth); ${annotated.length} of them were annotated.`,
    '',
    '| pages | median total ms | worst total ms | median longest task ms | longest task ms | tasks over 50 ms | median total CPU ms | median longest task CPU ms |',
    '|---|---|---|---|---|---|---|---|',
    `| sample page | ${fmt(sample.total)} | ${fmt(sample.total)} | ${fmt(sample.longest)} | ${fmt(sample.longest)} | ${sample.longest > 50 ? 1 : 0} | ${fmt(sample.cpu)} | ${fmt(sample.cpuLongest)} |`,
    `| real pages (${rest.length}) | ${fmt(median(rest.map((r) => r.total)))} | ${fmt(worst.total)} (${worst.page}) | ${fmt(median(rest.map((r) => r.longest)))} | ${fmt(Math.max(...rest.map((r) => r.longest)))} | ${rest.filter((r) => r.longest > 50).length} | ${fmt(median(rest.map((r) => r.cpu)))} | ${fmt(median(rest.map((r) => r.cpuLongest)))} |`,
    '',
    'Wall-clock task times grow when other processes hold the cores; the CPU columns are the same tasks\' thread time, the fairer comparison between runs on a busy machine.',
    '',
    `Longest single task overall: ${fmt(longest.longest)} ms on ${longest.page}. Pages with a task over 50 ms: ${over50.length ? over50.map((r) => `${r.page} (${fmt(r.longest)} ms)`).join(', ') : 'none'}.`,
    `Time from navigation to first highlight (wall clock, includes the background's language work): sample ${fmt(sample.firstPaint)} ms; real pages median ${fmt(median(annotated.map((r) => r.firstPaint)))} ms.`,
    '',
    '<details><summary>Per page</summary>',
    '',
    '| page | total ms | tasks | longest ms | CPU ms | longest CPU ms | highlights |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.page} | ${fmt(r.total)} | ${r.tasks} | ${fmt(r.longest)} | ${fmt(r.cpu)} | ${fmt(r.cpuLongest)} | ${r.marks} |`),
    '',
    '</details>',
  ];
  return lines.join('\n');
}

/** Mean ms per page of each function, inclusive and self, the `top` largest by inclusive time. */
function functionTable(perPage: FunctionTime[][], top: number): string {
  const sum = new Map<string, FunctionTime>();
  for (const times of perPage) {
    for (const t of times) {
      const s = sum.get(t.name) ?? { name: t.name, total: 0, self: 0 };
      s.total += t.total;
      s.self += t.self;
      sum.set(t.name, s);
    }
  }
  const rows = [...sum.values()].sort((a, b) => b.total - a.total).slice(0, top);
  return [
    `Content script's functions on the profiler's stacks, mean ms per page over ${perPage.length} pages (unminified build):`,
    '',
    '| function | inclusive | self |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${fmt(r.total / perPage.length)} | ${fmt(r.self / perPage.length)} |`),
  ].join('\n');
}

// `npx tsx scripts/bench/page.ts [--pages N] [--by-function]`: this benchmark alone, on the sample page and N real
// pages; `--by-function` adds where the profiler caught the script, per function.
const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--pages');
  const count = at >= 0 ? Number(argv[at + 1]) : 40;
  if (!(count >= 1)) throw new Error('page: --pages takes a positive number');
  const perPage: FunctionTime[][] = [];
  const results = await measure(benchPages(count), argv.includes('--by-function') ? (_page, times) => perPage.push(times) : undefined);
  console.log(report(results));
  if (perPage.length) console.log('\n' + functionTable(perPage, 40));
}
