// Reading and driving Lede's in-page state from the outside, the way a page script (or a person) could:
// the highlight registry, the card in Lede's open shadow root, the keyboard and the pointer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { AEB_DIR, AEB_HERE, type Session } from './harness';

export const PREFIX = 'lede-x7q-';

export interface MarkInfo {
  group: string;
  index: number;
  text: string;
  connected: boolean;
  /** Inside page furniture (navigation, header, footer, sidebar, form): never part of an article body. */
  inChrome: boolean;
}

/** Every range Lede has registered, read from the page's own view of CSS.highlights. */
export function marks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate((prefix) => {
    const out: MarkInfo[] = [];
    CSS.highlights.forEach((h, key) => {
      if (!key.startsWith(prefix) || key.endsWith('flash')) return;
      let index = 0;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const node = r.startContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        let text = '';
        try {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          text = range.toString();
        } catch {
          text = '';
        }
        out.push({
          group: key.slice(prefix.length),
          index: index++,
          text,
          connected: node.isConnected,
          inChrome: !!el?.closest('nav, header:not(article header), footer:not(article footer), aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]'),
        });
      }
    });
    return out;
  }, PREFIX);
}

export async function waitForMarks(page: Page, min = 5, timeout = 30_000): Promise<MarkInfo[]> {
  await page.waitForFunction(
    (prefix, least) => {
      let n = 0;
      CSS.highlights.forEach((h, key) => {
        if (key.startsWith(prefix)) n += h.size;
      });
      return n >= least;
    },
    { timeout },
    PREFIX,
    min,
  );
  return marks(page);
}

/**
 * Every mark once painting has finished: the visible marks come first and the rest in idle slices, so a count read
 * right after the first marks can still grow. Settled = the same count over several polls.
 */
export async function waitForPaintedMarks(page: Page, min = 5, timeout = 30_000): Promise<MarkInfo[]> {
  await waitForMarks(page, min, timeout);
  const deadline = Date.now() + timeout;
  let last = -1;
  let same = 0;
  while (same < 3) {
    if (Date.now() > deadline) throw new Error(`highlights still changing after ${timeout} ms`);
    await new Promise((done) => setTimeout(done, 150));
    const n = (await marks(page)).length;
    same = n === last ? same + 1 : 0;
    last = n;
  }
  return marks(page);
}

export interface CardInfo {
  open: boolean;
  dark: boolean;
  badge: string;
  name: string;
  role: string;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  navigatorFocused: boolean;
}

export function card(page: Page): Promise<CardInfo | null> {
  return page.evaluate(() => {
    const root = document.querySelector('lede-layer')?.shadowRoot;
    const el = root?.querySelector<HTMLElement>('.card');
    if (!root || !el) return null;
    const r = el.getBoundingClientRect();
    return {
      open: !el.hidden,
      dark: !!root.querySelector('.layer.dark'),
      badge: el.querySelector('.badge')?.textContent ?? '',
      name: el.querySelector('.name')?.textContent ?? '',
      role: el.querySelector('.role')?.textContent ?? '',
      text: el.textContent ?? '',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      navigatorFocused: root.activeElement?.classList.contains('nav') ?? false,
    };
  });
}

