// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('../background/fake-browser');
  return { default: createFakeBrowser() };
});

import { accessProblem, PopupController, tabFromSearch, type PopupDeps } from '../../src/popup/controller';
import type { TabAccess, TabState } from '../../src/shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { buildCard } from '../../src/shared/summary-card';
import { fixtureAnnotation } from '../background/annotation-fixture';

const PAGE = 'https://harbour.example/news/port-halts-expansion';
const history = {
  e2: [
    { url: 'https://harbour.example/a', title: 'Earlier story', siteName: 'Harbour Times', published: null, seenAt: 2 },
    { url: 'https://harbour.example/b', title: 'Older story', siteName: 'Harbour Times', published: null, seenAt: 1 },
  ],
};
const done = (cached = false): TabState => ({ status: 'done', annotation: fixtureAnnotation(), cached, history });

/** The view the background keeps for a tab that shows `state` (service.ts), drawn with `settings`. */
function keptOf(state: TabState, settings: Settings = DEFAULT_SETTINGS as Settings, url = PAGE): unknown {
  if (state.status !== 'done') throw new Error('only a finished tab has a kept view');
  const card = buildCard(state.annotation, { url, cached: state.cached, history: state.history, visibleTypes: settings.visibleTypes, showQuotes: settings.showQuotes });
  return { card, settings };
}

interface Harness {
  deps: PopupDeps;
  root: HTMLElement;
  sent: { tabId: number; type: string; payload: unknown }[];
  downloads: { filename: string; mime: string; text: string }[];
  copied: string[];
  settingsListeners: ((s: Settings) => void)[];
  /** The tab and URL of each popupOpen request. */
  opened: [number, string | null][];
  /** How many times the popup drew a view. */
  draws: number;
}

/** A popup wired to scripted answers: `states` are returned by tabState one after another (the last repeats). */
function harness(options: { states: TabState[]; url?: string | null; search?: string; settings?: Partial<Settings>; tabReachable?: boolean; runOk?: boolean; access?: TabAccess; kept?: unknown }): Harness {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const states = [...options.states];
  const h: Harness = { deps: undefined as never, root, sent: [], downloads: [], copied: [], settingsListeners: [], opened: [], draws: 0 };
  let settings: Settings = { ...structuredClone(DEFAULT_SETTINGS) as Settings, ...options.settings };
  const url = options.url === undefined ? PAGE : options.url;
  const next = () => (states.length > 1 ? states.shift()! : states[0]);
  h.deps = {
    search: options.search ?? '?tab=42',
    activeTab: async () => ({ id: 7, url }),
    tabUrl: async () => url,
    keptView: async () => options.kept ?? null,
    popupOpen: async (tabId, tabUrl) => {
      h.opened.push([tabId, tabUrl]);
      return { state: next(), settings };
    },
    tabState: async () => next(),
    awaitTabState: async () => next(),
    prepareTab: async (tabId) => {
      h.sent.push({ tabId, type: 'prepareTab', payload: {} });
      return options.access ?? { status: 'ready', injected: true };
    },
    toTab: (async (tabId: number, type: string, payload: unknown) => {
      h.sent.push({ tabId, type, payload });
      if (options.tabReachable === false) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (type === 'toggle') return { on: false };
      return { ok: options.runOk ?? true };
    }) as PopupDeps['toTab'],
    saveSettings: async (patch) => (settings = { ...settings, ...patch }),
    onSettingsChanged: (cb) => {
      h.settingsListeners.push(cb);
      return () => undefined;
    },
    clipboard: async (text) => void h.copied.push(text),
    download: (filename, mime, text) => void h.downloads.push({ filename, mime, text }),
    openOptions: () => undefined,
    wait: async () => undefined,
    show: (el) => {
      h.draws++;
      root.replaceChildren(el);
    },
  };
  return h;
}

const text = (h: Harness) => h.root.textContent ?? '';

