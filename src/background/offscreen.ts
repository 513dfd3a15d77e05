// The background's side of extraction off the page (protocol.ts, ExtractionProtocol). Firefox's event page has a
// DOM and extracts itself; Chrome's worker has none, so it hands the page to an offscreen document (made on first
// use, kept while the browser runs). Where neither exists the request fails and the page extracts on its own.
import { extractFromHtml, type PageHtml } from '../article/from-html';
import type { ExtractResult } from '../article/extract';
import browser from '../shared/browser';
import { handleMessages, sendToExtension } from '../shared/messaging';
import type { ExtractionProtocol } from '../shared/protocol';

/** Largest page accepted (characters of HTML); a larger one is read on the page as before. */
export const MAX_HTML = 32_000_000;
const MAX_URL = 8192;
export const OFFSCREEN_PAGE = 'offscreen/offscreen.html';

/** The slice of Chrome's offscreen API used here. */
export interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

/** The shape check for both requests: pages are arbitrary input, so is their serialisation. */
export function checkPageHtml(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return 'not an object';
  const { url, base, html } = payload as Record<string, unknown>;
  if (typeof url !== 'string' || url.length > MAX_URL || !/^https?:/i.test(url)) return 'url: not a web address';
  if (typeof base !== 'string' || base.length > MAX_URL) return 'base: not a string';
  if (typeof html !== 'string' || html.length > MAX_HTML) return `html: not a string of at most ${MAX_HTML} characters`;
  return Object.keys(payload).length === 3 ? null : 'unexpected fields';
}

export interface ExtractorDeps {
  /** A DOM parser in this context (Firefox's event page), or null (Chrome's worker). */
  parser: DOMParser | null;
  offscreen: OffscreenApi | null;
  /** Sends a request to the offscreen document. */
  toDocument(page: PageHtml): Promise<ExtractResult>;
}

/** Extracts an article from a page's HTML here, or in the offscreen document made for it. */
export function pageExtractor({ parser, offscreen, toDocument }: ExtractorDeps): (page: PageHtml) => Promise<ExtractResult> {
  let ready: Promise<void> | null = null;
  const documentReady = (api: OffscreenApi) => (ready ??= (async () => {
    if (await api.hasDocument?.().catch(() => false)) return;
    await api.createDocument({ url: OFFSCREEN_PAGE, reasons: ['DOM_PARSER'], justification: 'Finds the article in a page\'s HTML without holding up the page.' })
      .catch(async (err: unknown) => {
        // Another start of this worker may have made it already: only one may exist.
        if (!(await api.hasDocument?.().catch(() => false))) throw err;
      });
  })().catch((err: unknown) => {
    ready = null;
    throw err;
  }));
  return async (page) => {
    if (parser) return extractFromHtml(page, parser);
    if (!offscreen) throw new Error('No DOM here to read the page in');
    await documentReady(offscreen);
    return toDocument(page);
  };
}

/** Answers content scripts' `extractPage` in the background (registered by main.ts). */
export function listenForPageExtraction(): void {
  const chromeApi = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome;
  const extract = pageExtractor({
    parser: typeof DOMParser === 'function' ? new DOMParser() : null,
    offscreen: chromeApi?.offscreen ?? null,
    toDocument: (page) => sendToExtension<ExtractionProtocol, 'extractInDocument'>('extractInDocument', page),
  });
  handleMessages<ExtractionProtocol>(
    { extractPage: (page) => extract(page) },
    (sender) => sender.id === browser.runtime.id && !!sender.tab,
    (_type, payload) => checkPageHtml(payload),
  );
}
