// Nothing leaves the machine, in real Chromium and Firefox: a run over many pages (the sample, real benchmark
// pages, hostile fixtures) with their popups opened makes zero requests past the recording proxy, so zero bytes
// of page text; the reading history and cache stay in the browser and "clear history" wipes them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import { AEB_DIR, AEB_HERE, describeInBrowsers } from './harness';

const HOSTILE = ['xss', 'rtl', 'cjk', 'french', 'forms'].map((n) => `/fixtures/hostile/${n}/index.html`);
/** Real pages in name order (English or not, articles or not): what a person's browsing throws at us; none on a bare clone. */
const REAL = !AEB_HERE ? [] : readdirSync(join(AEB_DIR, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, 16).map((f) => `/aeb/${f.replace('.html.gz', '.html')}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeInBrowsers('privacy', (ctx) => {
  let control: Page;
  beforeAll(async () => {
    control = await ctx.session.openExtensionPage('options/options.html');
  });

  const ask = async (type: string, payload: unknown = {}) => {
    const reply = await control.evaluate((t, p) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage({ type: t, payload: p }), type, payload as object);
    if (!reply?.ok) throw new Error(`${type}: ${reply?.error ?? 'no answer'}`);
    return reply.value;
  };

  async function settle(page: Page): Promise<string> {
    for (let i = 0; i < 120; i++) {
      const state = await ask('tabState', { tabId: ctx.session.tabIdOf(page) });
      if (!['idle', 'annotating'].includes(state.status)) return state.status;
      await sleep(250);
    }
    return 'unsettled';
  }

  it(`makes no network request over ${1 + HOSTILE.length + REAL.length} pages and their popups`, async () => {
    const statuses: string[] = [];
    for (const path of ['/fixtures/pages/sample/index.html', ...HOSTILE, ...REAL]) {
      const page = await ctx.session.openPage(ctx.server.url(path));
      const status = await settle(page);
      statuses.push(`${path}: ${status}`);
      if (status === 'done' && statuses.length % 4 === 1) {
        const popup = await ctx.session.openPopupFor(page);
        await popup.waitForSelector('.card .title', { timeout: 30_000 });
        await popup.close();
      }
      await page.close();
    }
    // The run did real work: most pages were annotated (not a run that did nothing and so sent nothing). Of the
    // fixtures, the sample, the XSS page and the forms page are English articles; most real pages are too.
    expect(statuses.filter((s) => s.endsWith(': done')).length, statuses.join('\n')).toBeGreaterThanOrEqual(REAL.length ? 10 : 3);
    expect(ctx.session.requests, 'requests that tried to leave the machine').toEqual([]);
    expect(await ctx.session.errors()).toEqual([]);
  }, 300_000);

  it('keeps history and cache in the browser, and clear history wipes both', async () => {
    const before = await ask('cacheStats');
    expect(before.entries).toBeGreaterThan(0);
    expect(before.articles).toBeGreaterThan(0);
    await ask('clearHistory');
    const after = await ask('cacheStats');
    expect({ entries: after.entries, articles: after.articles }).toEqual({ entries: 0, articles: 0 });
    expect(ctx.session.requests).toEqual([]);
  });
});
