// Options page entry: connects the page to settings storage, the permissions API and the background.
import browser from '../shared/browser';
import { sendToBackground } from '../shared/messaging';
import { ARTICLE_ORIGINS } from '../shared/protocol';
import { loadModeNote, loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';
import { OptionsPage } from './form';

const root = document.getElementById('app')!;
const articleAccess = { origins: [...ARTICLE_ORIGINS] };

void new OptionsPage({
  loadSettings,
  saveSettings,
  onSettingsChanged,
  cacheStats: () => sendToBackground('cacheStats', {}),
  clearCache: async () => void (await sendToBackground('clearCache', {})),
  clearHistory: async () => void (await sendToBackground('clearHistory', {})),
  confirm: (question) => window.confirm(question),
  show: (el) => root.replaceChildren(el),
  requestAccess: () => browser.permissions.request(articleAccess),
  releaseAccess: async () => void (await browser.permissions.remove(articleAccess)),
  modeNote: loadModeNote,
  memory: {
    memoryStats: () => sendToBackground('memoryStats', {}),
    setMemoryLimit: async (mb) => (await sendToBackground('memorySetLimit', { mb })).mb,
    forgetSite: async (site) => (await sendToBackground('memoryForgetSite', { site })).articles,
  },
}).start();
