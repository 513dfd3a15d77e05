// Chrome's offscreen document: a DOM for the background worker, which has none. It reads articles from the HTML
// content scripts send (src/background/offscreen.ts), off the page's thread.
import { checkPageHtml } from '../background/offscreen';
import { extractFromHtml } from '../article/from-html';
import browser from '../shared/browser';
import { handleMessages } from '../shared/messaging';
import type { ExtractionProtocol } from '../shared/protocol';

const parser = new DOMParser();

handleMessages<ExtractionProtocol>(
  { extractInDocument: (page) => extractFromHtml(page, parser) },
  // Only the background asks: a content script's message (it reaches every extension page too) has a tab.
  (sender) => sender.id === browser.runtime.id && !sender.tab,
  (_type, payload) => checkPageHtml(payload),
);
