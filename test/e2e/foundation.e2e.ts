// The whole path in each real browser: the built extension loads, annotates the sample page, the popup shows
// its card, nothing is logged as an extension error and nothing leaves the machine.
import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness';

const HIGHLIGHT_PREFIX = 'lede-';

describeInBrowsers('foundation', (ctx) => {
  it('annotates the sample page, shows the popup card, logs no error and makes no request', async () => {
    const { session, server } = ctx;
    const page = await session.openPage(server.url('/fixtures/pages/sample/index.html'));
    // The page itself can see the registered highlights: that is what the reader sees painted.
    const painted = await page.waitForFunction(
      (prefix) => {
        const sizes: Record<string, number> = {};
        CSS.highlights.forEach((h, key) => {
          if (key.startsWith(prefix)) sizes[key] = h.size;
        });
        return Object.values(sizes).reduce((a, b) => a + b, 0) > 20 ? sizes : false;
      },
      { timeout: 30_000 },
      HIGHLIGHT_PREFIX,
    );
    expect(Object.keys((await painted.jsonValue()) || {}).length).toBeGreaterThanOrEqual(3);
    await session.screenshot(page, 'foundation-page');

    const popup = await session.openPopupFor(page);
    await popup.waitForFunction(() => document.body.innerText.includes('NATO Troops May Replace US Presence in Iraq'), { timeout: 20_000 });
    const card = await popup.evaluate(() => document.body.innerText);
    expect(card).toMatch(/Abdelkarim Khalaf/);
    expect(card).toMatch(/4 min/);
    await session.screenshot(popup, 'foundation-popup');

    expect(await session.errors()).toEqual([]);
    expect(session.requests).toEqual([]);
  });
});
