// Store screenshots at 1280×800, taken from the built extension in Chromium, so they stay true as the UI changes:
// an article with a hover card, the popup (light and dark) over its article, the options page, and the welcome
// page (light and dark) with its demo card open. Usage: npx tsx scripts/screenshots.ts [--out DIR] [--ext DIR]
// (defaults: store/screenshots, build/chrome). The article is the welcome demo's own sample, served from here.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { startSession, type Session } from '../test/e2e/harness';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SIZE = { width: 1280, height: 800 };
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** The demo article as a web page: its own stylesheet, without the extension-page script. */
function serveArticle(): Promise<{ url: string; close(): Promise<void> }> {
  const html = readFileSync(join(root, 'src/welcome/demo.html'), 'utf8').replace(/<script\b[^>]*><\/script>/g, '');
  const css = readFileSync(join(root, 'src/welcome/demo.css'));
  const server = createServer((req, res) => {
    if (req.url === '/demo.css') res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/harbour-ferry.html`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  })));
}

/**
 * Waits for Lede's highlights in a frame, then points at the highlighted person nearest the middle of the view
 * (by position, not by name, so the shot follows whatever the model finds) and waits for the card.
 */
async function hoverFirstPerson(page: Page, frame: Frame, offset = { x: 0, y: 0 }): Promise<void> {
  await frame.waitForFunction(() => (CSS.highlights.get('lede-x7q-per') as { size?: number } | undefined)?.size, { timeout: 30_000 });
  const box = await frame.evaluate(() => {
    const r = [...(CSS.highlights.get('lede-x7q-per') as unknown as Iterable<AbstractRange>)]
      .map((s) => { const range = document.createRange(); range.setStart(s.startContainer, s.startOffset); range.setEnd(s.endContainer, s.endOffset); return range.getClientRects()[0]; })
      .filter((b) => b && b.top > 120 && b.bottom < innerHeight - 200)
      .sort((a, b) => Math.abs(a.top - innerHeight / 2) - Math.abs(b.top - innerHeight / 2))[0];
    return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  });
  if (!box) throw new Error('screenshots: no highlighted person in view');
  await page.mouse.move(2, 2);
  await sleep(300);
  await page.mouse.move(box.x + offset.x, box.y + offset.y, { steps: 4 });
  await frame.waitForFunction(() => {
    const card = document.querySelector('lede-layer')?.shadowRoot?.querySelector<HTMLElement>('.card');
    return card && !card.hidden && card.getBoundingClientRect().width > 0;
  }, { timeout: 5000 });
  await sleep(400);
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.$(selector))?.contentFrame();
  if (!frame) throw new Error(`screenshots: no frame ${selector}`);
  return frame;
}

/** The welcome page: its top (what Lede does, pinning, the mode), or scrolled to the demo with a card open. */
async function welcome(session: Session, scheme: 'light' | 'dark', part: 'top' | 'demo', file: string): Promise<void> {
  const page = await session.openExtensionPage('welcome/welcome.html', '#demo-frame', SIZE);
  // The scheme first, then a fresh load: the demo picks its card theme when it paints.
  await session.colorScheme(page, scheme);
  await page.reload({ waitUntil: 'load' });
  const frame = await frameOf(page, '#demo-frame');
  const summary = await frameOf(page, '#summary-frame');
  await summary.waitForSelector('.card', { timeout: 30_000 });
  if (part === 'top') {
    await page.screenshot({ path: file });
    return page.close();
  }
  await page.evaluate(() => document.querySelector('.demo')!.scrollIntoView());
  const at = await page.evaluate(() => { const el = document.getElementById('demo-frame')!; const r = el.getBoundingClientRect(); return { x: r.left + el.clientLeft, y: r.top + el.clientTop }; });
  await hoverFirstPerson(page, frame, at);
  await page.screenshot({ path: file });
  await page.close();
}

/** The popup as the browser shows it: its real rendering, placed under the toolbar over the article it sums up. */
async function popupOver(session: Session, article: Page, scheme: 'light' | 'dark', file: string): Promise<void> {
  await session.colorScheme(article, scheme);
  await article.reload({ waitUntil: 'load' });
  await article.waitForFunction(() => (CSS.highlights.get('lede-x7q-per') as { size?: number } | undefined)?.size, { timeout: 30_000 });
  const popup = await session.openPopupFor(article);
  await session.colorScheme(popup, scheme);
  await popup.setViewport({ width: 380, height: 600 });
  await popup.waitForSelector('.card', { timeout: 30_000 });
  const height = await popup.evaluate(() => Math.min(600, document.body.getBoundingClientRect().height));
  const shot = Buffer.from(await popup.screenshot({ clip: { x: 0, y: 0, width: 380, height }, encoding: 'binary' })).toString('base64');
  await popup.close();
  await article.bringToFront();
  const background = Buffer.from(await article.screenshot({ encoding: 'binary' })).toString('base64');
  const frame = await session.puppeteer.newPage();
  await frame.setViewport(SIZE);
  await frame.setContent(`<body style="margin:0;width:1280px;height:800px;background:url(data:image/png;base64,${background}) no-repeat">
    <img src="data:image/png;base64,${shot}" style="position:absolute;right:24px;top:8px;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.35)"></body>`);
  await frame.screenshot({ path: file });
  await frame.close();
}

export async function takeScreenshots(out = join(root, 'store/screenshots'), ext = join(root, 'build/chrome')): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const session = await startSession('chromium', { mode: 'automatic' }, ext);
  const server = await serveArticle();
  const files: string[] = [];
  const file = (name: string) => (files.push(join(out, name)), join(out, name));
  try {
    const article = await session.openPage(server.url);
    await article.setViewport(SIZE);
    await session.colorScheme(article, 'light');
    await article.reload({ waitUntil: 'load' });
    await hoverFirstPerson(article, article.mainFrame());
    await article.screenshot({ path: file('1-article-card.png') });
    await popupOver(session, article, 'light', file('2-popup-light.png'));
    await popupOver(session, article, 'dark', file('3-popup-dark.png'));
    const options = await session.openExtensionPage('options/options.html', '#mode-automatic', SIZE);
    await options.screenshot({ path: file('4-options.png') });
    await options.close();
    await welcome(session, 'light', 'top', file('5-welcome-light.png'));
    await welcome(session, 'dark', 'demo', file('6-welcome-demo-dark.png'));
    const errors = await session.errors();
    if (errors.length) throw new Error(`screenshots: the extension reported errors:\n${errors.join('\n')}`);
  } finally {
    await server.close();
    await session.close();
  }
  return files;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? resolve(process.argv[i + 1]) : undefined; };
  for (const f of await takeScreenshots(arg('--out'), arg('--ext'))) console.log(`screenshot: ${f}`);
}
