// Drives the bench build in a real browser the way a reader uses it, and collects each scenario's stage records:
// on demand (the default mode) a toolbar click on a loaded page, the popup reopened on it, and the same click on a
// fresh worker with nothing cached; in automatic mode a page load, with a warm and with a fresh worker.
import type { Page } from 'puppeteer-core';
import { startSession, type BrowserName, type FixtureServer, type Session } from '../../../test/e2e/harness';
import { BENCH_PREFIX, type StageRecord } from '../../../src/shared/timing';
import { measure, type Measured, type Records, type Scenario } from './stages';

export interface BenchPage {
  name: string;
  path: string;
}

/** What one page gave in one scenario; `measured` is null when the scenario did not reach its answer. */
export interface Sample {
  page: string;
  scenario: Scenario;
  cold: boolean;
  measured: Measured | null;
  /** What the popup or the page ended with when there was no card or highlight (not an article, an error). */
  outcome: string;
  /** The stage records as the documents left them, for a closer look (.artifacts/bench/reader-last.json). */
  records: Records;
}

const POPUP_ENDS = ['card', 'not-article', 'no-access', 'error', 'disabled'];
const TIMEOUT_MS = 15_000;
const POLL_MS = 40;
const SETTLE_MS = 300;

/** An extension page of the session, used to read and clear the records and to empty the cache. */
class Control {
  private constructor(private readonly page: Page) {}

  static async open(session: Session): Promise<Control> {
    return new Control(await session.openExtensionPage('options/options.html'));
  }

  private all(): Promise<Record<string, StageRecord>> {
    return this.page.evaluate(async (prefix) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const stored = (await api.storage.local.get(null)) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(stored).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
    }, BENCH_PREFIX) as Promise<Record<string, StageRecord>>;
  }

  async clear(): Promise<void> {
    await this.page.evaluate(async (prefix) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const keys = Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith(prefix));
      await api.storage.local.remove(keys);
    }, BENCH_PREFIX);
  }

  async clearCache(): Promise<void> {
    await this.page.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.runtime.sendMessage({ type: 'clearCache', payload: {} });
    });
  }

  /** The records of one page's scenario, once `done` says they are complete (or the time is up). */
  async wait(url: string, tabId: number | null, done: (r: Records) => boolean): Promise<Records> {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const all = await this.all();
      // Records are cleared before each scenario, so a page's record under another URL (one the page moved to with
      // the history API before Lede ran) is still this page's.
      const one = (prefix: string) => all[prefix + url] ?? Object.entries(all).find(([k]) => k.startsWith(prefix + 'http'))?.[1];
      const r: Records = {
        popup: all.popup,
        page: one('page:'),
        annotate: one('background:'),
        tabState: tabId === null ? undefined : all[`background:tab:${tabId}`],
        model: all['background:model'],
        inject: tabId === null ? undefined : all[`background:inject:${tabId}`],
      };
      if (done(r) || Date.now() > deadline) return r;
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  }
}

const popupEnded = (r: Records) => POPUP_ENDS.some((k) => r.popup?.marks[k] !== undefined);
/** The card is there and, when the page was annotated, so is its first highlight. */
const clickEnded = (r: Records) => popupEnded(r) && (r.popup!.marks.card === undefined || r.page?.marks.highlight !== undefined);
const pageEnded = (r: Records) => r.page?.marks.highlight !== undefined || r.page?.marks.reported !== undefined;

function outcome(scenario: Scenario, r: Records): string {
  if (scenario === 'automatic') return r.page?.marks.highlight !== undefined ? 'highlighted' : r.page?.marks.reported !== undefined ? 'not an article' : 'timed out';
  return POPUP_ENDS.find((k) => r.popup?.marks[k] !== undefined) ?? 'timed out';
}

function sample(page: string, scenario: Scenario, cold: boolean, r: Records): Sample {
  return { page, scenario, cold, measured: measure(scenario, r), outcome: outcome(scenario, r), records: r };
}

