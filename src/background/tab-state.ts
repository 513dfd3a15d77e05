// Per-tab state, kept in storage.session so a stopped and restarted worker still knows what each tab shows, and
// mirrored in memory so a popup's question is answered without reading storage (a read costs a few ms in
// Chromium, 10-30 ms in Firefox, and it stood between the toolbar click and the content script's injection).
// The mirror is filled by one read of the whole area when the worker starts; what this worker writes goes to
// both; a state written by anyone else reaches the mirror through the storage change event. A finished annotation
// is stored by its cache key; it is stored inline only when the cache could not take it. One instance per
// worker: the copy in memory is only right if every write of this worker goes through it.
import type { Annotation } from '../core/types';
import { TAB_VIEW_PREFIX, tabViewKey, type KeptView, type TabState } from '../shared/protocol';

export type StoredTabState =
  | Exclude<TabState, { status: 'done' }>
  | { status: 'done'; url: string; key: string; cached: boolean; annotation?: Annotation };

export interface SessionArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Changes to the area by key, as `storage.onChanged` reports them (no `newValue`: removed). */
export type SessionChanges = Record<string, { newValue?: unknown }>;

const PREFIX = 'tab:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;
const IDLE: StoredTabState = Object.freeze({ status: 'idle' });

export class TabStates {
  /** What this worker wrote or forgot: the newest state of each tab it has seen change. */
  private readonly written = new Map<number, StoredTabState>();
  /** Tabs this worker has not written: as storage has them (the start-up read, then change events). */
  private readonly others = new Map<number, StoredTabState>();
  /** Tabs a change event told of while the start-up read ran: newer than what it returns. */
  private heard: Set<number> | null = new Set();
  private readonly loaded: Promise<void>;

  /** `watch` subscribes to changes of the area (`storage.onChanged` for it). */
  constructor(private readonly area: SessionArea, watch: (listener: (changes: SessionChanges) => void) => void) {
    // Subscribed before the read, so a state written while it runs is not missed.
    watch((changes) => {
      for (const [key, { newValue }] of Object.entries(changes)) {
        this.heard?.add(tabOf(key) ?? -1);
        this.learn(key, newValue);
      }
    });
    this.loaded = area.get(null).then((all) => {
      for (const [key, value] of Object.entries(all)) if (!this.heard?.has(tabOf(key) ?? -1)) this.learn(key, value);
    }, (err: unknown) => console.warn('Lede: could not read the tabs\' states', err)).finally(() => {
      this.heard = null;
    });
  }

  async get(tabId: number): Promise<StoredTabState> {
    const written = this.written.get(tabId);
    if (written) return written;
    await this.loaded;
    return this.written.get(tabId) ?? this.others.get(tabId) ?? IDLE;
  }

  async set(tabId: number, state: StoredTabState): Promise<void> {
    this.written.set(tabId, state);
    try {
      await this.area.set({ [keyOf(tabId)]: state });
    } catch (err) {
      // Session storage is small: an inline annotation may not fit. Keep a state the popup can act on.
      if (state.status !== 'done' || !state.annotation) throw err;
      await this.area.set({ [keyOf(tabId)]: { status: 'error', reason: 'This article is too large to keep for the popup: reload the page to see it again.' } });
    }
  }

  async forget(tabId: number): Promise<void> {
    this.written.set(tabId, IDLE);
    await this.area.remove([keyOf(tabId), tabViewKey(tabId)]);
  }

  /** Keeps the popup's view of a finished tab (see `tabViewKey`) while the tab still shows `shown`; says whether it did. */
  async keepView(tabId: number, shown: StoredTabState, view: KeptView): Promise<boolean> {
    if (await this.get(tabId) !== shown) return false;
    await this.area.set({ [tabViewKey(tabId)]: view });
    return true;
  }

  /** Forgets every kept view: after a wipe, or when the settings or the history they show changed. */
  async dropViews(): Promise<void> {
    const views = Object.keys(await this.area.get(null)).filter((key) => key.startsWith(TAB_VIEW_PREFIX));
    if (views.length) await this.area.remove(views);
  }

  /** A tab's state as storage reports it; this worker's own writes (echoed back by the change event) are ignored. */
  private learn(key: string, value: unknown): void {
    const tabId = tabOf(key);
    if (tabId === null || this.written.has(tabId)) return;
    if (isStoredTabState(value)) this.others.set(tabId, value);
    else this.others.delete(tabId);
  }
}

function tabOf(key: string): number | null {
  return key.startsWith(PREFIX) && /^\d+$/.test(key.slice(PREFIX.length)) ? Number(key.slice(PREFIX.length)) : null;
}

function isStoredTabState(value: unknown): value is StoredTabState {
  const status = (value as { status?: unknown } | null)?.status;
  return typeof status === 'string' && ['idle', 'annotating', 'done', 'not-article', 'no-access', 'error'].includes(status);
}
