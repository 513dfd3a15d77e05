// Reading memory at scale, in Chromium and Firefox: with 5,000 remembered articles the entity page opens (from
// navigation to the dossier drawn) within 150 ms, and reading a page and opening the popup on it is no slower
// than with an empty memory. `npm run bench -- memory --browser chromium` is a quick run.
import { join } from 'node:path';
import { buildExtension } from '../build';
import { DOSSIER_ARTICLES } from '../../src/background/memory-store';
import { ARTIFACTS, browserAvailable, serveFixtures, startSession, type BrowserName, type FixtureServer } from '../../test/e2e/harness';
import type { BenchOptions } from '../bench';
import { benchPages, machineLoad } from './reader';
import { median } from './reader/report';
import { entityPageTimes, MemoryControl, readTimes, type PageTimes, type ReadTimes } from './memory/drive';
import { syntheticMemory, type SyntheticMemory } from './memory/synthetic';

const ARTICLES = 5000;
const OPENINGS = 9;
const TARGET_MS = 150;
const MEMORY_PAGES = ['one', 'two', 'three'].map((s) => `/fixtures/pages/memory/${s}/index.html`);

const fmt = (xs: number[]) => (xs.length ? `${median(xs).toFixed(0)} (max ${Math.max(...xs).toFixed(0)}, n=${xs.length})` : '–');

interface BrowserResult {
  browser: BrowserName;
  busiest: PageTimes;
  typical: PageTimes;
  empty: ReadTimes;
  full: ReadTimes;
}

async function measure(browser: BrowserName, ext: string, server: FixtureServer, memory: SyntheticMemory, paths: string[], log: (l: string) => void): Promise<BrowserResult> {
  const run = async (fill: boolean) => {
    const session = await startSession(browser, {}, ext);
    const control = await MemoryControl.open(session);
    try {
      if (fill) {
        const started = Date.now();
        await control.fill(memory);
        log(`${browser}: ${await control.articles()} articles in memory (${((Date.now() - started) / 1000).toFixed(1)} s to write)`);
      }
      const reads = await readTimes(session, control, server, paths);
      const pages = fill
        ? { busiest: await entityPageTimes(session, control, memory.busiest.key, OPENINGS), typical: await entityPageTimes(session, control, memory.typical.key, OPENINGS) }
        : { busiest: { shown: [], own: [] }, typical: { shown: [], own: [] } };
      return { reads, ...pages };
    } finally {
      await control.close().catch(() => undefined);
      await session.close();
    }
  };
  const empty = await run(false);
  const full = await run(true);
  return { browser, busiest: full.busiest, typical: full.typical, empty: empty.reads, full: full.reads };
}

function report(results: BrowserResult[], memory: SyntheticMemory, pages: number, load: string): string {
  const lines = [
    '## Reading memory',
    '',
    `With ${ARTICLES.toLocaleString('en')} remembered articles (invented, 25 names each, news-like skew; scripts/bench/memory/synthetic.ts), medians in ms. Entity page: navigation to the dossier drawn, ${OPENINGS} openings, target ≤ ${TARGET_MS} ms. Reading: ${pages} pages read in automatic mode, then the popup opened on each, with an empty memory and with the full one (fresh profile each). Machine load ${load}.`,
    '',
    `| | ${results.map((r) => r.browser).join(' | ')} |`,
    `|---|${results.map(() => '---').join('|')}|`,
    `| entity page, the busiest name (${memory.busiest.articles} articles, newest ${DOSSIER_ARTICLES} listed) | ${results.map((r) => fmt(r.busiest.shown)).join(' | ')} |`,
    `| … of which the page's own work (script start → drawn) | ${results.map((r) => fmt(r.busiest.own)).join(' | ')} |`,
    `| entity page, a followed name (${memory.typical.articles} articles) | ${results.map((r) => fmt(r.typical.shown)).join(' | ')} |`,
    `| … of which the page's own work | ${results.map((r) => fmt(r.typical.own)).join(' | ')} |`,
    `| article request → reply (remembering it), empty memory | ${results.map((r) => fmt(r.empty.annotate)).join(' | ')} |`,
    `| article request → reply (remembering it), ${ARTICLES.toLocaleString('en')} articles | ${results.map((r) => fmt(r.full.annotate)).join(' | ')} |`,
    `| popup → card, empty memory | ${results.map((r) => fmt(r.empty.popup)).join(' | ')} |`,
    `| popup → card, ${ARTICLES.toLocaleString('en')} articles | ${results.map((r) => fmt(r.full.popup)).join(' | ')} |`,
  ];
  const within = results.every((r) => median(r.typical.shown) <= TARGET_MS && median(r.busiest.shown) <= TARGET_MS);
  lines.push('', within ? `The entity page is within ${TARGET_MS} ms in every browser.` : `The entity page is NOT within ${TARGET_MS} ms everywhere.`);
  return lines.join('\n');
}

export async function run(options: BenchOptions, build: (target: 'chrome' | 'firefox', out: string) => Promise<string> = (target, out) => buildExtension(target, out, { production: true, bench: true })): Promise<string> {
  const memory = syntheticMemory(ARTICLES);
  const paths = [...MEMORY_PAGES, ...benchPages(Math.min(options.pages, 8)).map((p) => p.path)];
  const server = await serveFixtures();
  const results: BrowserResult[] = [];
  const loadBefore = machineLoad();
  try {
    for (const browser of options.browsers) {
      if (!browserAvailable(browser)) {
        console.error(`bench: ${browser} is not installed here, skipped`);
        continue;
      }
      const target = browser === 'chromium' ? 'chrome' : 'firefox';
      const ext = await build(target, join(ARTIFACTS, 'bench', `memory-${target}`));
      results.push(await measure(browser, ext, server, memory, paths, (l) => console.error(`bench: ${l}`)));
    }
  } finally {
    await server.close();
  }
  return report(results, memory, paths.length, `${loadBefore} at the start, ${machineLoad()} at the end`);
}
