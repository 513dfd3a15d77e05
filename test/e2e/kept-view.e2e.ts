// The view a reopened popup draws before the background answers (src/shared/protocol.ts, tabViewKey), in real
// Chromium and Firefox: kept in session storage once a tab is read, shown again by a reopened popup, and gone as
// soon as the tab moves on or the reader wipes the history, so no popup ever draws a card the tab no longer shows.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeInBrowsers, type FixtureServer, type Session } from './harness';
import { PREFIX } from './page-helpers';

const SAMPLE = '/fixtures/pages/sample/index.html';
const POPUP_BOX = { width: 380, height: 600 };

/** What session storage keeps under the tab's view key, read from an extension page; null when nothing. */
function keptView(control: Page, tabId: number): Promise<{ title: string | null } | null> {
  return control.evaluate(async (key) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const view = (await api.storage.session.get(key))[key];
    return view ? { title: view.card?.title ?? null } : null;
  }, `view:${tabId}`);
}

/** Polls until `check` holds for the tab's kept view (it is written after the replies, when the thread is idle). */
async function until(control: Page, tabId: number, check: (view: { title: string | null } | null) => boolean): Promise<{ title: string | null } | null> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const view = await keptView(control, tabId);
    if (check(view) || Date.now() > deadline) return view;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

async function painted(page: Page): Promise<void> {
  await page.waitForFunction((prefix) => ['per', 'org', 'loc', 'misc', 'quote'].some((g) => (CSS.highlights.get(`${prefix}${g}`)?.size ?? 0) > 0), { timeout: 60_000, polling: 200 }, PREFIX);
}

async function cardTitle(session: Session, page: Page): Promise<string> {
  const popup = await session.openPopupFor(page);
  try {
    await popup.setViewport(POPUP_BOX);
    await popup.waitForFunction(() => document.querySelector('.card .title') !== null, { timeout: 60_000, polling: 100 });
    return await popup.evaluate(() => document.querySelector('.card .title')?.textContent ?? '');
  } finally {
    await popup.close();
  }
}

describeInBrowsers('the card kept for a reopened popup', (ctx) => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(() => {
    ({ server, session } = ctx);
  });

  it('is kept once a tab is read, drawn by a reopened popup, and dropped when the tab reloads or the history is wiped', async () => {
    const control = await session.openExtensionPage('options/options.html', '#cache-usage');
    const article = await session.openPage(server.url(SAMPLE));
    const tabId = session.tabIdOf(article);
    await painted(article);
    const kept = await until(control, tabId, (v) => v !== null);
    expect(kept?.title).toBeTruthy();
    await article.bringToFront();
    expect(await cardTitle(session, article)).toBe(kept!.title);

    // A page that starts loading anew shows nothing until it is read again.
    const reload = article.reload({ waitUntil: 'load' });
    expect(await until(control, tabId, (v) => v === null)).toBeNull();
    await reload;
    await painted(article);
    expect((await until(control, tabId, (v) => v !== null))?.title).toBe(kept!.title);

    const wiped = await control.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage({ type: 'clearHistory', payload: {} });
    });
    expect(wiped).toEqual({ ok: true, value: { ok: true } });
    expect(await keptView(control, tabId)).toBeNull();
    await article.close();
    await control.close();
  });

  it('names a read tab in its toolbar button\'s popup, which draws the kept card', async () => {
    const control = await session.openExtensionPage('options/options.html', '#cache-usage');
    const article = await session.openPage(server.url(SAMPLE));
    const tabId = session.tabIdOf(article);
    await painted(article);
    const kept = await until(control, tabId, (v) => v !== null);
    const address = await control.evaluate(async (id) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.action.getPopup({ tabId: id })) as string;
    }, tabId);
    expect(address.endsWith(`/popup/popup.html?tab=${tabId}`)).toBe(true);

    const named = await session.openExtensionPage(`popup/popup.html?tab=${tabId}`, '.card .title');
    expect(await named.evaluate(() => document.querySelector('.card .title')?.textContent)).toBe(kept!.title);
    await named.close();

    // Chromium's toolbar popup is a page automation can reach; Firefox keeps it in its own UI, so there the address
    // above stands for the click.
    if (ctx.name === 'chromium') {
      await session.clickAction(article);
      const target = await session.puppeteer.waitForTarget((t) => t.url().endsWith(`/popup/popup.html?tab=${tabId}`), { timeout: 10_000 });
      const popup = (await target.asPage())!;
      await popup.waitForFunction(() => document.querySelector('.card .title') !== null, { timeout: 30_000, polling: 100 });
      expect(await popup.evaluate(() => document.querySelector('.card .title')?.textContent)).toBe(kept!.title);
      await session.closePopup();
    }
    await article.close();
    await control.close();
  });

  it('made no network request and logged no extension error', async () => {
    expect(session.requests).toEqual([]);
    expect(await session.errors()).toEqual([]);
  });
});
