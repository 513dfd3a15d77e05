// Options page entry: connects the page to settings storage and the background.
import { sendToBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';
import { OptionsPage } from './form';

const root = document.getElementById('app')!;

void new OptionsPage({
  loadSettings,
  saveSettings,
  onSettingsChanged,
  cacheStats: () => sendToBackground('cacheStats', {}),
  clearCache: async () => void (await sendToBackground('clearCache', {})),
  clearHistory: async () => void (await sendToBackground('clearHistory', {})),
  confirm: (question) => window.confirm(question),
  show: (el) => root.replaceChildren(el),
}).start();
