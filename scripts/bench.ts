// npm run bench [-- name...] [--pages N] [--browser chromium|firefox] [--cold-every K] [--baseline]: runs each
// benchmark in scripts/bench/ and, when all of them ran on every page in every browser, writes their reports into
// docs/bench.md. A quick run (`--pages 8 --browser chromium`) only prints.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserName } from '../test/e2e/harness';

export interface BenchOptions {
  /** Benchmark pages besides the sample page (the browser benchmarks). */
  pages: number;
  browsers: BrowserName[];
  /** Fresh-worker runs on every K-th page. */
  coldEvery: number;
  /** Keep this run of the reader benchmark as the "before" of later reports. */
  baseline: boolean;
}

const FULL_PAGES = 40;

function parse(argv: string[]): { names: string[]; options: BenchOptions; full: boolean } {
  const names: string[] = [];
  const options: BenchOptions = { pages: FULL_PAGES, browsers: ['chromium', 'firefox'], coldEvery: 2, baseline: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--pages') options.pages = Number(argv[++i]);
    else if (arg === '--browser') options.browsers = [argv[++i] as BrowserName];
    else if (arg === '--cold-every') options.coldEvery = Number(argv[++i]);
    else if (arg === '--baseline') options.baseline = true;
    else if (arg.startsWith('--')) throw new Error(`bench: unknown option ${arg}`);
    else names.push(arg);
  }
  if (!(options.pages >= 1) || !(options.coldEvery >= 1)) throw new Error('bench: --pages and --cold-every take a positive number');
  if (options.browsers.some((b) => b !== 'chromium' && b !== 'firefox')) throw new Error('bench: --browser is chromium or firefox');
  return { names, options, full: !names.length && options.pages === FULL_PAGES && options.browsers.length === 2 };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { names: only, options, full } = parse(process.argv.slice(2));
  const names = readdirSync(join(root, 'scripts/bench'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !only.length || only.includes(n))
    .sort();
  const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
  const started = Date.now();
  const loadAtStart = load();
  const sections: string[] = [];
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(root, 'scripts/bench', `${name}.ts`)).href)) as { run(options: BenchOptions): Promise<string> };
    console.error(`bench: ${name}…`);
    const report = await mod.run(options);
    console.log(report);
    if (report.trim()) sections.push(report.trim());
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const header = `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in ${minutes} min: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; machine load (1, 5, 15 min averages, from \`uptime\`) ${loadAtStart} at the start, ${load()} at the end.\n`;
  if (full) writeFileSync(join(root, 'docs/bench.md'), [header, ...sections].join('\n\n') + '\n');
  else console.error(`bench: not all sections, pages and browsers ran: docs/bench.md left as it was (${minutes} min)`);
}
