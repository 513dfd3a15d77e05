// How many annotations were computed and how many came from the cache: what makes "instant on revisit"
// observable in the options page and in tests. Kept in storage.local, so a restarted worker keeps counting.
export interface CounterArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface Counts {
  computed: number;
  fromCache: number;
}

export const COUNTERS_KEY = 'cacheCounters';

export class Counters {
  // Updates are chained so concurrent requests in one worker do not overwrite each other's increments.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: CounterArea) {}

  /** The counts with every increment asked for so far included (increments are not awaited by the requests counting). */
  async read(): Promise<Counts> {
    await this.queue;
    return this.stored();
  }

  private async stored(): Promise<Counts> {
    const value = (await this.area.get(COUNTERS_KEY))[COUNTERS_KEY] as Partial<Counts> | undefined;
    const n = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
    return { computed: n(value?.computed), fromCache: n(value?.fromCache) };
  }

  count(which: keyof Counts): Promise<void> {
    const next = this.queue.then(async () => {
      const counts = await this.stored();
      counts[which] += 1;
      await this.area.set({ [COUNTERS_KEY]: counts });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
