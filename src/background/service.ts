// What the background does for each request: annotate (from the cache when the article is unchanged), remember
// tab states, answer the popup, and wipe caches on request. Browser APIs come in as dependencies, so the same
// code runs under tests.
import { annotate } from '../core/annotate';
import type { NerModel } from '../core/ner/model';
import type { Annotation, ArticleText } from '../core/types';
import type { BackgroundProtocol, CacheReport, KeptView, SeenIn, TabAccess, TabState } from '../shared/protocol';
import { nextTask } from '../shared/next-task';
import { isSiteDisabled, type Settings } from '../shared/settings';
import { StageClock } from '../shared/timing';
import { buildCard } from '../shared/summary-card';
import { TabAnswers } from './tab-answers';
import { WARM_UP_ARTICLE, WARM_UP_PIECES } from './warm-up';
import { MAX_ENTRIES, type AnnotationCache, type CacheLimits } from './cache';
import { cacheKey, canonicalUrl, contentHash } from './cache-key';
import type { Counters } from './counters';
import type { ArticleHistory } from './history';
import type { StoredTabState, TabStates } from './tab-state';

export interface Sender {
  tab?: { id?: number };
  url?: string;
}

export interface BackgroundDeps {
  cache: AnnotationCache;
  history: ArticleHistory;
  tabs: TabStates;
  counters: Counters;
  settings: () => Promise<Settings>;
  /** The entity model for the article's language, or null for a language without one (see model.ts). */
  model: (article: ArticleText) => Promise<NerModel | null>;
  /** The extension's own origin (`chrome-extension://<id>/`): its pages may ask for tab states and wipe data. */
  extensionOrigin: string;
  /** Puts the content script into a tab when it is not there (see access.ts). */
  ensureInTab(tabId: number, likelyAbsent: boolean): Promise<TabAccess>;
  /**
   * Makes the tab's toolbar button open the popup with the tab named in its address (`?tab=<id>`), until the tab
   * navigates (Chromium and Firefox then go back to the default popup by themselves; checked in both).
   */
  pointPopup(tabId: number): Promise<void>;
}

type Res<K extends keyof BackgroundProtocol> = BackgroundProtocol[K]['res'];
type Req<K extends keyof BackgroundProtocol> = BackgroundProtocol[K]['req'];

interface Computed {
  annotation: Annotation;
  cached: boolean;
  /**
   * Writes it to the cache, once however many requests share it, and says whether the cache holds it (false when
   * the database is unavailable or full).
   */
  store(): Promise<boolean>;
}

/**
 * Resolves once the replies have gone out and, where the background shares a thread with the popup (Firefox runs
 * every extension page, the background included, on one main thread), once that thread is idle: work after the
 * replies must not hold up the popup drawing its card (measured: the popup took the answer 9-36 ms after it was
 * given, against 2-20, and drew the card 13-96 ms after that, while the cache and history writes ran beside it).
 */
const afterReplies = () => new Promise<void>((ok) => {
  const scope = globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number };
  if (scope.requestIdleCallback) scope.requestIdleCallback(() => ok(), { timeout: 1000 });
  else setTimeout(ok, WITHOUT_IDLE_MS);
});

/**
 * Where there is no idle callback (Chrome's worker), the writes wait this long: the worker runs in the popup's
 * process, and the cache write (cloning the annotation into IndexedDB) ran while the popup laid out its card,
 * which it does within 10-40 ms of the answer.
 */
const WITHOUT_IDLE_MS = 60;

export function cacheLimits(settings: Settings): CacheLimits {
  return { maxEntries: MAX_ENTRIES, maxBytes: settings.cacheLimitMb * 1024 * 1024 };
}

/** The state a tab shows once its annotation is known. */
function finishedState(annotation: Annotation, url: string, key: string, cached: boolean, stored: boolean): StoredTabState {
  if (annotation.article) return { status: 'done', url, key, cached, ...(stored ? {} : { annotation }) };
  return { status: 'not-article', reason: annotation.reason ?? 'This page does not look like a news article.' };
}

