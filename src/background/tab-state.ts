// Per-tab state, kept in storage.session so a stopped and restarted worker still knows what each tab shows, and
// in memory (written through) so a live worker answers a reopened popup without reading storage (a few ms in
// Chromium, 10-30 ms in Firefox). Tabs this worker has not written are read from storage each time, so a state
// written there by anyone else is seen. A finished annotation is stored by its cache key; it is stored inline only
// when the cache could not take it. One instance per worker: the copy in memory is only right if every write
// goes through it.
import type { Annotation } from '../core/types';
import type { TabState } from '../shared/protocol';

export type StoredTabState =
  | Exclude<TabState, { status: 'done' }>
  | { status: 'done'; url: string; key: string; cached: boolean; annotation?: Annotation };

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export class TabStates {
  /** What this worker wrote: the newest state of each tab it has seen change (reads never fill it, so they cannot race a write). */
  private readonly known = new Map<number, StoredTabState>();

  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<StoredTabState> {
    const known = this.known.get(tabId);
    if (known) return known;
    const value = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    return isStoredTabState(value) ? value : { status: 'idle' };
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
    this.known.delete(tabId);
    await this.area.remove(keyOf(tabId));
  }
}

function isStoredTabState(value: unknown): value is StoredTabState {
  const status = (value as { status?: unknown } | null)?.status;
  return typeof status === 'string' && ['idle', 'annotating', 'done', 'not-article', 'no-access', 'error'].includes(status);
}
