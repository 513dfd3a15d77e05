// Page isolation in real Chromium and Firefox: a page whose names, quotes, title, site name and byline carry
// script payloads (<img onerror>, <script>, <svg onload>, javascript: links, attribute breakouts). Lede
// annotates it, every card is opened, the popup shows its summary: no payload runs anywhere (each would set
// window.__ledeXss), no payload becomes an element, and the popup shows the payloads as text.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness';
import { hover, marks, waitForMarks } from './page-helpers';

const XSS_PAGE = '/fixtures/hostile/xss/index.html';
/** Elements a payload would become if any page text were parsed as HTML. */
const LIVE = 'img[src="x"], script:not([src]):not([type="application/ld+json"]), svg[onload], [onerror], [onload], a[href^="javascript:" i], iframe, object, embed';

/** Payload-born elements in a document and in every shadow root Lede opened in it. */
function liveElements(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const scan = (root: Document | ShadowRoot, where: string) => {
      for (const el of root.querySelectorAll(sel)) out.push(`${where}: ${el.outerHTML.slice(0, 120)}`);
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) scan(host.shadowRoot, `${where} > ${host.tagName.toLowerCase()} shadow root`);
    };
    scan(document, 'document');
    return out;
  }, selector);
}

const executed = (page: Page) => page.evaluate(() => (window as unknown as { __ledeXss?: unknown }).__ledeXss ?? null);

describeInBrowsers('hostile page content', (ctx) => {

  it('runs no payload in the page, the cards or the popup, and shows the payloads as text', async () => {
    const page = await ctx.session.openPage(ctx.server.url(XSS_PAGE));
    // The page's own script ran, so a payload that ran would have been seen too.
    expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
    // Elements matching LIVE that the page itself has (its form handlers) are not Lede's doing.
    const own = await liveElements(page, LIVE);

    const all = await waitForMarks(page, 5);
    let opened = 0;
    const cardTexts: string[] = [];
    for (const group of [...new Set(all.map((m) => m.group))]) {
      for (const m of all.filter((x) => x.group === group).slice(0, 3)) {
        const got = await hover(page, group, m.index);
        if (!got) continue;
        opened++;
        cardTexts.push(got.card.text);
        expect(await liveElements(page, LIVE)).toEqual(own);
      }
    }
    expect(opened, 'cards opened on the hostile page').toBeGreaterThan(2);
    expect(await executed(page)).toBeNull();
    await ctx.session.screenshot(page, 'robust-xss-page');

    const popup = await ctx.session.openPopupFor(page);
    await popup.waitForSelector('.card .title', { timeout: 60_000 });
    const popupText = await popup.evaluate(() => document.body.innerText);
    expect(await liveElements(popup, LIVE)).toEqual([]);
    expect(await executed(popup)).toBeNull();
    // Rendered as text: the angle brackets reach the reader's eyes instead of the HTML parser.
    expect(popupText + cardTexts.join('\n')).toMatch(/<(img|svg|script)\b/);
    await ctx.session.screenshot(popup, 'robust-xss-popup');
    await popup.close();

    expect(await executed(page)).toBeNull();
    expect((await marks(page)).length).toBeGreaterThan(0);
    expect(await ctx.session.errors()).toEqual([]);
    expect(ctx.session.requests).toEqual([]);
  });
});