/** Annotations a live worker keeps at hand, so reopening the popup does not wait for the database. */
const RECENT = 4;
/** How long a popup's awaitTabState waits for the page's answer before taking the tab's state as it is. */
const AWAIT_MS = 5000;
/** How long a placement started as a popup opened stands for that popup's prepareTab (it follows within a few ms). */
const EARLY_PLACEMENT_MS = 10_000;

export class BackgroundService {
  /** Requests for the same article already being worked on (twenty tabs of one story compute it once). */
  private readonly inFlight = new Map<string, Promise<Computed>>();
  /** The last few annotations by cache key, most recent last; gone with the worker, the database has them. */
  private readonly recent = new Map<string, Annotation>();
  /** Earlier articles per entity for annotations at hand, until the history changes. */
  private seen = new WeakMap<Annotation, Record<string, SeenIn[]>>();
  /** Whether this worker has run the language core once, or started to (see warmUp). */
  private primed = false;
  /** Articles asked for and not answered yet: a warm-up read gives way to them. */
  private asked = 0;
  private readonly answers = new TabAnswers();
  /** Content scripts being put into tabs as their popups opened, until the popup's prepareTab takes them over. */
  private readonly placements = new Map<number, { at: number; access: Promise<TabAccess> }>();
  /** What replies left to write (cache, history, stored tab states), until it is written. */
  private readonly writes = new Set<Promise<void>>();

  constructor(private readonly deps: BackgroundDeps) {}

  async annotate(request: Req<'annotate'>, sender: Sender): Promise<Res<'annotate'>> {
    this.asked++;
    try {
      return await this.annotateNow(request, sender);
    } finally {
      this.asked--;
    }
  }

  private async annotateNow({ url, article }: Req<'annotate'>, sender: Sender): Promise<Res<'annotate'>> {
    const clock = new StageClock(`background:${url}`);
    clock.mark('request');
    const tabId = this.contentTab(sender);
    // Nothing below waits for what it does not need: the hash is taken while the settings are read, and the
    // article is looked up while the tab's "annotating" state is written (the final state is written after it).
    const hashing = contentHash(article);
    hashing.catch(() => undefined);
    const settings = await this.deps.settings();
    if (isSiteDisabled(settings, url)) throw new Error('Lede is switched off for this site.');
    const pageUrl = canonicalUrl(url, article.meta.canonicalUrl);
    const key = cacheKey(pageUrl, await hashing);
    const marking = this.deps.tabs.set(tabId, { status: 'annotating' });
    marking.catch(() => undefined);
    let computed: Computed;
    try {
      computed = await this.lookupOrCompute(key, pageUrl, article, cacheLimits(settings), clock);
    } catch (err) {
      const reason = `Lede could not annotate this article: ${err instanceof Error ? err.message : String(err)}. Reload the page to try again.`;
      await marking;
      await this.deps.tabs.set(tabId, { status: 'error', reason });
      this.answers.answer(tabId, { status: 'error', reason });
      throw new Error(reason);
    }
    const { annotation, cached } = computed;
    // The count is for the options page: it never holds up the answer.
    this.deps.counters.count(cached ? 'fromCache' : 'computed').catch(() => undefined);
    const history = await this.historyFor(settings, pageUrl, annotation, true);
    // The tab's state is known from here (in memory at once); a popup waiting for it draws the card and the page
    // paints. Writing the cache, the history and the state's storage copy follow in a later task, so that none of
    // them, nor their synchronous part (serialising the annotation), holds up either reply (measured: the page's
    // reply came 20-60 ms after the popup's, waiting for the cache write).
    const finished = finishedState(annotation, pageUrl, key, cached, true);
    const writing = marking.then(() => this.deps.tabs.set(tabId, finished));
    if (finished.status === 'done') this.answers.answer(tabId, { status: 'done', annotation, cached, history });
    else this.answers.answer(tabId, finished);
    clock.mark('answered');
    // The popup's reply goes out a task before the page's: in Firefox both are serialised on the thread the popup
    // draws on (measured with the page's first: the popup took its answer 10-20 ms after it was given, against 2-5
    // when the page's reply came later).
    await nextTask();
    const kept = writing.then(afterReplies).then(() => this.keep(tabId, finished, { page: url, canonical: pageUrl }, computed, history, settings, clock)).catch((err: unknown) => {
      console.warn('Lede: could not keep this article\'s state', err);
    });
    this.writes.add(kept);
    void kept.finally(() => this.writes.delete(kept));
    clock.mark('replied');
    clock.publish();
    return { annotation, cached, history };
  }

