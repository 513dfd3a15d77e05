// The one message protocol between content script, background worker and popup.
// Each request type maps to its response; `send` and the handlers are typed from these maps,
// and every receiver validates the shape with `isRequest` before trusting it.
import type { ExtractResult } from '../article/extract';
import type { Annotation, ArticleText, EntityType } from '../core/types';
import type { Dossier } from '../core/memory/dossier';
import type { Settings } from './settings';
import type { SummaryCard } from './summary-card';

/** An earlier article (from the local history) that mentioned an entity. */
export interface SeenIn {
  url: string;
  title: string | null;
  siteName: string | null;
  published: string | null;
  seenAt: number;
}

/** Cache and history sizes, and how many annotations were computed or served from the cache. */
export interface CacheReport {
  entries: number;
  bytes: number;
  articles: number;
  computed: number;
  fromCache: number;
}

/** An entity in the reading memory, as a search lists it. */
export interface MemoryMatch {
  key: string;
  name: string;
  type: EntityType;
  lastSeen: number;
  articles: number;
}

/** The reading memory's size limit, in megabytes: what the options page offers and the background accepts. */
export const MEMORY_LIMIT_MB = Object.freeze({ min: 1, max: 500, default: 50 });

/** How much the reading memory holds, and its limit. */
export interface MemoryStats {
  articles: number;
  entities: number;
  bytes: number;
  limitBytes: number;
}

/** What the background knows about one tab, as the popup shows it. */
export type TabState =
  | { status: 'idle' }
  | { status: 'annotating'; progress?: number }
  | { status: 'done'; annotation: Annotation; cached: boolean; history: Record<string, SeenIn[]> }
  | { status: 'not-article'; reason: string }
  | { status: 'no-access'; reason: string }
  | { status: 'error'; reason: string };

/**
 * Where, in storage.session, the background keeps a finished tab's card for the popup: a reopened popup draws it
 * from there at once (one storage read, against a round trip to the background of 5-30 ms in Firefox), then takes
 * the background's answer.
 */
export const TAB_VIEW_PREFIX = 'view:';
export const tabViewKey = (tabId: number) => `${TAB_VIEW_PREFIX}${tabId}`;

/**
 * What is kept under `tabViewKey`: the card as the popup draws it and the settings it was chosen with, not the
 * annotation it came from (a tenth of the size or less: reading the whole annotation back took 10-25 ms).
 * `card.url` is the page's address when it was read: a popup draws the view only for a tab still there.
 */
export interface KeptView {
  card: SummaryCard;
  /** What the article goes without (the annotation's `notice`). */
  notice?: string;
  settings: Settings;
}

/** Whether Lede's content script is in a tab (`injected`: put there just now), or why it cannot be. */
export type TabAccess =
  | { status: 'ready'; injected: boolean }
  | { status: 'no-access'; reason: string };

/** Requests that the content script and the popup send to the background worker. */
export interface BackgroundProtocol {
  /** Content script: annotate this extracted article (from cache when unchanged). */
  annotate: {
    req: { url: string; article: ArticleText };
    res: { annotation: Annotation; cached: boolean; history: Record<string, SeenIn[]> };
  };
  /** Content script: this page is not something we annotate, and why. */
  report: { req: { url: string; state: TabState }; res: { ok: true } };
  /** Popup: what is known about this tab. */
  tabState: { req: { tabId: number }; res: TabState };
  /**
   * Popup, as it opens: what is known about this tab and the settings to draw it with (`url`: the tab's, when the
   * browser tells). With nothing known, the background puts the content script into the tab at once and the popup's
   * prepareTab takes that over: the page starts reading while the popup is still starting.
   */
  popupOpen: { req: { tabId: number; url: string | null }; res: { state: TabState; settings: Settings } };
  /** Popup or options: forget the cache and the cross-article history. */
  clearHistory: { req: Record<string, never>; res: { ok: true } };
  /** Options: forget cached annotations only (history stays). */
  clearCache: { req: Record<string, never>; res: { ok: true } };
  /** Options: how much is cached and remembered, and how often the cache answered. */
  cacheStats: { req: Record<string, never>; res: CacheReport };
  /** Popup: put the content script into this tab if it is not there (the toolbar click granted `activeTab`). */
  prepareTab: { req: { tabId: number }; res: TabAccess };
  /** Popup: the tab's state once the page it asked to read has an answer (or after a few seconds, as it is). */
  awaitTabState: { req: { tabId: number }; res: TabState };
  /** Content script: an article is about to be sent (it is being extracted): have the model ready for it. */
  expectArticle: { req: Record<string, never>; res: { ok: true } };
  /** Welcome page: annotate the bundled sample article (outside the cache, history and tab states). */
  annotateSample: { req: { article: ArticleText }; res: { annotation: Annotation } };
  /** Content script (hover card): open the entity page for the entity known by this key (`entityKey`). */
  openEntity: { req: { key: string }; res: { ok: true } };
  /** Entity page: the dossier of the entity known by this key, or null when memory has none. */
  memoryEntity: { req: { key: string }; res: { dossier: Dossier | null } };
  /** Entity page: entities whose names start with these words (the most recent without any). */
  memorySearch: { req: { query: string }; res: { matches: MemoryMatch[] } };
  /** Entity page: forget this entity everywhere in memory. */
  memoryForget: { req: { key: string }; res: { forgotten: boolean } };
  /** Entity page: undo one merge of this entity; the key of the entity split off. */
  memoryUnmerge: { req: { key: string; merge: number }; res: { key: string | null } };
  /** Options: forget every article from a site (a host name, `normaliseSite`) and its subdomains. */
  memoryForgetSite: { req: { site: string }; res: { articles: number } };
  /** Options: what memory holds, and its limit. */
  memoryStats: { req: Record<string, never>; res: MemoryStats };
  /** Options: set memory's size limit (megabytes); the limit in effect. */
  memorySetLimit: { req: { mb: number }; res: { mb: number } };
}

/**
 * Extraction off the page's thread: the content script sends its page's serialised HTML (`base`: the page's base
 * URL) and the background runs the extractor in a DOM of its own (Firefox's event page; in Chrome, whose worker has
 * no DOM, the offscreen document, reached through `extractInDocument`).
 */
export interface ExtractionProtocol {
  extractPage: { req: { url: string; base: string; html: string }; res: ExtractResult };
  extractInDocument: { req: { url: string; base: string; html: string }; res: ExtractResult };
}

/** Requests that the background and the popup send to a tab's content script. */
export interface ContentProtocol {
  /** Run (or re-run) annotation on the page now: the toolbar button in on-demand mode. */
  run: { req: Record<string, never>; res: { ok: boolean } };
  /** Turn highlights on or off; returns the new state. */
  toggle: { req: { on?: boolean }; res: { on: boolean } };
  /** Scroll the page to a quote (index into `Annotation.quotes`) or an entity's mention. */
  reveal: { req: { quote?: number; entityId?: string; mention?: number }; res: { ok: boolean } };
}

export type Message<P, K extends keyof P = keyof P> = K extends keyof P
  ? { type: K; payload: P[K] extends { req: infer Q } ? Q : never }
  : never;

export type Request<P, K extends keyof P> = P[K] extends { req: infer Q } ? Q : never;
export type Response<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;

/** Envelope for answers, so a handler's failure reaches the sender as a message, not a hang. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: string };

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** The host permission automatic mode asks for at run time (the manifest's `optional_host_permissions`). */
export const ARTICLE_ORIGINS: readonly string[] = Object.freeze(['http://*/*', 'https://*/*']);