/**
 * A reader clicks on a page they are reading, not in the instant it loads: wait until the page's own start-up work
 * is over (its main thread idle), so the click's timings are Lede's and not the page's.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestIdleCallback(() => ok(), { timeout: 2000 })));
  await new Promise((ok) => setTimeout(ok, SETTLE_MS));
}

export interface DriveOptions {
  /** Fresh-worker runs on every `coldEvery`-th page (1: every page). */
  coldEvery: number;
  log(line: string): void;
}

/** Toolbar clicks in on-demand mode: warm, reopened, then cold on a reloaded page with an empty cache. */
async function onDemand(session: Session, server: FixtureServer, pages: BenchPage[], opts: DriveOptions): Promise<Sample[]> {
  const ctl = await Control.open(session);
  const out: Sample[] = [];
  const click = async (page: Page, url: string, tabId: number, done: (r: Records) => boolean) => {
    await ctl.clear();
    await session.clickAction(page);
    const r = await ctl.wait(url, tabId, done);
    await session.closePopup();
    return r;
  };
  // The first click of a session starts the worker and loads the model: not what a warm click measures.
  const warmUp = await session.openPage(server.url(pages[0].path));
  await click(warmUp, server.url(pages[0].path), session.tabIdOf(warmUp), clickEnded);
  await warmUp.close();
  await ctl.clearCache();
  for (const [i, { name, path }] of pages.entries()) {
    const url = server.url(path);
    const page = await session.openPage(url);
    const tabId = session.tabIdOf(page);
    await settled(page);
    const warm = sample(name, 'click', false, await click(page, url, tabId, clickEnded));
    out.push(warm);
    if (warm.outcome === 'card') out.push(sample(name, 'reopen', false, await click(page, url, tabId, popupEnded)));
    if (i % opts.coldEvery === 0) {
      await page.reload({ waitUntil: 'load' });
      await settled(page);
      await ctl.clearCache();
      await session.restartWorker();
      out.push(sample(name, 'click', true, await click(page, url, tabId, clickEnded)));
    }
    await page.close();
    opts.log(`${session.browser} on demand ${i + 1}/${pages.length} ${name}: ${warm.outcome} ${warm.measured ? warm.measured.total.toFixed(0) + ' ms' : ''}`);
  }
  return out;
}

/** Page loads in automatic mode: the registered content script reads each page by itself. */
async function automatic(session: Session, server: FixtureServer, pages: BenchPage[], opts: DriveOptions): Promise<Sample[]> {
  const ctl = await Control.open(session);
  const out: Sample[] = [];
  const load = async (url: string) => {
    await ctl.clear();
    // No tab id needed here: a plain new tab, without openPage's look at the tab list.
    const page = await session.puppeteer.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    const r = await ctl.wait(url, null, pageEnded);
    await page.close();
    return r;
  };
  await load(server.url(pages[0].path));
  await ctl.clearCache();
  for (const [i, { name, path }] of pages.entries()) {
    const url = server.url(path);
    out.push(sample(name, 'automatic', false, await load(url)));
    if (i % opts.coldEvery === 0) {
      await ctl.clearCache();
      await session.restartWorker();
      out.push(sample(name, 'automatic', true, await load(url)));
    }
    opts.log(`${session.browser} automatic ${i + 1}/${pages.length} ${name}`);
  }
  return out;
}

/** Every scenario on every page in one browser, each mode in its own fresh session. */
export async function drive(name: BrowserName, ext: string, server: FixtureServer, pages: BenchPage[], opts: DriveOptions): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const [mode, run] of [['on-demand', onDemand], ['automatic', automatic]] as const) {
    const session = await startSession(name, { mode }, ext);
    try {
      out.push(...await run(session, server, pages, opts));
    } finally {
      await session.close();
    }
  }
  return out;
}