describe('the summary card', () => {
  it('shows title, site, date, byline, reading time, entities with roles and history, quotes with speakers and key sentences', async () => {
    const h = harness({ states: [done()] });
    await new PopupController(h.deps).start();
    const q = (sel: string) => h.root.querySelector(sel)?.textContent;
    expect(q('.title')).toBe('Port authority halts expansion after court ruling');
    expect(q('.site')).toBe('Harbour Times');
    expect(h.root.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-17T09:30:00Z');
    expect(q('.facts')).toContain('Sanne de Vries');
    expect(q('.reading')).toBe('1 min read');
    const names = [...h.root.querySelectorAll('.entity-name')].map((e) => e.textContent);
    expect(names[0]).toBe('Port of Rotterdam Authority');
    expect(names).toContain('Allard Castelein');
    expect(text(h)).toContain('chief executive of the authority');
    expect(text(h)).toContain('seen in 2 earlier articles');
    expect([...h.root.querySelectorAll('.speaker')].map((e) => e.textContent)).toEqual(['— Allard Castelein', '— Johan Vollenbroek']);
    expect(h.root.querySelectorAll('.key-sentences li')).toHaveLength(2);
    expect(h.root.querySelector('.cached')).toBeNull();
  });

  it('says when it comes from the cache', async () => {
    const h = harness({ states: [done(true)] });
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('.cached')?.textContent).toBe('from cache');
  });

  it('scrolls the page to a quote or an entity, cycling through its mentions', async () => {
    const h = harness({ states: [done()] });
    await new PopupController(h.deps).start();
    (h.root.querySelectorAll('.quote')[1] as HTMLButtonElement).click();
    const castelein = [...h.root.querySelectorAll<HTMLButtonElement>('.entity')].find((b) => b.textContent?.includes('Allard Castelein'))!;
    castelein.click();
    castelein.click();
    castelein.click();
    expect(h.sent.filter((m) => m.type === 'reveal').map((m) => m.payload)).toEqual([
      { quote: 1 }, { entityId: 'e2', mention: 0 }, { entityId: 'e2', mention: 1 }, { entityId: 'e2', mention: 0 },
    ]);
    expect(h.sent.every((m) => m.tabId === 42)).toBe(true);
  });

  it('toggles highlights, copies Markdown and exports JSON and JSON-LD', async () => {
    const h = harness({ states: [done()] });
    await new PopupController(h.deps).start();
    const button = (label: string) => [...h.root.querySelectorAll<HTMLButtonElement>('.action')].find((b) => b.textContent === label)!;
    button('Highlights').click();
    button('Copy').click();
    button('JSON').click();
    button('JSON-LD').click();
    await vi.waitFor(() => expect(h.root.querySelector('.action[aria-pressed="false"]')).not.toBeNull());
    expect(h.copied[0]).toMatch(/^# Port authority halts expansion/);
    expect(h.downloads.map((d) => d.filename)).toEqual(['lede-port-authority-halts-expansion-after-court-ruling.json', 'lede-port-authority-halts-expansion-after-court-ruling.jsonld']);
    expect(JSON.parse(h.downloads[1].text)['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(JSON.parse(h.downloads[0].text).source).toBe(PAGE);
  });

  it('follows settings changes without reopening: hidden types, quotes and history', async () => {
    const h = harness({ states: [done()] });
    await new PopupController(h.deps).start();
    expect(h.root.querySelectorAll('.quote')).toHaveLength(2);
    for (const cb of h.settingsListeners) cb({ ...(structuredClone(DEFAULT_SETTINGS) as Settings), visibleTypes: ['LOC'], showQuotes: false, historyEnabled: false });
    expect([...h.root.querySelectorAll('.entity-name')].map((e) => e.textContent)).toEqual(['Rotterdam']);
    expect(h.root.querySelectorAll('.quote')).toHaveLength(0);
    expect(text(h)).not.toContain('seen in');
  });

  it('renders hostile page strings as text, never as markup', async () => {
    const annotation = fixtureAnnotation();
    annotation.article = { ...annotation.article!, title: '<img src=x onerror="window.pwned=1">', siteName: '<b>bold</b>' };
    annotation.entities[0] = { ...annotation.entities[0], name: '<script>window.pwned=1</script>', role: 'javascript:alert(1)' };
    const h = harness({ states: [{ status: 'done', annotation, cached: false, history: {} }] });
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('img, script, b')).toBeNull();
    expect(h.root.querySelector('.title')?.textContent).toBe('<img src=x onerror="window.pwned=1">');
    expect(h.root.querySelector('a')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('states other than the card', () => {
  it('shows progress while annotating, then the card', async () => {
    const h = harness({ states: [{ status: 'annotating' }, { status: 'annotating' }, done()] });
    const shown: string[] = [];
    const show = h.deps.show;
    h.deps.show = (el) => { shown.push(el.className); show(el); };
    await new PopupController(h.deps).start();
    expect(shown).toContain('state state-annotating');
    expect(h.root.querySelector('.card')).not.toBeNull();
  });

  it('asks the page to run when nothing is known (on-demand mode), then shows the result', async () => {
    const h = harness({ states: [{ status: 'idle' }, { status: 'annotating' }, done()], settings: { mode: 'on-demand' } });
    await new PopupController(h.deps).start();
    // The content script goes in first (the click granted activeTab), then it is asked to run.
    expect(h.sent.slice(0, 2).map((m) => m.type)).toEqual(['prepareTab', 'run']);
    expect(h.sent.filter((m) => m.type === 'run')).toHaveLength(1);
    expect(h.root.querySelector('.card')).not.toBeNull();
  });

  it('in automatic mode lets a copy already in the page report by itself instead of asking it to read again', async () => {
    const h = harness({ states: [{ status: 'idle' }, { status: 'annotating' }, done(true)], settings: { mode: 'automatic' }, access: { status: 'ready', injected: false } });
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('.card')).not.toBeNull();
    expect(h.sent.map((m) => m.type)).toEqual(['prepareTab']);
  });

  it('asks that copy after all when it stays silent', async () => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 500));
    const states: TabState[] = [...Array(12).fill({ status: 'idle' }), { status: 'annotating' }, done()];
    const h = harness({ states, settings: { mode: 'automatic' }, access: { status: 'ready', injected: false } });
    await new PopupController(h.deps).start();
    expect(h.sent.map((m) => m.type)).toEqual(['prepareTab', 'run']);
    expect(h.root.querySelector('.card')).not.toBeNull();
    vi.restoreAllMocks();
  });

  it('asks the page at once when the reader presses Try again, even in automatic mode', async () => {
    const h = harness({ states: [{ status: 'not-article', reason: 'Too little running text.' }, { status: 'annotating' }, done()], settings: { mode: 'automatic' }, access: { status: 'ready', injected: false } });
    await new PopupController(h.deps).start();
    [...h.root.querySelectorAll('button')].find((b) => b.textContent === 'Try anyway')!.click();
    await vi.waitFor(() => expect(h.root.querySelector('.card')).not.toBeNull());
    expect(h.sent.filter((m) => m.type === 'run')).toHaveLength(1);
  });

  it('does not inject anything where the page already has an answer (automatic mode)', async () => {
    const h = harness({ states: [done()] });
    await new PopupController(h.deps).start();
    expect(h.sent.filter((m) => m.type === 'prepareTab')).toEqual([]);
  });

  it('tells the reader how to let Lede in when it has no access to the tab, with a way to the options', async () => {
    let opened = 0;
    const h = harness({ states: [{ status: 'idle' }], access: { status: 'no-access', reason: 'Lede has not been allowed into this page. Click the Lede button in the toolbar while the article is in front, or turn on automatic reading in Lede’s options.' } });
    h.deps.openOptions = () => void opened++;
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('h1')?.textContent).toBe('Lede needs your go-ahead for this page');
    expect(text(h)).toContain('Click the Lede button in the toolbar');
    expect(h.sent.filter((m) => m.type === 'run')).toEqual([]);
    [...h.root.querySelectorAll('button')].find((b) => b.textContent === 'Open options')!.click();
    expect(opened).toBe(1);
  });

  it('explains a page that is not an article', async () => {
    const h = harness({ states: [{ status: 'not-article', reason: 'This looks like a section front with many headlines.' }] });
    await new PopupController(h.deps).start();
    expect(text(h)).toContain('This page is not an article');
    expect(text(h)).toContain('section front');
  });

  it('says when the page declined to run and never reported why', async () => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 500));
    const h = harness({ states: [{ status: 'idle' }], runOk: false });
    await new PopupController(h.deps).start();
    expect(text(h)).toContain('Lede found no article on this page.');
    vi.restoreAllMocks();
  });

  it.each([
    ['chrome://extensions/', /Browsers keep extensions out/],
    ['about:addons', /Browsers keep extensions out/],
    ['https://chromewebstore.google.com/detail/abc', /add-on stores/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on stores/],
  ])('says a browser page (%s) is off-limits without asking the page', async (url, why) => {
    const h = harness({ states: [{ status: 'idle' }], url });
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('h1')?.textContent).toBe('Lede cannot read this page');
    expect(text(h)).toMatch(why);
    expect(h.sent).toEqual([]);
    expect(h.opened).toEqual([]);
  });

  it('treats an unreachable tab of unknown address as off-limits, and a known web page as needing a reload', async () => {
    const hidden = harness({ states: [{ status: 'idle' }], url: null, tabReachable: false });
    await new PopupController(hidden.deps).start();
    expect(hidden.root.querySelector('h1')?.textContent).toBe('Lede cannot read this page');
    const stale = harness({ states: [{ status: 'idle' }], tabReachable: false });
    await new PopupController(stale.deps).start();
    expect(text(stale)).toContain('Reload the page');
  });

  it('shows an error with what to do, and tries again on request', async () => {
    const h = harness({ states: [{ status: 'error', reason: 'The entity model could not be loaded. Reload the page to try again.' }, { status: 'annotating' }, done()] });
    await new PopupController(h.deps).start();
    expect(h.root.getAttribute('role') ?? h.root.firstElementChild?.getAttribute('role')).toBe('alert');
    expect(text(h)).toContain('Reload the page to try again');
    [...h.root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click();
    await vi.waitFor(() => expect(h.root.querySelector('.card')).not.toBeNull());
    expect(h.sent.filter((m) => m.type === 'run')).toHaveLength(1);
  });

  it('says the site is switched off and can turn it back on', async () => {
    const h = harness({ states: [{ status: 'idle' }, done()], settings: { disabledSites: ['harbour.example'] } });
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('h1')?.textContent).toBe('Lede is off for harbour.example');
    expect(h.sent).toEqual([]);
    h.root.querySelector<HTMLButtonElement>('button.primary')!.click();
    await vi.waitFor(() => expect(h.root.querySelector('.card')).not.toBeNull());
  });

  it('gives up with a message when the page never answers', async () => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 5000));
    const h = harness({ states: [{ status: 'annotating' }] });
    await new PopupController(h.deps).start();
    expect(text(h)).toContain('taking too long');
    vi.restoreAllMocks();
  });
});

describe('not keeping the reader waiting', () => {
  it('shows the card as soon as the page it asked has answered, without waiting to poll again', async () => {
    const h = harness({ states: [{ status: 'idle' }, done()] });
    const waits: number[] = [];
    h.deps.wait = async (ms) => void waits.push(ms);
    await new PopupController(h.deps).start();
    expect(h.sent.map((m) => m.type)).toEqual(['prepareTab', 'run']);
    expect(h.root.querySelector('.card')).not.toBeNull();
    expect(waits).toEqual([]);
  });

  it('shows the card from the background\'s answer while the page is still painting', async () => {
    const h = harness({ states: [{ status: 'idle' }, done()] });
    h.deps.toTab = (() => new Promise(() => undefined)) as PopupDeps['toTab'];
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('.card')).not.toBeNull();
  });

  it('opens with one request to the background, the URL taken from the tab list without a second look', async () => {
    const h = harness({ states: [done(true)], search: '' });
    let looked = 0;
    h.deps.tabUrl = async () => (looked++, PAGE);
    await new PopupController(h.deps).start();
    expect(h.opened).toEqual([[7, PAGE]]);
    expect(looked).toBe(0);
    expect(h.root.querySelector('.card')).not.toBeNull();
  });

  it('draws the card with the settings the background sent', async () => {
    const h = harness({ states: [done()], settings: { visibleTypes: ['LOC'], showQuotes: false } });
    await new PopupController(h.deps).start();
    expect([...h.root.querySelectorAll('.entity-name')].map((e) => e.textContent)).toEqual(['Rotterdam']);
    expect(h.root.querySelectorAll('.quote')).toHaveLength(0);
  });
});

describe('a reopened popup', () => {
  /** Makes the background answer the popup's opening request only when the returned function is called. */
  function slowBackground(h: Harness): () => void {
    let answer: () => void = () => undefined;
    const opening = h.deps.popupOpen;
    h.deps.popupOpen = (tabId, url) => new Promise((ok) => (answer = () => ok(opening(tabId, url))));
    return () => answer();
  }

  it('draws the card kept for the tab before the background answers, and not again when the answer is the same', async () => {
    const h = harness({ states: [done(true)], kept: keptOf(done(true)) });
    const answer = slowBackground(h);
    const opening = new PopupController(h.deps).start();
    await vi.waitFor(() => expect(h.root.querySelector('.card')).not.toBeNull());
    const draws = h.draws;
    answer();
    await opening;
    expect(h.draws).toBe(draws);
    expect(h.root.querySelector('.cached')?.textContent).toBe('from cache');
  });

  it('draws the kept card with the settings kept beside it', async () => {
    const h = harness({ states: [done()], settings: { colors: { PER: '#123456', ORG: '#123456', LOC: '#123456', MISC: '#123456' } } });
    const kept = { ...structuredClone(DEFAULT_SETTINGS) as Settings, visibleTypes: ['LOC' as const], colors: { PER: '#aa0000', ORG: '#aa0000', LOC: '#aa0000', MISC: '#aa0000' } };
    h.deps.keptView = async () => keptOf(done(), kept);
    slowBackground(h);
    void new PopupController(h.deps).start();
    await vi.waitFor(() => expect([...h.root.querySelectorAll('.entity-name')].map((e) => e.textContent)).toEqual(['Rotterdam']));
    expect(h.root.querySelector<HTMLElement>('.entity')!.style.getPropertyValue('--type-colour')).toBe('#aa0000');
  });

  it('draws no kept card made for another page than the tab shows now', async () => {
    const h = harness({ states: [done()], kept: keptOf(done(), undefined, 'https://harbour.example/news/an-older-story') });
    const answer = slowBackground(h);
    const opening = new PopupController(h.deps).start();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(h.root.querySelector('.card')).toBeNull();
    answer();
    await opening;
    expect(h.root.querySelector('.title')?.textContent).toBe('Port authority halts expansion after court ruling');
  });

  it('reads the kept view of a tab named in its address before the browser has told the tab\'s URL', async () => {
    const h = harness({ states: [done()], kept: keptOf(done()) });
    const asked: string[] = [];
    let tell: () => void = () => undefined;
    h.deps.tabUrl = () => new Promise((ok) => (tell = () => ok(PAGE)));
    const keptView = h.deps.keptView;
    h.deps.keptView = (tabId) => {
      asked.push(`kept ${tabId}`);
      return keptView(tabId);
    };
    slowBackground(h);
    void new PopupController(h.deps).start();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(asked).toEqual(['kept 42']);
    expect(h.root.querySelector('.card')).toBeNull();
    tell();
    await vi.waitFor(() => expect(h.root.querySelector('.card')).not.toBeNull());
  });

  it('follows the background when its answer differs from the kept card', async () => {
    const h = harness({ states: [{ status: 'idle' }, { status: 'not-article', reason: 'A section front.' }], kept: keptOf(done()) });
    const answer = slowBackground(h);
    const opening = new PopupController(h.deps).start();
    await vi.waitFor(() => expect(h.root.querySelector('.card')).not.toBeNull());
    answer();
    await opening;
    expect(h.sent.map((m) => m.type)).toEqual(['prepareTab', 'run']);
    expect(text(h)).toContain('A section front.');
  });

  it('waits for the background when nothing usable was kept, or its answer came first', async () => {
    const card = (keptOf(done()) as { card: Record<string, unknown> }).card;
    for (const kept of [done(), { card: { ...card, entities: null }, settings: DEFAULT_SETTINGS }, { card, notice: 3, settings: DEFAULT_SETTINGS }, { status: 'annotating' }, 'garbage']) {
      const h = harness({ states: [{ status: 'error', reason: 'The model could not be read.' }], kept });
      await new PopupController(h.deps).start();
      expect(h.root.querySelector('.card')).toBeNull();
      expect(text(h)).toContain('The model could not be read.');
    }
    const h = harness({ states: [{ status: 'error', reason: 'The model could not be read.' }], kept: keptOf(done()) });
    h.deps.keptView = () => new Promise(() => undefined);
    await new PopupController(h.deps).start();
    expect(text(h)).toContain('The model could not be read.');
  });

  it('shows a site switched off as off, even with a card kept for it', async () => {
    const h = harness({ states: [done()], kept: keptOf(done(), { ...structuredClone(DEFAULT_SETTINGS) as Settings, disabledSites: ['harbour.example'] }) });
    slowBackground(h);
    void new PopupController(h.deps).start();
    await vi.waitFor(() => expect(h.root.querySelector('.state-disabled')).not.toBeNull());
    expect(h.root.querySelector('.card')).toBeNull();
  });

  it('shows a site switched off since the card was kept as off', async () => {
    const h = harness({ states: [done()], kept: keptOf(done()), settings: { disabledSites: ['harbour.example'] } });
    await new PopupController(h.deps).start();
    expect(h.root.querySelector('.card')).toBeNull();
    expect(h.root.querySelector('.state-disabled')).not.toBeNull();
  });
});

describe('finding the tab', () => {
  it('takes ?tab=<id> when given, else the active tab', async () => {
    expect(tabFromSearch('?tab=12')).toBe(12);
    expect(tabFromSearch('?tab=-1')).toBeNull();
    expect(tabFromSearch('?tab=1e3')).toBeNull();
    expect(tabFromSearch('')).toBeNull();
    const h = harness({ states: [done()], search: '' });
    await new PopupController(h.deps).start();
    h.root.querySelector<HTMLButtonElement>('.quote')!.click();
    expect(h.sent[0].tabId).toBe(7);
  });

  it('knows which pages are off-limits', () => {
    expect(accessProblem(null)).toBeNull();
    expect(accessProblem('https://news.example/story')).toBeNull();
    expect(accessProblem('file:///home/me/a.html')).toMatch(/local files/);
  });
});
