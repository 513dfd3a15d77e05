// The first minutes in real Chromium and Firefox: installing Lede opens its welcome page; the demo article there
// is highlighted by the content script's own code and opens a card on hover, beside the popup's summary card; and
// choosing "Automatically" there asks for the permission and turns automatic reading on, as on the options page.
import type { Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, type Session } from './harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The tab the background opened at install: found among the browser's pages, with its page loaded. */
async function welcomeTab(session: Session): Promise<Page> {
  const url = session.extensionUrl('welcome/welcome.html');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await session.puppeteer.pages()) {
      if (page.url() !== url) continue;
      const ready = await page.evaluate(() => document.getElementById('demo-frame') !== null).catch(() => false);
      if (ready) return page;
    }
    await sleep(200);
  }
  throw new Error('no welcome page opened after install');
}

/** State of the demo frame and the summary frame, read from the welcome page (all are the extension's pages). */
const demoState = (page: Page) => page.evaluate(() => {
  const frame = document.getElementById('demo-frame') as HTMLIFrameElement;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  const people = win?.CSS.highlights.get('lede-x7q-per');
  const card = doc?.querySelector('lede-layer')?.shadowRoot?.querySelector<HTMLElement>('.card');
  const summary = (document.getElementById('summary-frame') as HTMLIFrameElement).contentDocument?.querySelector('.card .title')?.textContent ?? null;
  return { people: people?.size ?? 0, cardOpen: !!card && !card.hidden, cardName: card?.querySelector('.name')?.textContent ?? '', summary, title: doc?.title ?? '' };
});

describeInBrowsers('welcome page', (ctx) => {
  let page: Page;

  beforeAll(async () => {
    page = await welcomeTab(ctx.session);
    await page.setViewport({ width: 1280, height: 900 });
    await page.bringToFront();
  });

  it('opens on install, with its demo article highlighted and summed up by the popup’s card', async () => {
    await page.waitForFunction(() => {
      const frame = document.getElementById('demo-frame') as HTMLIFrameElement;
      const summary = document.getElementById('summary-frame') as HTMLIFrameElement;
      return ((frame.contentWindow?.CSS.highlights.get('lede-x7q-per') as { size?: number } | undefined)?.size ?? 0) > 0
        && !!summary.contentDocument?.querySelector('.card .title');
    }, { timeout: 60_000, polling: 200 });
    const state = await demoState(page);
    expect(state.people).toBeGreaterThan(2);
    expect(state.summary).toBe(state.title);
  });

  it('opens a card when the pointer rests on a highlighted name in the demo', async () => {
    const point = await page.evaluate(() => {
      const frame = document.getElementById('demo-frame') as HTMLIFrameElement;
      frame.scrollIntoView({ block: 'start' });
      const doc = frame.contentDocument!;
      const box = frame.getBoundingClientRect();
      const ranges = [...(frame.contentWindow!.CSS.highlights.get('lede-x7q-per') as unknown as Iterable<AbstractRange>)];
      for (const s of ranges) {
        const range = doc.createRange();
        range.setStart(s.startContainer, s.startOffset);
        range.setEnd(s.endContainer, s.endOffset);
        const r = range.getClientRects()[0];
        if (r && r.top > 0 && r.bottom < frame.clientHeight) return { x: box.left + r.left + r.width / 2, y: box.top + r.top + r.height / 2, text: range.toString() };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(5, 5);
    await sleep(300);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    await page.waitForFunction(() => {
      const card = (document.getElementById('demo-frame') as HTMLIFrameElement).contentDocument?.querySelector('lede-layer')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!card && !card.hidden;
    }, { timeout: 5000, polling: 100 });
    const state = await demoState(page);
    expect(state.cardOpen).toBe(true);
    expect(state.cardName.length).toBeGreaterThan(0);
  });

  it('turns automatic reading on from the welcome page, with the browser’s permission', async () => {
    await page.click('#mode-automatic');
    await page.waitForFunction(() => /Saved: Lede reads articles automatically/.test(document.getElementById('status')?.textContent ?? ''), { timeout: 20_000, polling: 200 });
    const granted = await page.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const [permission, stored] = await Promise.all([api.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }), api.storage.local.get('device')]);
      return { permission: permission as boolean, mode: stored.device?.mode as string };
    });
    expect(granted).toEqual({ permission: true, mode: 'automatic' });
    expect(await ctx.session.errors()).toEqual([]);
  });
}, { mode: 'on-demand' });
