// Stage times for `npm run bench`: each document (popup, page, background) notes when the steps a reader waits
// for happen, on its own clock, and leaves them in extension storage where the benchmark reads them. Only the
// bench build (`scripts/build.ts --bench`) records anything: in every other build BENCH is the constant false,
// the minifier drops the calls, and readers' pages carry no trace of it.
// The build replaces `globalThis.__LEDE_BENCH__` with a constant, so the minifier folds BENCH and drops what it
// guards; elsewhere (tests, Node) the property is simply absent.
export const BENCH = (globalThis as { __LEDE_BENCH__?: boolean }).__LEDE_BENCH__ === true;

/** Storage keys the benchmark reads; one record per document and page. */
export const BENCH_PREFIX = 'lede-bench:';

export interface StageRecord {
  /** The document's time origin (ms since the epoch), so records of different documents can be compared. */
  origin: number;
  /** Stage name → ms since `origin`. */
  marks: Record<string, number>;
}

interface StorageApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
}

export class StageClock {
  private marks: Record<string, number> = {};

  /** `key` names the record: the document and, where one document serves many pages, the page. */
  constructor(private readonly key: string) {}

  mark(stage: string): void {
    if (BENCH) this.marks[stage] = performance.now();
  }

  /** Starts a new record (a new run in the same document). */
  reset(): void {
    if (BENCH) this.marks = {};
  }

  /** Writes the record so far; later calls overwrite it with more stages. */
  publish(): void {
    if (!BENCH) return;
    const record: StageRecord = { origin: performance.timeOrigin, marks: { ...this.marks } };
    // The bare extension API (promise-based in both browsers for storage): the wrapper would make this module,
    // and the benchmark script that reads BENCH_PREFIX, load only inside an extension.
    const api = (globalThis as { browser?: StorageApi; chrome?: StorageApi }).browser ?? (globalThis as { chrome?: StorageApi }).chrome;
    void api?.storage.local.set({ [BENCH_PREFIX + this.key]: record }).catch(() => undefined);
  }
}