  /**
   * After the replies: the article joins the history and the cache, and the popup's view of the tab is kept for a
   * reopened popup (a view too large for session storage is simply not kept), and the tab's toolbar button opens
   * the popup with the tab named, so a reopened popup reads that view without asking the browser which tab it is
   * for; a tab whose annotation the cache could not take keeps it in its own stored state. Nothing is kept for a tab
   * that moved on meanwhile. `urls`: the page's own address (the popup compares it with the tab's) and its canonical one.
   */
  private async keep(tabId: number, finished: StoredTabState, urls: { page: string; canonical: string }, computed: Computed, history: Record<string, SeenIn[]>, settings: Settings, clock: StageClock): Promise<void> {
    const { annotation, cached } = computed;
    this.recordHistory(settings, urls.canonical, annotation);
    const stored = await computed.store();
    clock.publish();
    if (finished.status !== 'done') return;
    const card = buildCard(annotation, { url: urls.page, cached, history: settings.historyEnabled ? history : {}, visibleTypes: settings.visibleTypes, showQuotes: settings.showQuotes });
    const view: KeptView = { card, settings, ...(annotation.notice ? { notice: annotation.notice } : {}) };
    if (await this.deps.tabs.keepView(tabId, finished, view).catch(() => false)) this.deps.pointPopup(tabId).catch(() => undefined);
    if (!stored && await this.deps.tabs.get(tabId) === finished) await this.deps.tabs.set(tabId, { ...finished, annotation });
  }

  async report({ state }: Req<'report'>, sender: Sender): Promise<Res<'report'>> {
    const tabId = this.contentTab(sender);
    await this.deps.tabs.set(tabId, state as StoredTabState);
    if (state.status !== 'idle' && state.status !== 'annotating') this.answers.answer(tabId, state);
    return { ok: true };
  }

  /**
   * The tab's state once it has an answer: at once when it has one, else when the page being read gets it (or,
   * after a few seconds without, as it is then).
   */
  async awaitTabState({ tabId }: Req<'awaitTabState'>, sender: Sender): Promise<TabState> {
    this.extensionPage(sender);
    // Waiting starts before the look, so an answer arriving in between is not missed.
    const waiting = this.answers.wait(tabId, AWAIT_MS);
    const now = await this.tabState({ tabId }, sender);
    if (now.status !== 'idle' && now.status !== 'annotating') {
      waiting.cancel();
      return now;
    }
    return (await waiting.answer) ?? this.tabState({ tabId }, sender);
  }

  async tabState({ tabId }: Req<'tabState'>, sender: Sender): Promise<TabState> {
    this.extensionPage(sender);
    // Read beside the tab's state: a reopened popup's card waits for both.
    return this.answerFor(tabId, this.deps.tabs.get(tabId), this.deps.settings());
  }

  async popupOpen({ tabId, url }: Req<'popupOpen'>, sender: Sender): Promise<Res<'popupOpen'>> {
    this.extensionPage(sender);
    const [stored, settings] = [this.deps.tabs.get(tabId), this.deps.settings()];
    const state = this.answerFor(tabId, stored, settings);
    state.catch(() => undefined);
    // Nothing known, on a page Lede may read: the popup is about to have it read. Browser pages and stores refuse
    // the script by themselves; a site switched off is left alone.
    if ((await stored).status === 'idle' && (url === null || /^https?:/i.test(url))) {
      if (url === null || !isSiteDisabled(await settings, url)) {
        const access = this.place(tabId, await stored, await settings);
        access.catch(() => undefined);
        this.placements.set(tabId, { at: Date.now(), access });
      }
    }
    return { state: await state, settings: await settings };
  }

