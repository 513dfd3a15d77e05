// The popup, the cache, the history and the options page in real Chromium and Firefox: the summary card for the
// sample page, answers from the cache after a reload and after the background restarts, "seen in 1 earlier
// article" on a second real article, options that apply to an open popup and page without reload, every popup
// state screenshotted in light and dark, and not one network request.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeInBrowsers, AEB_ABSENT, AEB_HERE, type FixtureServer, type Session } from './harness';

const SAMPLE = '/fixtures/pages/sample/index.html';
/** A real article (PanARMENIAN, on protests in Iran) that mentions Iran, as the sample page does. */
const SECOND = '/aeb/d90bda7ed14df19574f4ca8b1ccde5752a78f40058af1393e81cc99adb3e8756.html';
/** A real article (The Hill, on threats against Ilhan Omar) for on-demand mode; it embeds nothing from elsewhere. */
const ON_DEMAND = '/aeb/6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85.html';
const POPUP_BOX = { width: 380, height: 600 };

type Reply = { ok: true; value: any } | { ok: false; error: string };

/** Sends a protocol request from an extension page, as the popup and options page do. */
function ask(page: Page, type: string, payload: unknown = {}): Promise<Reply> {
  return page.evaluate((t, p) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.runtime.sendMessage({ type: t, payload: p });
  }, type, payload as object);
}

async function stats(page: Page): Promise<{ computed: number; fromCache: number; entries: number; articles: number }> {
  const reply = await ask(page, 'cacheStats');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Cache counters, asked from an options page of its own so no test depends on another's popup. */
async function statsFromExtension(session: Session) {
  const page = await openExtensionPage(session, 'options/options.html', '#cache-usage');
  try {
    return await stats(page);
  } finally {
    await page.close();
  }
}

/**
 * Waits for `selector` to match. Firefox over BiDi now and then fails to set up a wait on a page that has just
 * loaded ("right-hand side of 'in' should be an object"); that is retried, a real timeout is not.
 */
async function present(page: Page, selector: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForFunction((sel) => document.querySelector(sel) !== null, { timeout: Math.max(1, deadline - Date.now()), polling: 100 }, selector);
      return;
    } catch (err) {
      if (!/Protocol error/.test(String((err as Error).cause ?? err)) || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function openExtensionPage(session: Session, path: string, ready: string): Promise<Page> {
  return session.openExtensionPage(path, ready, POPUP_BOX);
}

/**
 * Firefox's BiDi now and then loses a browsing context or a realm right after a navigation ("no such frame",
 * "right-hand side of 'in' should be an object"): such protocol errors are retried, anything else fails.
 */
async function retrying<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      if (i >= attempts || !/Protocol error/.test(`${err} ${(err as Error).cause ?? ''}`)) throw err;
    }
  }
}

function openPage(session: Session, url: string): Promise<Page> {
  return retrying(() => session.openPage(url));
}

async function popupFor(session: Session, page: Page, ready = '.card .title'): Promise<Page> {
  const popup = await retrying(() => session.openPopupFor(page));
  await popup.setViewport(POPUP_BOX);
  await present(popup, ready, 60_000);
  return popup;
}

/**
 * Reloads an article and waits until its content script has painted it again. A popup opened before the page's
 * own run reports would ask the page to run as well, and the cache would then answer twice.
 */
async function reloadAndRead(article: Page): Promise<void> {
  await article.reload({ waitUntil: 'load' });
  await article.bringToFront();
  await article.waitForFunction(() => ['per', 'org', 'loc', 'misc', 'quote'].some((g) => (CSS.highlights.get(`lede-x7q-${g}`)?.size ?? 0) > 0), { timeout: 60_000, polling: 200 });
}

async function cardFacts(popup: Page) {
  return popup.evaluate(() => {
    const all = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '');
    const main = document.querySelector('main')!;
    return {
      title: document.querySelector('.title')?.textContent ?? '',
      date: document.querySelector('time')?.getAttribute('datetime') ?? null,
      reading: document.querySelector('.reading')?.textContent ?? '',
      cached: !!document.querySelector('.cached'),
      entities: all('.entity-name'),
      types: [...document.querySelectorAll('.entity')].map((e) => e.getAttribute('data-type')),
      roles: all('.entity-role .role'),
      speakers: all('.speaker'),
      quotes: all('.quote-text'),
      seen: all('.seen'),
      keySentences: all('.key-sentences li'),
      overflows: main.scrollHeight > main.clientHeight + 1 || document.documentElement.scrollWidth > innerWidth,
    };
  });
}

