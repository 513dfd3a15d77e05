// Popup entry: connects the controller to the extension APIs and the page.
import browser from '../shared/browser';
import { sendToBackground, sendToTab } from '../shared/messaging';
import { tabViewKey } from '../shared/protocol';
import { formatDate, languageName } from '../shared/format';
import { onSettingsChanged, saveSettings } from '../shared/settings';
import { PopupController } from './controller';
import { fitToBox } from './fit';
import { copyText, downloadText } from './save';

const root = document.getElementById('app')!;

const controller = new PopupController({
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
});
void controller.start();
// The card's date and language are named with the browser's locale data, whose first use in a fresh extension
// process costs 10-40 ms (Chromium, measured): it is loaded while the popup waits for the tab and the background.
formatDate('2000-01-01');
languageName('en');
