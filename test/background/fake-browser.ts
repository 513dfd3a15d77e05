// An in-memory stand-in for the parts of the WebExtension API that the background, popup, options and settings
// use, so their logic runs under vitest. Mock `src/shared/browser` with `createFakeBrowser()`.
type Listener = (...args: any[]) => unknown;

class FakeEvent {
  readonly listeners = new Set<Listener>();
  addListener(l: Listener) { this.listeners.add(l); }
  removeListener(l: Listener) { this.listeners.delete(l); }
  hasListener(l: Listener) { return this.listeners.has(l); }
  emit(...args: unknown[]): unknown[] { return [...this.listeners].map((l) => l(...args)); }
}

export class FakeStorageArea {
  data: Record<string, unknown> = {};
  /** When set, `set` rejects with this error (quota exceeded, sync disabled). */
  failWrites: Error | null = null;
  constructor(private readonly name: string, private readonly changed: FakeEvent) {}
  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    const changes: Record<string, { oldValue?: unknown; newValue: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data[k], newValue: structuredClone(v) };
      this.data[k] = structuredClone(v);
    }
    this.changed.emit(changes, this.name);
  }
  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (!(k in this.data)) continue;
      changes[k] = { oldValue: this.data[k] };
      delete this.data[k];
    }
    if (Object.keys(changes).length) this.changed.emit(changes, this.name);
  }
  async clear(): Promise<void> { this.data = {}; }
}

export interface SentMessage { tabId?: number; message: unknown }

export function createFakeBrowser() {
  const changed = new FakeEvent();
  const onMessage = new FakeEvent();
  const sentToTabs: SentMessage[] = [];
  const fake = {
    storage: {
      onChanged: changed,
      sync: new FakeStorageArea('sync', changed) as FakeStorageArea | undefined,
      local: new FakeStorageArea('local', changed),
      session: new FakeStorageArea('session', changed),
    },
    runtime: {
      id: 'lede-test-id',
      getURL: (path: string) => `chrome-extension://lede-test-id/${path.replace(/^\//, '')}`,
      onMessage,
      onInstalled: new FakeEvent(),
      onStartup: new FakeEvent(),
      openOptionsPage: async () => undefined,
      /** Replies as the background would, by calling the registered listeners. */
      sendMessage: async (message: unknown) => {
        const sender = { id: 'lede-test-id', url: 'chrome-extension://lede-test-id/popup/popup.html' };
        for (const reply of onMessage.emit(message, sender)) if (reply !== undefined) return reply;
        return undefined;
      },
    },
    tabs: {
      onRemoved: new FakeEvent(),
      onUpdated: new FakeEvent(),
      query: async (_q: unknown) => [{ id: 7, url: 'https://news.example/story', active: true }],
      get: async (id: number) => ({ id, url: 'https://news.example/story' }),
      /** Answers with `tabReplies[type]` (a value or a function of the payload) or fails like a tab without Lede. */
      sendMessage: async (tabId: number, message: { type: string; payload: unknown }) => {
        sentToTabs.push({ tabId, message });
        const reply = fake.tabReplies[message.type];
        if (reply === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, value: typeof reply === 'function' ? (reply as Listener)(message.payload) : reply };
      },
    },
    commands: { onCommand: new FakeEvent() },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabReplies: {} as Record<string, unknown>,
    sentToTabs,
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
