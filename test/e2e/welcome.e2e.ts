// The first minutes in real Chromium and Firefox: installing Lede opens its welcome page; the demo article there
// is highlighted by the content script's own code and opens a card on hover, beside the popup's summary card; and
// choosing "Automatically" there asks for the permission and turns automatic reading on, as on the options page.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ARTIFACTS, describeInBrowsers, ROOT, type BrowserTestContext } from './harness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const COPY = join(ARTIFACTS, 'tmp', `welcome-install-${process.pid}`);

/**
 * The tab the background opened at install, found by asking each page where it is (Firefox reports no URLs for
 * extension pages over BiDi). Chromium's session reloads the extension once at start (to record its errors), and
 * a reload closes its pages and counts as an update: there a second copy is installed, which is a fresh install.
 */
async function welcomeTab(ctx: BrowserTestContext): Promise<Page> {
  let base = ctx.session.extensionUrl('');
  if (ctx.name === 'chromium') {
    rmSync(COPY, { recursive: true, force: true });
    cpSync(join(ROOT, 'build/chrome'), COPY, { recursive: true });
    base = `chrome-extension://${await ctx.session.puppeteer.installExtension(COPY)}/`;
  }
  const url = `${base}welcome/welcome.html`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await ctx.session.puppeteer.pages()) {
      const there = await page.evaluate((u) => location.href === u && document.getElementById('demo-frame') !== null, url).catch(() => false);
      if (there) return page;
    }
    await sleep(200);
  }
  throw new Error(`no welcome page opened after install (looked for ${url})`);
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
    page = await welcomeTab(ctx);
    await page.setViewport({ width: 1280, height: 900 });
    await page.bringToFront();
  });
  afterAll(() => rmSync(COPY, { recursive: true, force: true }));

  it('opens on install, with its demo article highlighted and summed up by the popup’s card', async () => {
    await page.waitForFunction(() => {
      const frame = document.getElementById('demo-frame') as HTMLIFrameElement;
      const summary = document.getElementById('summary-frame') as HTMLIFrameElement;
      return (((frame.contentWindow as (Window & typeof globalThis) | null)?.CSS.highlights.get('lede-x7q-per') as { size?: number } | undefined)?.size ?? 0) > 0
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
      const ranges = [...((frame.contentWindow as Window & typeof globalThis).CSS.highlights.get('lede-x7q-per') as unknown as Iterable<AbstractRange>)];
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
    // The session's own copy: the one whose permission prompt the harness answers.
    const page = await ctx.session.openExtensionPage('welcome/welcome.html', '#mode-automatic', { width: 1280, height: 900 });
    await page.bringToFront();
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
