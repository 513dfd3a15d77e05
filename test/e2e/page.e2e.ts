// Lede in the page, in real Chromium and Firefox: highlights only in the article body, hover and keyboard
// cards, Escape, toggling off restores the page exactly, and the awkward pages: a single-page app, a
// right-to-left layout, a dark page, an article in a shadow root or an iframe, a page that re-renders itself.
// Screenshots of each state go to .artifacts/screenshots for a person to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, AEB_ABSENT, AEB_DIR, AEB_HERE, type FixtureServer, type Session } from './harness';
import { aebPages, card, hover, insideViewport, markBox, marks, overlaps, pageState, pressShortcut, recordPristine, sendToContent, waitForMarks, waitForPaintedMarks, writeSettings } from './page-helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describeInBrowsers('in-page annotation', (ctx) => {
  let server: FixtureServer;
  let session: Session;
  beforeAll(() => {
    ({ server, session } = ctx);
  });

  async function open(path: string, pristine = false): Promise<Page> {
    const opened = await session.openPage('about:blank');
    if (pristine) await recordPristine(opened);
    await opened.goto(server.url(path), { waitUntil: 'load' });
    return opened;
  }

  it('sample page: highlights only in the article, cards on hover with name, type and role', async () => {
    const page = await open('/fixtures/pages/sample/index.html');
    const all = await waitForMarks(page, 20);
    expect(all.filter((m) => m.inChrome)).toEqual([]);
    const article = squash(await page.evaluate(() => document.querySelector('article')!.textContent ?? ''));
    for (const m of all) expect(article).toContain(squash(m.text));
    await session.screenshot(page, 'page-sample-highlights');

    // Every person card says it is a person and gives a name; at least one carries the role the article gives.
    const people = all.filter((m) => m.group === 'per');
    let withRole = null;
    for (const m of people.slice(0, 12)) {
      const got = await hover(page, 'per', m.index);
      expect(got, `card for ${m.text}`).not.toBeNull();
      const { card: c, box } = got!;
      expect(c.badge).toBe('Person');
      expect(c.name.length).toBeGreaterThan(0);
      expect(overlaps(c.rect, box)).toBe(false);
      expect(insideViewport(c)).toBe(true);
      if (c.role && !withRole) {
        withRole = c;
        await session.screenshot(page, 'page-sample-card');
      }
    }
    expect(withRole, 'some person card shows a role').not.toBeNull();

    // Moving away closes the card after its delay.
    await page.mouse.move(5, 5);
    await sleep(700);
    expect((await card(page))?.open).toBe(false);
    await page.close();
  });

  it('sample page: Escape closes a hover card; the keyboard navigator opens cards and Escape leaves', async () => {
    const page = await open('/fixtures/pages/sample/index.html');
    await waitForMarks(page, 20);
    const got = await hover(page, 'org', 0);
    expect(got?.card.open).toBe(true);
    await page.keyboard.press('Escape');
    expect((await card(page))?.open).toBe(false);

    await page.mouse.move(5, 5);
    await pressShortcut(page);
    await page.waitForFunction(() => {
      const el = document.querySelector('lede-layer')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!el && !el.hidden;
    }, { timeout: 5000 });
    const first = await card(page);
    expect(first?.navigatorFocused).toBe(true);
    expect(first?.badge).toMatch(/Person|Organisation|Place|Other name|Quote/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await sleep(900);
    const moved = await card(page);
    expect(moved?.open).toBe(true);
    expect(insideViewport(moved!)).toBe(true);
    await session.screenshot(page, 'page-sample-keyboard');
    await page.keyboard.press('Escape');
    expect((await card(page))?.open).toBe(false);
    expect((await card(page))?.navigatorFocused).toBe(true);
    await page.keyboard.press('Escape');
    expect((await card(page))?.navigatorFocused).toBe(false);
    await page.close();
  });

  it('sample page: toggling off restores the page’s text and DOM exactly, and on paints again', async () => {
    const page = await open('/fixtures/pages/sample/index.html', true);
    await waitForMarks(page, 20);
    await hover(page, 'per', 0);
    expect(await sendToContent(session, page, { type: 'toggle', payload: { on: false } })).toEqual({ ok: true, value: { on: false } });
    const off = await pageState(page);
    expect(off.pristine).not.toBeNull();
    expect(off.html).toBe(off.pristine!.html);
    expect(off.sheets).toBe(off.pristine!.sheets);
    expect(off.highlights.filter((k) => k.startsWith('lede-'))).toEqual([]);
    expect(off.host).toBe(false);
    expect(await sendToContent(session, page, { type: 'toggle', payload: {} })).toEqual({ ok: true, value: { on: true } });
    expect((await waitForMarks(page, 20)).length).toBeGreaterThan(20);
    await page.close();
  });

  it('sample page: the popup’s “go to quote” scrolls to the quote and opens its card with the speaker', async () => {
    const page = await open('/fixtures/pages/sample/index.html');
    await waitForMarks(page, 20);
    const quotes = (await marks(page)).filter((m) => m.group === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    expect(await sendToContent(session, page, { type: 'reveal', payload: { quote: 0 } })).toEqual({ ok: true, value: { ok: true } });
    await page.waitForFunction(() => {
      const el = document.querySelector('lede-layer')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!el && !el.hidden;
    }, { timeout: 5000 });
    const c = await card(page);
    expect(c?.badge).toMatch(/Quote/);
    expect(c?.text).toMatch(/Said by|Speaker not identified/);
    expect(insideViewport(c!)).toBe(true);
    expect(await sendToContent(session, page, { type: 'reveal', payload: {} })).toMatchObject({ ok: false });
    await page.close();
  });

  it('settings take effect without reload: visible types and colours, then the per-site switch', async () => {
    const page = await open('/fixtures/pages/sample/index.html', true);
    try {
      await waitForMarks(page, 20);
      await writeSettings(session, { visibleTypes: ['PER'], showQuotes: false, colors: { PER: '#c0392b' } });
      await page.waitForFunction(() => {
        const keys: string[] = [];
        CSS.highlights.forEach((_, k) => keys.push(k));
        return keys.filter((k) => k.startsWith('lede-')).join() === 'lede-x7q-per';
      }, { timeout: 10_000 });
      // The user's colour reaches the page through Lede's adopted stylesheet (no element added to the page).
      await page.waitForFunction(() => [...document.adoptedStyleSheets].some((sheet) =>
        [...sheet.cssRules].some((r) => r.cssText.includes('lede-x7q-per') && r.cssText.includes('rgba(192, 57, 43')),
      ), { timeout: 10_000 });
      await writeSettings(session, { disabledSites: ['127.0.0.1'] });
      await page.waitForFunction(() => {
        let n = 0;
        CSS.highlights.forEach((_, k) => { if (k.startsWith('lede-')) n++; });
        return n === 0 && !document.querySelector('lede-layer');
      }, { timeout: 10_000 });
      const off = await pageState(page);
      expect(off.html).toBe(off.pristine!.html);
      expect(off.sheets).toBe(off.pristine!.sheets);
    } finally {
      // Settings are shared by every test in this browser: always put the defaults back.
      await writeSettings(session, {});
    }
    expect((await waitForMarks(page, 20)).length).toBeGreaterThan(20);
    await page.close();
  });

  it('a page that deletes or restyles the highlights gets them back', async () => {
    const page = await open('/fixtures/pages/sample/index.html');
    const before = (await waitForPaintedMarks(page, 20)).length;
    await page.evaluate(() => {
      CSS.highlights.clear();
      CSS.highlights.set('lede-x7q-per', new Highlight());
    });
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await page.waitForFunction((n) => {
      let total = 0;
      CSS.highlights.forEach((h, k) => { if (k.startsWith('lede-x7q-') && !k.endsWith('flash')) total += h.size; });
      return total === n;
    }, { timeout: 5000 }, before);
    await page.close();
  });

  it('touch: a tap on a name opens its card, a tap elsewhere closes it', async () => {
    const page = await open('/fixtures/pages/sample/index.html');
    await page.setViewport({ width: 412, height: 860, hasTouch: true, isMobile: true });
    await waitForMarks(page, 20);
    const people = (await marks(page)).filter((m) => m.group === 'per');
    const box = await markBox(page, 'per', people[0].index);
    expect(box).not.toBeNull();
    await page.touchscreen.tap(box!.x, box!.y);
    await page.waitForFunction(() => {
      const el = document.querySelector('lede-layer')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!el && !el.hidden;
    }, { timeout: 5000 });
    const c = await card(page);
    expect(c?.badge).toBe('Person');
    expect(insideViewport(c!)).toBe(true);
    expect(overlaps(c!.rect, box!)).toBe(false);
    await sleep(300);
    await session.screenshot(page, 'page-sample-touch-card');
    // A tap on something that is neither a highlight nor a link (the article's picture) dismisses the card.
    const picture = await page.evaluate(() => {
      const img = document.querySelector('article img')!;
      img.scrollIntoView({ block: 'center' });
      const r = img.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.touchscreen.tap(picture.x, picture.y);
    await sleep(300);
    expect((await card(page))?.open).toBe(false);
    await page.close();
  });

  it('dark page: dark cards, highlights readable', async () => {
    const page = await open('/fixtures/e2e/dark/index.html');
    const all = await waitForMarks(page, 5);
    expect(all.filter((m) => m.inChrome)).toEqual([]);
    const group = all.find((m) => m.group === 'per') ?? all[0];
    const got = await hover(page, group.group, group.index);
    expect(got?.card.dark).toBe(true);
    expect(overlaps(got!.card.rect, got!.box)).toBe(false);
    await session.screenshot(page, 'page-dark-card');
    await page.close();
  });

  it('right-to-left page: cards inside the viewport, aligned to the text, never over it', async () => {
    const page = await open('/fixtures/e2e/rtl/index.html');
    const all = await waitForMarks(page, 5);
    expect(all.filter((m) => m.inChrome)).toEqual([]);
    for (const m of all.slice(0, 4)) {
      const got = await hover(page, m.group, m.index);
      expect(got, `card for ${m.text}`).not.toBeNull();
      expect(insideViewport(got!.card)).toBe(true);
      expect(overlaps(got!.card.rect, got!.box)).toBe(false);
    }
    await session.screenshot(page, 'page-rtl-card');
    await page.close();
  });

  it('Arabic article: read without names (no Arabic entity model) and without quotes, so nothing painted, page intact', async () => {
    const page = await open('/fixtures/e2e/rtl/arabic.html', true);
    await sleep(2500);
    const state = await pageState(page);
    expect(state.highlights.filter((k) => k.startsWith('lede-'))).toEqual([]);
    // Only Lede's own (empty) layer for hover cards is added after the body, as on any article it has read.
    expect(state.html.replace('<lede-layer></lede-layer>', '')).toBe(state.pristine!.html);
    await page.close();
  });

  it('single-page app: re-annotates after history navigation and clears the old story', async () => {
    const page = await open('/fixtures/e2e/spa/index.html');
    const before = await waitForMarks(page, 5);
    expect(before.some((m) => /Rotterdam|Verhoef|Siemons/.test(m.text))).toBe(true);
    await page.click('a[data-story="bridge"]');
    await page.waitForFunction((prefix) => {
      const texts: string[] = [];
      CSS.highlights.forEach((h, key) => {
        if (!key.startsWith(prefix)) return;
        for (const r of h as unknown as Iterable<AbstractRange>) if (r.startContainer.isConnected) texts.push(r.startContainer.textContent ?? '');
      });
      return texts.some((t) => /Lisbon|Tagus/.test(t));
    }, { timeout: 20_000 }, 'lede-x7q-');
    const after = await marks(page);
    expect(after.every((m) => m.connected)).toBe(true);
    expect(after.some((m) => /Rotterdam|Verhoef/.test(m.text))).toBe(false);
    await session.screenshot(page, 'page-spa-after-navigation');
    // Back to the first story.
    await page.goBack();
    await page.waitForFunction(() => {
      let found = false;
      CSS.highlights.forEach((h, key) => {
        if (!key.startsWith('lede-x7q-')) return;
        for (const r of h as unknown as Iterable<AbstractRange>) if (r.startContainer.isConnected && /Rotterdam/.test(r.startContainer.textContent ?? '')) found = true;
      });
      return found;
    }, { timeout: 20_000 });
    await page.close();
  });

  it('re-rendering page: highlights come back after the framework replaces the article nodes, and late paragraphs get theirs', async () => {
    const page = await open('/fixtures/e2e/rerender/index.html');
    const first = await waitForMarks(page, 5);
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    await page.waitForFunction(() => {
      let total = 0;
      let live = 0;
      CSS.highlights.forEach((h, key) => {
        if (!key.startsWith('lede-x7q-')) return;
        for (const r of h as unknown as Iterable<AbstractRange>) {
          total++;
          if (r.startContainer.isConnected) live++;
        }
      });
      return total > 0 && live === total;
    }, { timeout: 15_000 });
    expect((await marks(page)).length).toBe(first.length);
    await page.evaluate(() => (window as unknown as { appendUpdate(): void }).appendUpdate());
    await page.waitForFunction(() => {
      let found = false;
      CSS.highlights.forEach((h, key) => {
        if (!key.startsWith('lede-x7q-')) return;
        for (const r of h as unknown as Iterable<AbstractRange>) if (r.startContainer.isConnected && /Update: Civil protection/.test(r.startContainer.textContent ?? '')) found = true;
      });
      return found;
    }, { timeout: 20_000 });
    // Settled: no endless re-painting.
    const settled = (await marks(page)).length;
    await sleep(2500);
    expect((await marks(page)).length).toBe(settled);
    await page.close();
  });

  it('article inside a shadow root or an iframe: skipped cleanly, page untouched', async () => {
    for (const path of ['/fixtures/e2e/shadow/index.html', '/fixtures/e2e/iframe/index.html']) {
      const page = await open(path, true);
      await sleep(2500);
      const state = await pageState(page);
      expect(state.html, path).toBe(state.pristine!.html);
      const shadowText = await page.evaluate(() => document.querySelector('news-article')?.shadowRoot?.textContent?.length ?? -1);
      if (path.includes('shadow')) expect(shadowText).toBeGreaterThan(500);
      await page.close();
    }
  });

  it.skipIf(!AEB_HERE)(`real pages: highlights inside the article body, a card on hover, and a clean switch-off${AEB_ABSENT}`, async () => {
    const pages = aebPages(12);
    let annotated = 0;
    for (const [n, { id, body }] of pages.entries()) {
      const page = await open(`/aeb/${id}.html`, n < 4);
      let all;
      try {
        all = await waitForMarks(page, 3, 30_000);
      } catch {
        await page.close();
        continue;
      }
      annotated++;
      expect(all.filter((m) => m.inChrome), id).toEqual([]);
      const truth = squash(body);
      const found = all.filter((m) => truth.includes(squash(m.text))).length;
      // The benchmark's body is the judge: extraction may keep a boilerplate line it leaves out ("Ascom is
      // headquartered in Baar"), so most, not all, highlights must fall inside it.
      expect(found / all.length, `${id}: share of highlights inside the true article body`).toBeGreaterThanOrEqual(0.8);
      const target = all.find((m) => m.group !== 'quote') ?? all[0];
      const got = await hover(page, target.group, target.index);
      expect(got, `${id}: card for ${target.text}`).not.toBeNull();
      expect(got!.card.name || got!.card.badge).not.toBe('');
      expect(overlaps(got!.card.rect, got!.box)).toBe(false);
      expect(insideViewport(got!.card)).toBe(true);
      if (n < 2) await session.screenshot(page, `page-aeb-${n}-card`);
      if (n < 4) {
        await sendToContent(session, page, { type: 'toggle', payload: { on: false } });
        const off = await pageState(page);
        expect(off.html, `${id}: DOM after switching off`).toBe(off.pristine!.html);
        expect(off.host).toBe(false);
      }
      await page.close();
    }
    expect(annotated).toBeGreaterThanOrEqual(10);
  });

  it('logged no extension error and made no network request', async () => {
    expect(await session.errors()).toEqual([]);
    // A real page's own iframe (pr.globenewswire.com on one page) is requested by the page, not by Lede:
    // only requests to hosts that no opened page names count against the extension.
    const pageHosts = aebPages(12).map(({ id }) => gunzipSync(readFileSync(join(AEB_DIR, 'html', `${id}.html.gz`))).toString('utf8')).join('\n');
    const ours = session.requests.filter((r) => {
      const host = r.replace(/^\S+\s+/, '').replace(/^[a-z]+:\/\//, '').replace(/[:/].*$/, '');
      return !pageHosts.includes(host);
    });
    expect(ours).toEqual([]);
  });
});