/** Scrolls the `index`-th range of a group into view and returns its first line box. */
export function markBox(page: Page, group: string, index: number): Promise<{ x: number; y: number; left: number; top: number; right: number; bottom: number; text: string } | null> {
  return page.evaluate(
    (name, i) => {
      const h = CSS.highlights.get(name);
      if (!h) return null;
      const r = [...(h as unknown as Iterable<AbstractRange>)][i];
      if (!r) return null;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const first = range.getClientRects()[0];
      if (!first || first.top < 60 || first.bottom > innerHeight - 120) {
        window.scrollBy(0, (first?.top ?? 0) - innerHeight / 3);
      }
      const rects = [...range.getClientRects()].filter((b) => b.width > 0);
      if (!rects.length) return null;
      const b = rects[0];
      return {
        x: b.left + b.width / 2, y: b.top + b.height / 2, text: range.toString(),
        left: Math.min(...rects.map((x) => x.left)), right: Math.max(...rects.map((x) => x.right)),
        top: Math.min(...rects.map((x) => x.top)), bottom: Math.max(...rects.map((x) => x.bottom)),
      };
    },
    PREFIX + group,
    index,
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the pointer onto a mark and waits for its card. */
export async function hover(page: Page, group: string, index: number): Promise<{ card: CardInfo; box: NonNullable<Awaited<ReturnType<typeof markBox>>> } | null> {
  await page.mouse.move(2, 2);
  await sleep(400);
  const box = await markBox(page, group, index);
  if (!box) return null;
  await page.mouse.move(box.x, box.y, { steps: 3 });
  try {
    await page.waitForFunction(() => {
      const el = document.querySelector('lede-layer')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !!el && !el.hidden && el.getBoundingClientRect().width > 0;
    }, { timeout: 3000 });
  } catch {
    return null;
  }
  await sleep(200);
  const info = await card(page);
  return info ? { card: info, box } : null;
}

export function overlaps(a: { left: number; top: number; right: number; bottom: number }, b: { left: number; top: number; right: number; bottom: number }): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

export function insideViewport(c: CardInfo): boolean {
  return c.rect.left >= 0 && c.rect.top >= 0 && c.rect.right <= c.viewport.width + 0.5 && c.rect.bottom <= c.viewport.height + 0.5;
}

/** Records the DOM as the page built it, before any content script runs (they start at document_idle). */
export async function recordPristine(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __pristine: unknown }).__pristine = { html: document.documentElement.outerHTML, sheets: document.adoptedStyleSheets.length };
    });
  });
}

export function pageState(page: Page): Promise<{ html: string; text: string; sheets: number; pristine: { html: string; sheets: number } | null; highlights: string[]; host: boolean }> {
  return page.evaluate(() => {
    const keys: string[] = [];
    CSS.highlights.forEach((_, k) => keys.push(k));
    return {
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      sheets: document.adoptedStyleSheets.length,
      pristine: (window as unknown as { __pristine?: { html: string; sheets: number } }).__pristine ?? null,
      highlights: keys,
      host: !!document.querySelector('lede-layer'),
    };
  });
}

/** Runs `fn` in an extension page (the options page), where the extension APIs are available. */
async function inExtensionPage<A, R>(session: Session, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  const control = await session.puppeteer.newPage();
  try {
    const url = session.extensionUrl('options/options.html');
    // Extension pages report no load event to Firefox over BiDi, and evaluating while the blank page is being
    // replaced can fail outright: poll until the document is ours, starting the navigation again if it stalls.
    const deadline = Date.now() + 20_000;
    let started = 0;
    for (;;) {
      if (Date.now() - started > 5000) {
        started = Date.now();
        void control.goto(url).catch(() => undefined);
      }
      const probe = control.evaluate((u) => location.href === u && document.readyState !== 'loading', url).catch(() => false);
      const ready = await Promise.race([probe, new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`extension page ${url} did not load`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return (await control.evaluate(fn as (arg: unknown) => Promise<R>, arg)) as R;
  } finally {
    await control.close();
  }
}

/** Sends the content script a message, as the background and popup do. */
export function sendToContent(session: Session, page: Page, message: { type: string; payload: unknown }): Promise<unknown> {
  return inExtensionPage(session, async ({ tabId, message: msg }) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.tabs.sendMessage(tabId, msg);
  }, { tabId: session.tabIdOf(page), message });
}

/** Writes settings the way the options page does (newest copy wins; missing fields take their defaults). */
export function writeSettings(session: Session, settings: Record<string, unknown>): Promise<void> {
  return inExtensionPage(session, async (values) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const record = { ...values, schemaVersion: 2, updatedAt: Date.now() + 1000 };
    await api.storage.local.set({ settings: record });
  }, settings);
}

export async function pressShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyK');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/**
 * Real pages to run on: the benchmark's English articles of some length, judged by their ground-truth text
 * (never by Lede's output), in id order.
 */
export function aebPages(count: number): { id: string; body: string }[] {
  if (!AEB_HERE) return [];
  const truth = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return Object.keys(truth).sort().map((id) => ({ id, body: truth[id].articleBody })).filter(({ body }) => {
    const words = body.toLowerCase().match(/[a-z]+/g) ?? [];
    const common = words.filter((w) => ['the', 'and', 'of', 'to', 'in', 'said'].includes(w)).length;
    return body.length >= 1500 && words.length > 0 && common / words.length > 0.12;
  }).slice(0, count);
}
