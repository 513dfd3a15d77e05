// Welcome page entry: connects the page to settings, the permissions API, the demo frame and the summary frame.
import { DB_VERSION } from '../background/db';
import { copyText, downloadText } from '../popup/save';
import browser from '../shared/browser';
import { ARTICLE_ORIGINS } from '../shared/protocol';
import { loadSettings, onSettingsChanged, saveSettings, SETTINGS_VERSION } from '../shared/settings';
import { DEMO_HANDLE, type DemoHandle, type DemoWindow } from './demo-handle';
import { decodeFootprint, footprintOf } from '../shared/footprint';
import { WelcomePage } from './page';
import { browserFamily } from './pin';

const byId = (id: string) => document.getElementById(id)!;
const articleAccess = { origins: [...ARTICLE_ORIGINS] };
const demoFrame = byId('demo-frame') as HTMLIFrameElement;
const summaryFrame = byId('summary-frame') as HTMLIFrameElement;

/** Resolves once the frame's document has loaded (at once when it already has). */
function loaded(frame: HTMLIFrameElement): Promise<Document> {
  const doc = frame.contentDocument;
  if (doc?.readyState === 'complete' && doc.URL !== 'about:blank') return Promise.resolve(doc);
  return new Promise((ok) => frame.addEventListener('load', () => ok(frame.contentDocument!), { once: true }));
}

async function demoHandle(): Promise<DemoHandle> {
  await loaded(demoFrame);
  const handle = (demoFrame.contentWindow as DemoWindow | null)?.[DEMO_HANDLE];
  if (!handle) throw new Error('The demo page did not start.');
  return handle;
}

void new WelcomePage({
  parts: { changed: byId('changed'), pin: byId('pin'), mode: byId('mode'), status: byId('status') },
  family: browserFamily(navigator.userAgent),
  shortcut: async () => (await browser.commands.getAll()).find((c) => c.name === 'toggle-highlights')?.shortcut || null,
  changedFrom: decodeFootprint(new URLSearchParams(location.search).get('changed')),
  now: footprintOf(browser.runtime.getManifest(), DB_VERSION, SETTINGS_VERSION),
  loadSettings,
  saveSettings,
  onSettingsChanged,
  requestAccess: () => browser.permissions.request(articleAccess),
  releaseAccess: async () => void (await browser.permissions.remove(articleAccess)),
  demo: demoHandle,
  showSummary: (el) => void loaded(summaryFrame).then((doc) => doc.getElementById('app')!.replaceChildren(el)),
  demoUrl: new URL('demo.html', location.href).href,
  clipboard: copyText,
  download: downloadText,
  openOptions: () => void browser.runtime.openOptionsPage(),
}).start();
