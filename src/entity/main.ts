// Entity page entry: connects the page to the background and the document.
import { sendToBackground } from '../shared/messaging';
import { downloadText } from '../popup/save';
import { EntityPage } from './page';

const root = document.getElementById('app')!;
const status = document.getElementById('status')!;

void new EntityPage({
  search: location.search,
  dossier: async (key) => (await sendToBackground('memoryEntity', { key })).dossier,
  find: async (query) => (await sendToBackground('memorySearch', { query })).matches,
  forget: async (key) => (await sendToBackground('memoryForget', { key })).forgotten,
  unmerge: async (key, merge) => (await sendToBackground('memoryUnmerge', { key, merge })).key,
  download: downloadText,
  confirm: (question) => window.confirm(question),
  show: (el) => {
    root.replaceChildren(el);
    // Whoever arrives (by link, search or after forgetting) starts at the page's heading.
    document.getElementById('entity-name')?.focus({ preventScroll: true });
  },
  announce: (text) => { status.textContent = text; },
  setTitle: (title) => { document.title = title; },
  now: () => new Date(),
}).start();
