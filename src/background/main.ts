// Background entry (Chrome: MV3 service worker; Firefox: event page). Every listener is registered at the top
// level on each start, because the browser stops this worker when idle and wakes it for the next event; all
// state lives in IndexedDB and extension storage.
import browser from '../shared/browser';
import { handleMessages, sendToTab } from '../shared/messaging';
import type { BackgroundProtocol } from '../shared/protocol';
import { loadSettings, onSettingsChanged, saveMode, type Mode } from '../shared/settings';
import { ContentAccess, shortcutRequest, type AccessTrigger, type ScriptingApi } from './access';
import { AnnotationCache } from './cache';
import { Counters, COUNTERS_KEY } from './counters';
import { Database } from './db';
import { ArticleHistory } from './history';
import { ReadingMemory } from './memory-store';
import { MemoryService } from './memory-service';
import { languageModels, modelLoader, packagedModel } from './model';
import { listenForPageExtraction } from './offscreen';
import { BackgroundService } from './service';
import { TabStates } from './tab-state';
import { cachedSettings } from './settings-cache';
import { BENCH_PREFIX } from '../shared/timing';
import { validateBackgroundRequest } from './validate';
import { DB_VERSION } from './db';
import { SETTINGS_VERSION } from '../shared/settings';
import { footprintOf, type Footprint } from '../shared/footprint';
import { FOOTPRINT_KEY, onInstalled } from './installed';

const access = new ContentAccess({
  scripting: browser.scripting as unknown as ScriptingApi,
  granted: (origins) => browser.permissions.contains({ origins }),
  mode: async () => (await loadSettings()).mode,
  setMode: saveMode,
});

const db = new Database();
// storage.session keeps tab states across worker restarts and forgets them with the browser session.
const tabArea = browser.storage.session ? 'session' : 'local';
const tabs = new TabStates(browser.storage[tabArea], (listener) => browser.storage.onChanged.addListener((changes, area) => {
  if (area === tabArea) listener(changes);
}));
const service = new BackgroundService({
  cache: new AnnotationCache(db),
  history: new ArticleHistory(db),
  tabs,
  counters: new Counters(browser.storage.local),
  settings: cachedSettings({
    load: loadSettings,
    onChanged: (listener) => browser.storage.onChanged.addListener(listener),
    ignored: (key) => key === COUNTERS_KEY || key.startsWith(BENCH_PREFIX),
  }),
  model: languageModels((file) => modelLoader(packagedModel(browser.runtime.getURL(`model/${file}`)))),
  extensionOrigin: browser.runtime.getURL(''),
  ensureInTab: (tabId, likelyAbsent) => access.ensureInTab(tabId, likelyAbsent),
  pointPopup: (tabId) => browser.action.setPopup({ tabId, popup: `popup/popup.html?tab=${tabId}` }),
});

const memory = new MemoryService({
  memory: new ReadingMemory(db),
  extensionOrigin: browser.runtime.getURL(''),
  openTab: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path) })),
  changed: () => service.historyChanged(),
});

handleMessages<BackgroundProtocol>(
  {
    annotate: (req, sender) => service.annotate(req, sender),
    report: (req, sender) => service.report(req, sender),
    tabState: (req, sender) => service.tabState(req, sender),
    popupOpen: (req, sender) => service.popupOpen(req, sender),
    clearHistory: (req, sender) => service.clearHistory(req, sender),
    clearCache: (req, sender) => service.clearCache(req, sender),
    cacheStats: (req, sender) => service.cacheStats(req, sender),
    prepareTab: (req, sender) => service.prepareTab(req, sender),
    annotateSample: (req, sender) => service.annotateSample(req, sender),
    expectArticle: (req, sender) => service.expectArticle(req, sender),
    awaitTabState: (req, sender) => service.awaitTabState(req, sender),
    openEntity: (req, sender) => memory.openEntity(req, sender),
    memoryEntity: (req, sender) => memory.memoryEntity(req, sender),
    memorySearch: (req, sender) => memory.memorySearch(req, sender),
    memoryForget: (req, sender) => memory.memoryForget(req, sender),
    memoryUnmerge: (req, sender) => memory.memoryUnmerge(req, sender),
    memoryForgetSite: (req, sender) => memory.memoryForgetSite(req, sender),
    memoryStats: (req, sender) => memory.memoryStats(req, sender),
    memorySetLimit: (req, sender) => memory.memorySetLimit(req, sender),
  },
  (sender) => sender.id === browser.runtime.id,
  validateBackgroundRequest,
);

// Content scripts hand their page's HTML over to be read off the page's thread.
listenForPageExtraction();

// The shortcut grants `activeTab` like the toolbar button: a tab not painted yet is read, a painted one toggles.
browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const reached = await access.ensureInTab(tab.id);
  const request = shortcutRequest(reached, (await tabs.get(tab.id)).status);
  // A browser page, or a tab the browser did not let us into, has nothing to read or toggle.
  if (request) await sendToTab(tab.id, request, {}).catch(() => undefined);
});

// The registration follows the permission (access.ts): at every start of the background (browser start-up,
// install, update, or any event that wakes it, so a change missed while it slept is caught), and when the reader
// grants or takes back the permission, here or in the browser's own settings.
let followedMode: Mode | null = null;
function followAccess(trigger: AccessTrigger): void {
  access.reconcile(trigger).then((mode) => { followedMode = mode; }, reportAccessError);
}
followAccess('start');
// Listening makes the browser start the background at start-up, where the line above runs.
browser.runtime.onStartup.addListener(() => undefined);
browser.permissions.onAdded.addListener(() => followAccess('added'));
browser.permissions.onRemoved.addListener(() => followAccess('removed'));

function reportAccessError(err: unknown): void {
  console.warn('Lede: could not update where the content script runs', err);
}

browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
// A tab that starts loading a new document shows nothing until its content script reports again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void service.forgetTab(tabId);
});

// A first install opens the welcome page; an update that changes what Lede asks for or stores says so, once.
browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(reason, {
  now: footprintOf(browser.runtime.getManifest(), DB_VERSION, SETTINGS_VERSION),
  stored: async () => ((await browser.storage.local.get(FOOTPRINT_KEY))[FOOTPRINT_KEY] as Footprint | undefined) ?? null,
  store: (footprint) => browser.storage.local.set({ [FOOTPRINT_KEY]: footprint }),
  open: async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path) })),
}).catch((err: unknown) => console.warn('Lede: could not open the welcome page', err)));

onSettingsChanged((settings) => {
  void service.applyLimits(settings).catch(() => undefined);
  // A reopened popup draws a kept view with the settings kept beside it: none may outlive a change.
  void tabs.dropViews().catch(() => undefined);
  // A saved mode the registration does not follow yet: once, in CI, Chromium granted the permission and the mode was
  // saved, but the script was never registered (the permission event never came). Reconciling is idempotent.
  if (settings.mode !== followedMode) followAccess('mode');
});