/** Screenshots the popup as it is, in the light and the dark theme, and checks both fit the popup box. */
async function shoot(session: Session, popup: Page, state: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await session.colorScheme(popup, scheme);
    const look = await popup.evaluate(() => {
      const main = document.querySelector('main')!;
      return {
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(main.querySelector('h1, .title') ?? main).color,
        overflows: main.scrollHeight > main.clientHeight + 1 || document.documentElement.scrollWidth > innerWidth,
      };
    });
    expect(look.overflows, `${state} in ${scheme} overflows the popup`).toBe(false);
    // Readable: dark text on a light page, light text on a dark one.
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(lightness(look.background) > lightness(look.text), `${state} in ${scheme}: ${JSON.stringify(look)}`).toBe(scheme === 'light');
    await session.screenshot(popup, `popup-${state}-${scheme}`);
  }
  await session.colorScheme(popup, 'light');
}

describeInBrowsers('popup, cache and options', (ctx) => {
  let server: FixtureServer;
  let session: Session;
  let article: Page;

  beforeAll(() => {
    ({ server, session } = ctx);
  });

  it('shows the summary card for the sample page: title, date, reading time, entities with roles, quotes with speakers', async () => {
    article = await openPage(session, server.url(SAMPLE));
    const popup = await popupFor(session, article);
    const card = await cardFacts(popup);
    expect(card.title).toBe('NATO Troops May Replace US Presence in Iraq');
    expect(Date.parse(card.date ?? '')).not.toBeNaN();
    expect(card.reading).toMatch(/^\d+ min read$/);
    expect(card.entities.length).toBeGreaterThanOrEqual(3);
    expect(new Set(card.types).size).toBeGreaterThanOrEqual(2);
    expect(card.roles.filter((r) => r.trim()).length).toBeGreaterThanOrEqual(1);
    expect(card.quotes.length).toBeGreaterThanOrEqual(1);
    expect(card.speakers.some((s) => /^— \S/.test(s) && !s.includes('not identified'))).toBe(true);
    expect(card.keySentences.length).toBeGreaterThanOrEqual(1);
    expect(card.overflows).toBe(false);
    expect((await stats(popup)).computed).toBeGreaterThanOrEqual(1);
    await shoot(session, popup, 'card');
    await popup.close();
  });

  it('answers from the cache after a reload, without computing again', async () => {
    const before = await statsFromExtension(session);
    await reloadAndRead(article);
    const popup = await popupFor(session, article, '.card .cached');
    expect((await cardFacts(popup)).cached).toBe(true);
    expect(await stats(popup)).toMatchObject({ computed: before.computed, fromCache: before.fromCache + 1, entries: 1 });
    await shoot(session, popup, 'card-cached');
    await popup.close();
  });

  it.skipIf(!AEB_HERE)(`tells a second article which of its entities were seen in the first${AEB_ABSENT}`, async () => {
    const second = await openPage(session, server.url(SECOND));
    const popup = await popupFor(session, second);
    const card = await cardFacts(popup);
    expect(card.seen).toContain('seen in 1 earlier article');
    expect(card.overflows).toBe(false);
    await shoot(session, popup, 'card-history');
    await popup.close();
    await second.close();
  });

  it('applies options to the open popup and the page without reloading either', async () => {
    const popup = await popupFor(session, article);
    expect((await cardFacts(popup)).types).toContain('PER');
    const perPainted = () => article.evaluate(() => (CSS.highlights.get('lede-x7q-per')?.size ?? 0) > 0);
    expect(await perPainted()).toBe(true);
    const options = await openExtensionPage(session, 'options/options.html', '#type-PER');
    await session.screenshot(options, 'options');
    await options.click('#type-PER');
    // Chromium gives a background tab no animation frames, and the popup and the page redraw in one: each is
    // brought to the front before it is looked at, as a person would look at it.
    await popup.bringToFront();
    await popup.waitForFunction(() => !document.querySelector('.entity[data-type="PER"]') && !!document.querySelector('.entity'), { timeout: 10_000 });
    await article.bringToFront();
    await article.waitForFunction(() => (CSS.highlights.get('lede-x7q-per')?.size ?? 0) === 0, { timeout: 10_000 });
    await options.bringToFront();
    await options.click('#type-PER');
    await popup.bringToFront();
    await popup.waitForFunction(() => !!document.querySelector('.entity[data-type="PER"]'), { timeout: 10_000 });
    await article.bringToFront();
    await article.waitForFunction(() => (CSS.highlights.get('lede-x7q-per')?.size ?? 0) > 0, { timeout: 10_000 });
    expect(await perPainted()).toBe(true);
    await options.close();
    await popup.close();
  });

  it.skipIf(!AEB_HERE)(`in on-demand mode leaves a page alone until the toolbar button is clicked, then reads it${AEB_ABSENT}`, async () => {
    const painted = (page: Page) => page.evaluate(() =>
      ['per', 'org', 'loc', 'misc', 'quote'].reduce((n, g) => n + (CSS.highlights.get(`lede-x7q-${g}`)?.size ?? 0), 0));
    expect(await session.chooseMode('on-demand')).toBe(false);
    const page = await openPage(session, server.url(ON_DEMAND));
    await new Promise((r) => setTimeout(r, 3000));
    expect(await painted(page)).toBe(0);
    await session.clickAction(page);
    await page.waitForFunction(() => ['per', 'org', 'loc', 'misc', 'quote'].some((g) => (CSS.highlights.get(`lede-x7q-${g}`)?.size ?? 0) > 0), { timeout: 30_000 });
    // The popup the click opened shows the card; Chromium exposes it to automation, Firefox keeps it in its UI.
    if (session.browser === 'chromium') {
      const target = await session.puppeteer.waitForTarget((t) => t.url().endsWith('/popup/popup.html'), { timeout: 10_000 });
      const popup = (await target.asPage())!;
      await present(popup, '.card .title', 30_000);
      expect((await cardFacts(popup)).title).toMatch(/Omar/);
      await popup.close();
    } else {
      const popup = await popupFor(session, page);
      expect((await cardFacts(popup)).title).toMatch(/Omar/);
      await popup.close();
    }
    expect(await session.chooseMode('automatic')).toBe(true);
    await page.close();
  });

  it('shows each other state, with a reason, in light and dark', async () => {
    // Real pages for the states a page can cause (a page in another language gets its card: languages.e2e.ts).
    const missing = await openPage(session, server.url('/fixtures/no-such-page'));
    const notArticle = await popupFor(session, missing, '.state-not-article');
    expect(await notArticle.$eval('.state p', (p) => p.textContent)).not.toBe('');
    await shoot(session, notArticle, 'not-article');
    await notArticle.close();
    await missing.close();

    // A tab Lede cannot reach (no content script answers, the address is hidden): a browser page.
    const noAccess = await openExtensionPage(session, 'popup/popup.html?tab=987654', '.state-no-access');
    await shoot(session, noAccess, 'no-access');

    // States the background reports for a tab; seeded into its session storage to freeze them for a picture.
    const seeded: [string, string, object][] = [
      ['annotating', '.state-annotating', { status: 'annotating' }],
      ['error', '.state-error', { status: 'error', reason: 'The entity model could not be loaded. Reload the page to try again.' }],
    ];
    for (const [state, selector, value] of seeded) {
      const tabId = 900_000 + seeded.findIndex(([s]) => s === state);
      await noAccess.evaluate((key, v) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.session.set({ [key]: v }), `tab:${tabId}`, value);
      const popup = await openExtensionPage(session, `popup/popup.html?tab=${tabId}`, selector);
      await shoot(session, popup, state);
      await popup.close();
    }
    await noAccess.close();
  });

  it('made no network request and logged no extension error', async () => {
    expect(session.requests).toEqual([]);
    expect(await session.errors()).toEqual([]);
  });
});