  /** The popup's view of a tab from its stored state: a finished one with its annotation and earlier articles. */
  private async answerFor(tabId: number, storedState: Promise<StoredTabState>, settings: Promise<Settings>): Promise<TabState> {
    const clock = new StageClock(`background:tab:${tabId}`);
    clock.mark('request');
    settings.catch(() => undefined);
    const stored = await storedState;
    // A popup finding nothing is about to have the page read: the model loads while the page is reached.
    if (stored.status === 'idle') this.warmUp();
    if (stored.status !== 'done') return stored;
    const annotation = stored.annotation ?? this.recent.get(stored.key) ?? await this.deps.cache.get(stored.key).catch(() => null);
    clock.mark('looked-up');
    // Evicted or wiped since: the popup asks the page to run again.
    if (!annotation) return { status: 'idle' };
    const history = await this.historyFor(await settings, stored.url, annotation, false);
    clock.mark('replied');
    clock.publish();
    return { status: 'done', annotation, cached: stored.cached, history };
  }

  /** Resolves once what the replies so far left to write is written; a wipe waits for it, so no late write undoes it. */
  async written(): Promise<void> {
    await Promise.all(this.writes);
  }

  async clearHistory(_req: Req<'clearHistory'>, sender: Sender): Promise<Res<'clearHistory'>> {
    this.extensionPage(sender);
    await this.written();
    this.recent.clear();
    this.seen = new WeakMap();
    await Promise.all([this.deps.history.clear(), this.deps.cache.clear(), this.deps.tabs.dropViews()]);
    return { ok: true };
  }

  async clearCache(_req: Req<'clearCache'>, sender: Sender): Promise<Res<'clearCache'>> {
    this.extensionPage(sender);
    await this.written();
    this.recent.clear();
    await Promise.all([this.deps.cache.clear(), this.deps.tabs.dropViews()]);
    return { ok: true };
  }

  async cacheStats(_req: Req<'cacheStats'>, sender: Sender): Promise<CacheReport> {
    this.extensionPage(sender);
    // An article just read counts once its writes, which wait for the popup to draw, are done.
    await this.written();
    const [stats, articles, counts] = await Promise.all([
      this.deps.cache.stats().catch(() => ({ entries: 0, bytes: 0 })),
      this.deps.history.count().catch(() => 0),
      this.deps.counters.read(),
    ]);
    return { ...stats, articles, ...counts };
  }

  async prepareTab({ tabId }: Req<'prepareTab'>, sender: Sender): Promise<TabAccess> {
    this.extensionPage(sender);
    const early = this.placements.get(tabId);
    this.placements.delete(tabId);
    if (early && Date.now() - early.at < EARLY_PLACEMENT_MS) return early.access;
    const [state, settings] = await Promise.all([this.deps.tabs.get(tabId), this.deps.settings()]);
    return this.place(tabId, state, settings);
  }

  /** A tab's page navigated or closed: what was known or started for it no longer holds. */
  async forgetTab(tabId: number): Promise<void> {
    this.placements.delete(tabId);
    await this.deps.tabs.forget(tabId);
  }

  private place(tabId: number, state: StoredTabState, settings: Settings): Promise<TabAccess> {
    this.warmUp();
    // On demand, a tab with nothing to show since its page loaded has no copy of the script: no need to look.
    return this.deps.ensureInTab(tabId, state.status === 'idle' && settings.mode === 'on-demand');
  }

  async expectArticle(_req: Req<'expectArticle'>, sender: Sender): Promise<Res<'expectArticle'>> {
    this.contentTab(sender);
    // The article follows within one extraction: a warm-up read would hold it up (measured: +30 ms, cold automatic).
    this.warmUp(false);
    return { ok: true };
  }

  /**
   * Starts loading the model and the cache's list of keys without waiting for them (a failure is reported by the
   * request that needs it). With
   * `prime`, a fresh worker then reads a short invented article once, piece by piece, and stops as soon as a real
   * one is asked for: the engine compiles the language core on its first run, which made the first article of a
   * worker about three times slower. Only a popup primes: its page still has to be reached, and its article
   * extracted, first.
   */
  private warmUp(prime = true): void {
    this.deps.cache.prepare();
    this.deps.model(WARM_UP_ARTICLE).then(async (ner) => {
      if (!prime || this.primed) return;
      this.primed = true;
      for (const piece of WARM_UP_PIECES) {
        // A request that came in meanwhile runs first; its own article then warms the core up.
        await nextTask();
        if (this.asked) return;
        annotate(piece, { ner });
      }
    }).catch(() => undefined);
  }

