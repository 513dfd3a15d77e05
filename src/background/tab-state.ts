// Per-tab state, kept in storage.session so a stopped and restarted worker still knows what each tab shows, and
// mirrored in memory: the whole area is read once per worker, then every write goes to both, so a live worker
// answers a popup without reading storage (a few ms in Chromium, 10-30 ms in Firefox, per read). A finished
// annotation is stored by its cache key; it is stored inline only when the cache could not take it. One instance
// per worker: the mirror is only right if every write goes through it.
import type { Annotation } from '../core/types';
import type { TabState } from '../shared/protocol';

export type StoredTabState =
  | Exclude<TabState, { status: 'done' }>
  | { status: 'done'; url: string; key: string; cached: boolean; annotation?: Annotation };

export interface SessionArea {
  /** `null`: everything in the area. */
  get(key: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'tab:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;
const IDLE: StoredTabState = Object.freeze({ status: 'idle' });

export class TabStates {
  /** Each tab's state as this worker knows it; null once forgotten. */
  private readonly known = new Map<number, StoredTabState | null>();
  /** The area's states read into `known`, once per worker (a state written or forgotten meanwhile is newer and stays). */
  private mirrored: Promise<void> | null = null;

  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<StoredTabState> {
    if (!this.known.has(tabId)) await this.mirror();
    return this.known.get(tabId) ?? IDLE;
  }

  private mirror(): Promise<void> {
    this.mirrored ??= this.area.get(null).then((all) => {
      for (const [key, value] of Object.entries(all)) {
        const tabId = Number(key.slice(PREFIX.length));
        if (key.startsWith(PREFIX) && Number.isInteger(tabId) && !this.known.has(tabId) && isStoredTabState(value)) this.known.set(tabId, value);
      }
    }, (err: unknown) => {
      // Read again next time.
      this.mirrored = null;
      throw err;
    });
    return this.mirrored;
  }

  async set(tabId: number, state: StoredTabState): Promise<void> {
    this.known.set(tabId, state);
    try {
      await this.area.set({ [keyOf(tabId)]: state });
    } catch (err) {
      // Session storage is small: an inline annotation may not fit. Keep a state the popup can act on.
      if (state.status !== 'done' || !state.annotation) throw err;
      await this.area.set({ [keyOf(tabId)]: { status: 'error', reason: 'This article is too large to keep for the popup: reload the page to see it again.' } });
    }
  }

  async forget(tabId: number): Promise<void> {
    this.known.set(tabId, null);
    await this.area.remove(keyOf(tabId));
  }
}

function isStoredTabState(value: unknown): value is StoredTabState {
  const status = (value as { status?: unknown } | null)?.status;
  return typeof status === 'string' && ['idle', 'annotating', 'done', 'not-article', 'no-access', 'error'].includes(status);
}