/** Firefox suspends an idle event page after this long (the default is 30 s); only the restart suite sets it. */
const FIREFOX_IDLE_MS = 1500;

describeInBrowsers('cache across a background restart', (ctx) => {
  const { name } = ctx;
  let server: FixtureServer;
  let session: Session;

  beforeAll(() => {
    ({ server, session } = ctx);
  });

  it('keeps the cache when the background is stopped and started again', async () => {
    const article = await openPage(session, server.url(SAMPLE));
    const first = await popupFor(session, article);
    const before = await stats(first);
    expect(before.computed).toBeGreaterThanOrEqual(1);
    await first.close();
    // Chromium: the service worker is stopped as the browser stops an idle one. Firefox: the browser itself
    // suspends the idle event page (short idle timeout), and the harness sees it stopped before going on.
    if (name === 'chromium') await session.restartWorker();
    else await session.backgroundSuspended();
    await reloadAndRead(article);
    const popup = await popupFor(session, article, '.card .cached');
    expect(await stats(popup)).toMatchObject({ computed: before.computed, fromCache: before.fromCache + 1, entries: before.entries });
    await popup.close();
    await article.close();
    expect(session.requests).toEqual([]);
    expect(await session.errors()).toEqual([]);
  });
}, { firefoxPrefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS } });
