import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', async () => {
  const { createFakeBrowser } = await import('./fake-browser');
  return { default: createFakeBrowser() };
});

import { AnnotationCache } from '../../src/background/cache';
import { Counters } from '../../src/background/counters';
import { Database } from '../../src/background/db';
import { ArticleHistory } from '../../src/background/history';
import { languageModels } from '../../src/background/model';
import { BackgroundService, type BackgroundDeps } from '../../src/background/service';
import { TabStates } from '../../src/background/tab-state';
import type { NerModel } from '../../src/core/ner/model';
import type { ArticleText, EntityType, Mention } from '../../src/core/types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { WARM_UP_PIECES } from '../../src/background/warm-up';
import { buildCard } from '../../src/shared/summary-card';
import { fixtureAnnotation, FIXTURE_TEXT } from './annotation-fixture';
import { FakeStorageArea } from './fake-browser';

/** Tags the given names wherever they occur: enough for the pipeline after NER to have something to work on. */
function gazetteerModel(names: [string, EntityType][]): NerModel & { calls: number } {
  return {
    calls: 0,
    tag(text: string): Mention[] {
      this.calls += 1;
      const out: Mention[] = [];
      for (const [name, type] of names) {
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, text: name, type });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

const ORIGIN = 'chrome-extension://lede-test-id/';
const popup = { url: `${ORIGIN}popup/popup.html` };
const tab = (id: number) => ({ tab: { id }, url: 'https://harbour.example/news/port-halts-expansion' });

function articleText(text = FIXTURE_TEXT, title = 'Port authority halts expansion after court ruling'): ArticleText {
  const { text: _t, ...meta } = fixtureAnnotation().article!;
  return { text, meta: { ...meta, title, canonicalUrl: null }, blocks: [{ start: 0, end: text.length }] };
}

let settings: Settings;
let model: ReturnType<typeof gazetteerModel>;
let db: Database;
let service: BackgroundService;
let session: FakeStorageArea;
/** Every service a test made: what their replies left to write is written before the next test. */
let made: BackgroundService[] = [];
/** Tabs whose toolbar button was made to name them to the popup. */
let pointed: number[] = [];

function makeService(overrides: Partial<BackgroundDeps> = {}) {
  db = new Database({ blockedTimeoutMs: 200 });
  const events = { emit: () => [] } as never;
  session = session ?? new FakeStorageArea('session', events);
  const created = new BackgroundService({
    cache: new AnnotationCache(db),
    history: new ArticleHistory(db),
    tabs: new TabStates(session, () => undefined),
    counters: new Counters(new FakeStorageArea('local', events)),
    settings: async () => settings,
    model: async () => model,
    extensionOrigin: ORIGIN,
    ensureInTab: async (tabId) => (tabId === 3 ? { status: 'ready', injected: true } : { status: 'no-access', reason: 'not allowed' }),
    pointPopup: async (tabId) => void pointed.push(tabId),
    ...overrides,
  });
  made.push(created);
  return created;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  model = gazetteerModel([['Port of Rotterdam Authority', 'ORG'], ['Allard Castelein', 'PER'], ['Castelein', 'PER'], ['Johan Vollenbroek', 'PER']]);
  session = undefined as unknown as FakeStorageArea;
  pointed = [];
  service = makeService();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  await Promise.all(made.map((s) => s.written()));
  made = [];
  db.close();
  vi.restoreAllMocks();
});

describe('annotate', () => {
  it('computes once, then answers from the cache for the same article', async () => {
    const first = await service.annotate({ url: 'https://harbour.example/news/port-halts-expansion?utm_source=rss', article: articleText() }, tab(1));
    expect(first.cached).toBe(false);
    expect(first.annotation.entities.length).toBeGreaterThan(0);
    const again = await service.annotate({ url: 'https://harbour.example/news/port-halts-expansion#comments', article: articleText() }, tab(2));
    expect(again.cached).toBe(true);
    expect(again.annotation).toEqual(first.annotation);
    expect(model.calls).toBe(1);
    expect(await service.cacheStats({}, popup)).toMatchObject({ entries: 1, computed: 1, fromCache: 1, articles: 1 });
  });

  it('re-annotates an edited article', async () => {
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    const edited = await service.annotate({ url: 'https://harbour.example/a', article: articleText(FIXTURE_TEXT.replace('Tuesday', 'Monday')) }, tab(1));
    expect(edited.cached).toBe(false);
    expect(model.calls).toBe(2);
  });

  it('computes an article once when many tabs ask at the same time', async () => {
    const all = await Promise.all([1, 2, 3, 4, 5].map((id) => service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(id))));
    expect(model.calls).toBe(1);
    expect(all.every((r) => r.annotation.entities.length > 0)).toBe(true);
  });

  it('keeps the cache across a worker restart (a new service over the same database)', async () => {
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await service.written();
    db.close();
    service = makeService();
    expect((await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1))).cached).toBe(true);
    expect((await service.tabState({ tabId: 1 }, popup)).status).toBe('done');
  });

  it('still annotates when the database cannot be used at all, and the popup still gets the result', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      const res = await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(3));
      expect(res.cached).toBe(false);
      expect(res.history).toEqual({});
      const state = await service.tabState({ tabId: 3 }, popup);
      expect(state.status).toBe('done');
      // Not in the cache: the tab's stored state holds the annotation, for a popup after a worker restart.
      await service.written();
      expect((session.data['tab:3'] as { annotation?: unknown }).annotation).toBeDefined();
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('records a failure as the tab state with what to do', async () => {
    const failing = makeService();
    model = { tag: () => { throw new Error('model exploded'); }, calls: 0 } as never;
    await expect(failing.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(4))).rejects.toThrow(/model exploded.*Reload/);
    expect(await failing.tabState({ tabId: 4 }, popup)).toMatchObject({ status: 'error', reason: expect.stringMatching(/Reload the page/) });
  });

  it('reads a page in a language without an entity model with no model at all: its card, no names, a notice', async () => {
    const german = 'Die Hafenbehörde hat die Arbeiten an dem neuen Terminal gestoppt, nachdem ein Gericht entschieden hatte, dass die Genehmigung unvollständig war. Der Vorstandschef sagte, man werde einen neuen Antrag stellen und die Verzögerung koste den Hafen rund vierzig Millionen Euro. Umweltschützer begrüßten die Entscheidung des Gerichts.';
    const article = articleText(german);
    article.meta = { ...article.meta, lang: 'de' };
    const loaded: string[] = [];
    const byLanguage = makeService({ model: languageModels((file) => async () => (loaded.push(file), model)) });
    const res = await byLanguage.annotate({ url: 'https://harbour.example/de', article }, tab(5));
    expect(res.annotation.article?.lang).toBe('de');
    expect(res.annotation.entities).toEqual([]);
    expect(res.annotation.notice).toMatch(/Portuguese/);
    expect(loaded).toEqual([]);
    expect(model.calls).toBe(0);
  });

  it('loads only the English model for an English page', async () => {
    const loaded: string[] = [];
    const byLanguage = makeService({ model: languageModels((file) => async () => (loaded.push(file), model)) });
    const res = await byLanguage.annotate({ url: 'https://harbour.example/en', article: articleText() }, tab(5));
    expect(res.annotation.entities.map((e) => e.name)).toContain('Allard Castelein');
    expect(loaded).toEqual(['ner.bin']);
  });

  it('refuses a site the user switched off, and a sender that is not a tab', async () => {
    settings = { ...settings, disabledSites: ['harbour.example'] };
    await expect(service.annotate({ url: 'https://news.harbour.example/a', article: articleText() }, tab(1))).rejects.toThrow(/switched off/);
    settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    await expect(service.annotate({ url: 'https://harbour.example/a', article: articleText() }, popup)).rejects.toThrow(/content script/);
  });
});

describe('history', () => {
  const second = () => articleText(
    'Castelein to step down\n\nAllard Castelein will leave the Port of Rotterdam Authority next year, the port said on Friday. "It has been an honour," Allard Castelein said.',
    'Castelein to step down',
  );

  it('reads an article\'s earlier mentions once until the history changes', async () => {
    const reads = vi.spyOn(ArticleHistory.prototype, 'earlierMentions');
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await service.tabState({ tabId: 1 }, popup);
    await service.written();
    await service.tabState({ tabId: 1 }, popup);
    expect(reads).toHaveBeenCalledTimes(1);
    await service.annotate({ url: 'https://harbour.example/b', article: second() }, tab(2));
    await service.written();
    const state = await service.tabState({ tabId: 1 }, popup);
    expect(reads).toHaveBeenCalledTimes(3);
    // What the popup shows for the first article follows the history: the second one mentions Castelein too.
    expect(state.status === 'done' && Object.values(state.history).flat().map((s) => s.url)).toContain('https://harbour.example/b');
  });

  it('tells a later article which earlier ones mentioned the same entity', async () => {
    const first = await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    expect(first.history).toEqual({});
    await service.written();
    const later = await service.annotate({ url: 'https://harbour.example/b', article: second() }, tab(2));
    await service.written();
    const castelein = later.annotation.entities.find((e) => e.name === 'Allard Castelein')!;
    expect(later.history[castelein.id]).toEqual([expect.objectContaining({ url: 'https://harbour.example/a', title: 'Port authority halts expansion after court ruling' })]);
    // The popup's view of the tab agrees, and a revisit of the first article sees the second.
    const state = await service.tabState({ tabId: 2 }, popup);
    expect(state.status === 'done' && state.history[castelein.id]).toHaveLength(1);
    const revisit = await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    expect(Object.values(revisit.history).flat().map((s) => s.url)).toContain('https://harbour.example/b');
  });

  it('neither records nor shows history when it is turned off', async () => {
    settings = { ...settings, historyEnabled: false };
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await service.written();
    const later = await service.annotate({ url: 'https://harbour.example/b', article: second() }, tab(2));
    await service.written();
    expect(later.history).toEqual({});
    expect((await service.cacheStats({}, popup)).articles).toBe(0);
  });

  it('keeps the popup\'s view of a finished tab for a reopened popup, and drops it with the history or the cache', async () => {
    const res = await service.annotate({ url: 'https://harbour.example/a#comments', article: articleText() }, tab(1));
    await service.written();
    const card = buildCard(res.annotation, { url: 'https://harbour.example/a#comments', cached: false, history: {}, visibleTypes: settings.visibleTypes, showQuotes: settings.showQuotes });
    expect(session.data['view:1']).toEqual({ card, settings });
    expect(pointed).toEqual([1]);
    service.historyChanged();
    await vi.waitFor(() => expect('view:1' in session.data).toBe(false));
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await service.written();
    expect(session.data['view:1']).toMatchObject({ card: { cached: true } });
    await service.clearCache({}, popup);
    expect('view:1' in session.data).toBe(false);
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(2));
    await service.written();
    await service.forgetTab(2);
    expect('view:2' in session.data).toBe(false);
  });

  it('clearHistory wipes history and cache; clearCache keeps history', async () => {
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await service.clearCache({}, popup);
    expect(await service.cacheStats({}, popup)).toMatchObject({ entries: 0, articles: 1 });
    expect(await service.tabState({ tabId: 1 }, popup)).toEqual({ status: 'idle' });
    await service.clearHistory({}, popup);
    expect(await service.cacheStats({}, popup)).toMatchObject({ entries: 0, articles: 0 });
    await expect(service.clearHistory({}, tab(1))).rejects.toThrow(/extension's own pages/);
  });
});

describe('tab states', () => {
  it('keeps what a content script reports, and is idle for unknown tabs', async () => {
    expect(await service.tabState({ tabId: 9 }, popup)).toEqual({ status: 'idle' });
    await service.report({ url: 'https://harbour.example/', state: { status: 'not-article', reason: 'This is a section front.' } }, tab(9));
    expect(await service.tabState({ tabId: 9 }, popup)).toEqual({ status: 'not-article', reason: 'This is a section front.' });
    await expect(service.tabState({ tabId: 9 }, tab(9))).rejects.toThrow(/extension's own pages/);
  });

  it('applies a lowered cache limit at once', async () => {
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await service.written();
    await service.applyLimits({ ...settings, cacheLimitMb: 0 });
    expect((await service.cacheStats({}, popup)).entries).toBe(0);
  });
});

describe('answering quickly', () => {
  it('starts loading the model when a popup finds nothing yet or prepares a tab, before any article arrives', async () => {
    let loads = 0;
    const counting = makeService({ model: async () => (loads++, model) });
    await counting.tabState({ tabId: 5 }, popup);
    expect(loads).toBe(1);
    await counting.prepareTab({ tabId: 3 }, popup);
    expect(loads).toBe(2);
  });

  it('loads the model when a content script expects an article, without a warm-up read that would hold the article up', async () => {
    let loads = 0;
    const warm = makeService({ model: async () => (loads++, model) });
    await expect(warm.expectArticle({}, popup)).rejects.toThrow(/content script/);
    await warm.expectArticle({}, tab(1));
    expect(loads).toBe(1);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(model.calls).toBe(0);
  });

  it('has a fresh worker read a warm-up article once, piece by piece, when a popup prepares a tab', async () => {
    const warm = makeService();
    await warm.prepareTab({ tabId: 3 }, popup);
    await warm.prepareTab({ tabId: 3 }, popup);
    await vi.waitFor(() => expect(model.calls).toBe(WARM_UP_PIECES.length));
    // The reader's article is then read as usual, and no second warm-up follows.
    await warm.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await warm.tabState({ tabId: 9 }, popup);
    await new Promise((ok) => setTimeout(ok, 10));
    expect(model.calls).toBe(WARM_UP_PIECES.length + 1);
  });

  it('stops the warm-up read when the reader\'s article is asked for, so the article waits for one piece at most', async () => {
    const warm = makeService();
    await warm.prepareTab({ tabId: 3 }, popup);
    const reading = warm.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    await reading;
    await new Promise((ok) => setTimeout(ok, 20));
    expect(model.calls).toBeLessThanOrEqual(2);
    expect(WARM_UP_PIECES.length).toBeGreaterThan(2);
  });

  it('answers a waiting popup as soon as the page it asked for has an answer, and at once when there is one', async () => {
    const waiting = service.awaitTabState({ tabId: 1 }, popup);
    const report = service.awaitTabState({ tabId: 2 }, popup);
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    const state = await waiting;
    expect(state.status === 'done' && state.annotation.entities.length).toBeGreaterThan(0);
    await service.report({ url: 'https://harbour.example/', state: { status: 'not-article', reason: 'A section front.' } }, tab(2));
    expect(await report).toEqual({ status: 'not-article', reason: 'A section front.' });
    expect((await service.awaitTabState({ tabId: 1 }, popup)).status).toBe('done');
    await expect(service.awaitTabState({ tabId: 1 }, tab(1))).rejects.toThrow(/extension's own pages/);
  });

  it('answers the waiting popup and the page before writing the cache and the history', async () => {
    let finishWrite: (ok: boolean) => void = () => undefined;
    const put = vi.spyOn(AnnotationCache.prototype, 'put').mockReturnValue(new Promise((ok) => (finishWrite = ok)));
    const record = vi.spyOn(ArticleHistory.prototype, 'record');
    const waiting = service.awaitTabState({ tabId: 1 }, popup);
    const reply = service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    expect((await waiting).status).toBe('done');
    expect((await reply).annotation.entities.length).toBeGreaterThan(0);
    expect(put).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(put).toHaveBeenCalledTimes(1));
    expect(record).toHaveBeenCalledTimes(1);
    let written = false;
    void service.written().then(() => (written = true));
    await new Promise((ok) => setTimeout(ok, 20));
    expect(written).toBe(false);
    finishWrite(true);
    await service.written();
  });

  it('writes after the replies once the thread is idle, where the background shares it with the popup (Firefox)', async () => {
    const scope = globalThis as { requestIdleCallback?: (cb: () => void) => number };
    const idle: (() => void)[] = [];
    // As in a browser: called on anything but the window, it throws.
    scope.requestIdleCallback = function (this: unknown, cb: () => void) {
      if (this !== globalThis) throw new TypeError('Illegal invocation');
      return idle.push(cb);
    };
    try {
      const put = vi.spyOn(AnnotationCache.prototype, 'put');
      await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
      await new Promise((ok) => setTimeout(ok, 20));
      expect(put).not.toHaveBeenCalled();
      await vi.waitFor(() => expect(idle).toHaveLength(1));
      idle[0]();
      await service.written();
      expect(put).toHaveBeenCalledTimes(1);
    } finally {
      delete scope.requestIdleCallback;
    }
  });

  it('reads the article while the tab\'s "annotating" state is still being written, and writes the final state after it', async () => {
    const written: string[] = [];
    let finishMarking: () => void = () => undefined;
    const set = TabStates.prototype.set;
    vi.spyOn(TabStates.prototype, 'set').mockImplementation(function (this: TabStates, id, state) {
      const write = state.status === 'annotating' ? new Promise<void>((ok) => (finishMarking = ok)) : set.call(this, id, state);
      return write.then(() => void written.push(state.status));
    });
    const waiting = service.awaitTabState({ tabId: 1 }, popup);
    const reply = service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    expect((await waiting).status).toBe('done');
    finishMarking();
    await reply;
    await service.written();
    expect(written).toEqual(['annotating', 'done']);
  });

  it('skips looking for the script in a tab that, on demand, has shown nothing since its page loaded', async () => {
    const looked: boolean[] = [];
    const watching = makeService({ ensureInTab: async (_id, likelyAbsent) => (looked.push(likelyAbsent), { status: 'ready', injected: true }) });
    settings = { ...settings, mode: 'on-demand' };
    await watching.prepareTab({ tabId: 1 }, popup);
    await watching.report({ url: 'https://harbour.example/', state: { status: 'not-article', reason: 'A section front.' } }, tab(1));
    await watching.prepareTab({ tabId: 1 }, popup);
    settings = { ...settings, mode: 'automatic' };
    await watching.prepareTab({ tabId: 2 }, popup);
    expect(looked).toEqual([true, false, false]);
  });

  it('gives a reopened popup the annotation from memory while the worker lives, even when the database fails', async () => {
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    vi.spyOn(AnnotationCache.prototype, 'get').mockRejectedValue(new Error('database gone'));
    const state = await service.tabState({ tabId: 1 }, popup);
    expect(state.status).toBe('done');
    // A new worker has only the database: failing, it asks for the page to be read again.
    service = makeService();
    expect(await service.tabState({ tabId: 1 }, popup)).toEqual({ status: 'idle' });
  });
});

describe('a popup opening', () => {
  it('gets the tab\'s state and the settings in one answer', async () => {
    settings = { ...settings, showQuotes: false };
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    const opened = await service.popupOpen({ tabId: 1, url: 'https://harbour.example/a' }, popup);
    expect(opened.state.status).toBe('done');
    expect(opened.settings.showQuotes).toBe(false);
    await expect(service.popupOpen({ tabId: 1, url: null }, tab(1))).rejects.toThrow(/extension's own pages/);
  });

  it('starts putting the script into a tab with nothing known, and the popup\'s prepareTab takes that over', async () => {
    const placed: number[] = [];
    const early = makeService({ ensureInTab: async (id) => (placed.push(id), { status: 'ready', injected: true }) });
    expect((await early.popupOpen({ tabId: 3, url: 'https://harbour.example/a' }, popup)).state).toEqual({ status: 'idle' });
    expect(placed).toEqual([3]);
    expect(await early.prepareTab({ tabId: 3 }, popup)).toEqual({ status: 'ready', injected: true });
    expect(placed).toEqual([3]);
    // Taken once: a later prepareTab (the reader's Try again) looks again.
    await early.prepareTab({ tabId: 3 }, popup);
    expect(placed).toEqual([3, 3]);
  });

  it.each([
    ['a page with an answer', 'https://harbour.example/a', true],
    ['a browser page', 'chrome://extensions/', false],
    ['a site switched off', 'https://news.harbour.example/a', false],
  ])('puts nothing into %s', async (_what, url, annotated) => {
    const placed: number[] = [];
    const early = makeService({ ensureInTab: async (id) => (placed.push(id), { status: 'ready', injected: true }) });
    if (annotated) await early.annotate({ url, article: articleText() }, tab(3));
    else settings = { ...settings, disabledSites: ['harbour.example'] };
    await early.popupOpen({ tabId: 3, url }, popup);
    expect(placed).toEqual([]);
  });

  it('does not hand an early placement to a popup after the tab navigated', async () => {
    const placed: number[] = [];
    const early = makeService({ ensureInTab: async (id) => (placed.push(id), { status: 'ready', injected: true }) });
    await early.popupOpen({ tabId: 3, url: null }, popup);
    await early.forgetTab(3);
    await early.prepareTab({ tabId: 3 }, popup);
    expect(placed).toEqual([3, 3]);
  });

  it('answers a reopened popup from memory without reading storage', async () => {
    await service.annotate({ url: 'https://harbour.example/a', article: articleText() }, tab(1));
    const reads = vi.spyOn(session, 'get');
    expect((await service.popupOpen({ tabId: 1, url: 'https://harbour.example/a' }, popup)).state.status).toBe('done');
    expect(reads).not.toHaveBeenCalled();
  });
});

describe('tab access', () => {
  it('lets only the extension\'s own pages put the content script into a tab, and passes on why it cannot', async () => {
    expect(await service.prepareTab({ tabId: 3 }, popup)).toEqual({ status: 'ready', injected: true });
    expect(await service.prepareTab({ tabId: 4 }, popup)).toEqual({ status: 'no-access', reason: 'not allowed' });
    // A page's content script must not be able to spread Lede into other tabs.
    await expect(service.prepareTab({ tabId: 3 }, tab(1))).rejects.toThrow(/extension's own pages/);
  });
});
