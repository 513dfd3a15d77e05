// Popup entry: connects the controller to the extension APIs and the page.
import browser from '../shared/browser';
import { sendToBackground, sendToTab } from '../shared/messaging';
import { tabViewKey } from '../shared/protocol';
import { onSettingsChanged, saveSettings } from '../shared/settings';
import { PopupController } from './controller';
import { fitToBox } from './fit';
import { copyText, downloadText } from './save';

const root = document.getElementById('app')!;

void new PopupController({
  search: location.search,
  activeTab: async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  },
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
  keptView: async (tabId) => (await browser.storage.session.get(tabViewKey(tabId)))[tabViewKey(tabId)] ?? null,
  popupOpen: (tabId, url) => sendToBackground('popupOpen', { tabId, url }),
  tabState: (tabId) => sendToBackground('tabState', { tabId }),
  awaitTabState: (tabId) => sendToBackground('awaitTabState', { tabId }),
  prepareTab: (tabId) => sendToBackground('prepareTab', { tabId }),
  toTab: sendToTab,
  saveSettings,
  onSettingsChanged,
  clipboard: copyText,
  download: downloadText,
  openOptions: () => void browser.runtime.openOptionsPage(),
  wait: (ms) => new Promise((ok) => setTimeout(ok, ms)),
  show: (el) => {
    root.replaceChildren(el);
    fitToBox(root);
  },
}).start();
