// What the reader waits for, in Chromium and Firefox: toolbar click → card and → first highlight, the popup
// reopened, automatic mode's load → first highlight, warm and on a fresh worker, with the stages in between.
// `npm run bench -- reader --pages 8 --browser chromium` is a quick run; `--baseline` also keeps this run as the
// "before" that later reports compare with (scripts/bench/reader/baseline.json).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../build';
import { ARTIFACTS, browserAvailable, serveFixtures } from '../../test/e2e/harness';
import { aebPages } from '../../test/e2e/page-helpers';
import type { BenchOptions } from '../bench';
import { drive, type BenchPage } from './reader/drive';
import { report, type BrowserRun, type SavedRun } from './reader/report';

const BASELINE = join(import.meta.dirname, 'reader/baseline.json');

export function benchPages(count: number): BenchPage[] {
  const real = aebPages(count).map(({ id }) => ({ name: id.slice(0, 12), path: `/aeb/${id}.html` }));
  return [{ name: 'sample', path: '/fixtures/pages/sample/index.html' }, ...real];
}

export const machineLoad = () => loadavg().map((l) => l.toFixed(2)).join(', ') + ' (1, 5, 15 min)';

export async function run(options: BenchOptions): Promise<string> {
  const pages = benchPages(options.pages);
  const server = await serveFixtures();
  const runs: BrowserRun[] = [];
  const loadBefore = machineLoad();
  try {
    for (const browser of options.browsers) {
      if (!browserAvailable(browser)) {
        console.error(`bench: ${browser} is not installed here, skipped`);
        continue;
      }
      const target = browser === 'chromium' ? 'chrome' : 'firefox';
      const ext = await buildExtension(target, join(ARTIFACTS, 'bench', `bench-${target}`), { production: true, bench: true });
      const samples = await drive(browser, ext, server, pages, { coldEvery: options.coldEvery, log: (l) => console.error(`bench: ${l}`) });
      runs.push({ browser, samples });
    }
  } finally {
    await server.close();
  }
  const now: SavedRun = { date: new Date().toISOString().slice(0, 16).replace('T', ' '), load: `${loadBefore} at the start, ${machineLoad()} at the end`, pages: pages.length, runs };
  mkdirSync(join(ARTIFACTS, 'bench'), { recursive: true });
  writeFileSync(join(ARTIFACTS, 'bench', 'reader-last.json'), JSON.stringify(now));
  const before = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as SavedRun) : null;
  if (options.baseline) writeFileSync(BASELINE, JSON.stringify(now) + '\n');
  return report(now, options.baseline ? null : before);
}
