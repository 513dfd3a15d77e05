// Background entry (Chrome: MV3 service worker; Firefox: event page). Every listener is registered at the top
// level on each start, because the browser stops this worker when idle and wakes it for the next event; all
// state lives in IndexedDB and extension storage.
import browser from '../shared/browser';
import { handleMessages, sendToTab } from '../shared/messaging';
import type { BackgroundProtocol } from '../shared/protocol';
import { loadSettings, onSettingsChanged } from '../shared/settings';
import { AnnotationCache } from './cache';
import { Counters } from './counters';
import { Database } from './db';
import { ArticleHistory } from './history';
import { modelLoader, packagedModel } from './model';
import { BackgroundService } from './service';
import { TabStates } from './tab-state';
import { validateBackgroundRequest } from './validate';

const db = new Database();
// storage.session keeps tab states across worker restarts and forgets them with the browser session.
const session = browser.storage.session ?? browser.storage.local;
const service = new BackgroundService({
  cache: new AnnotationCache(db),
  history: new ArticleHistory(db),
  tabs: new TabStates(session),
  counters: new Counters(browser.storage.local),
  settings: loadSettings,
  model: modelLoader(packagedModel(browser.runtime.getURL('model/ner.bin'))),
  extensionOrigin: browser.runtime.getURL(''),
});

handleMessages<BackgroundProtocol>(
  {
    annotate: (req, sender) => service.annotate(req, sender),
    report: (req, sender) => service.report(req, sender),
    tabState: (req, sender) => service.tabState(req, sender),
    clearHistory: (req, sender) => service.clearHistory(req, sender),
    clearCache: (req, sender) => service.clearCache(req, sender),
    cacheStats: (req, sender) => service.cacheStats(req, sender),
  },
  (sender) => sender.id === browser.runtime.id,
  validateBackgroundRequest,
);

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // A tab without our content script (a browser page) has nothing to toggle.
  await sendToTab(tab.id, 'toggle', {}).catch(() => undefined);
});

const tabs = new TabStates(session);
browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
// A tab that starts loading a new document shows nothing until its content script reports again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void tabs.forget(tabId);
});

onSettingsChanged((settings) => void service.applyLimits(settings).catch(() => undefined));