  private remember(key: string, annotation: Annotation): void {
    this.recent.delete(key);
    this.recent.set(key, annotation);
    for (const old of this.recent.keys()) {
      if (this.recent.size <= RECENT) break;
      this.recent.delete(old);
    }
  }

  /**
   * The welcome page's demo: the same model and core as any page, but the sample is not the reader's reading, so
   * it stays out of the cache, the history, the counters and the tab states.
   */
  async annotateSample({ article }: Req<'annotateSample'>, sender: Sender): Promise<Res<'annotateSample'>> {
    this.extensionPage(sender);
    return { annotation: annotate(article, { ner: await this.deps.model(article) }) };
  }

  /** The history changed without an article being read (an entity or a site forgotten): recompute earlier articles. */
  historyChanged(): void {
    this.seen = new WeakMap();
    // The kept views list what was forgotten.
    this.deps.tabs.dropViews().catch(() => undefined);
  }

  /** Applies a lowered cache limit right away instead of at the next write. */
  async applyLimits(settings: Settings): Promise<void> {
    await this.deps.cache.evict(cacheLimits(settings), 0);
  }

  private lookupOrCompute(key: string, url: string, article: ArticleText, limits: CacheLimits, clock: StageClock): Promise<Computed> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.compute(key, url, article, limits, clock).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async compute(key: string, url: string, article: ArticleText, limits: CacheLimits, clock: StageClock): Promise<Computed> {
    const hit = this.recent.get(key) ?? await this.deps.cache.get(key).catch((err: unknown) => {
      console.warn('Lede: cache unavailable, annotating without it', err);
      return null;
    });
    clock.mark('looked-up');
    if (hit) {
      this.remember(key, hit);
      return { annotation: hit, cached: true, store: () => Promise.resolve(true) };
    }
    const ner = await this.deps.model(article);
    clock.mark('model-ready');
    const annotation = annotate(article, { ner });
    this.primed = true;
    clock.mark('annotated');
    this.remember(key, annotation);
    let stored: Promise<boolean> | null = null;
    const store = () => stored ??= this.deps.cache.put(key, url, annotation, limits).catch((err: unknown) => {
      console.warn('Lede: could not cache the annotation', err);
      return false;
    }).finally(() => clock.mark('stored'));
    return { annotation, cached: false, store };
  }

  /** Earlier articles per entity (read again when `fresh`). History errors never fail a request. */
  private async historyFor(settings: Settings, url: string, annotation: Annotation, fresh: boolean): Promise<Record<string, SeenIn[]>> {
    if (!settings.historyEnabled || !annotation.article) return {};
    try {
      const known = this.seen.get(annotation);
      if (known && !fresh) return known;
      const seen = await this.deps.history.earlierMentions(url, annotation.entities);
      this.seen.set(annotation, seen);
      return seen;
    } catch (err) {
      console.warn('Lede: reading history unavailable', err);
      return {};
    }
  }

  /**
   * Remembers the article (and who it is about); any later look at the history is queued after this write by the
   * database itself. Another article in the history changes what every other article has seen before; this
   * article's own list is the same with itself remembered (it never lists itself), so it is kept and the popup
   * opened on it does not read the history again.
   */
  private recordHistory(settings: Settings, url: string, annotation: Annotation): void {
    if (!settings.historyEnabled || !annotation.article) return;
    const keepOwn = () => {
      const own = this.seen.get(annotation);
      this.seen = new WeakMap();
      if (own) this.seen.set(annotation, own);
    };
    keepOwn();
    void this.deps.history.record(url, annotation).then(keepOwn, (err: unknown) => console.warn('Lede: could not remember this article', err));
  }

  private contentTab(sender: Sender): number {
    const id = sender.tab?.id;
    if (typeof id !== 'number' || id < 0) throw new Error('Only a content script in a tab may send this.');
    return id;
  }

  private extensionPage(sender: Sender): void {
    if (!sender.url?.startsWith(this.deps.extensionOrigin)) throw new Error('Only the extension\'s own pages may ask this.');
  }
}
