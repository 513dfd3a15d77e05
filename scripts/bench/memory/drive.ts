// Drives the bench build for the memory benchmark: fills a session's reading memory straight into its IndexedDB
// (as the store would have written it), times the entity page from navigation to the dossier drawn, and times the
// popup and the background's answer on pages read with that memory behind them.
import type { Page } from 'puppeteer-core';
import type { FixtureServer, Session } from '../../../test/e2e/harness';
import { BENCH_PREFIX, type StageRecord } from '../../../src/shared/timing';
import type { SyntheticMemory } from './synthetic';

const TIMEOUT_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An extension page of the session: where the database is reached and stage records are read. */
export class MemoryControl {
  private constructor(private readonly page: Page) {}

  static async open(session: Session): Promise<MemoryControl> {
    return new MemoryControl(await session.openExtensionPage('options/options.html', '#memory-usage'));
  }

  async records(): Promise<Record<string, StageRecord>> {
    return this.page.evaluate(async (prefix) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const stored = (await api.storage.local.get(null)) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(stored).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
    }, BENCH_PREFIX) as Promise<Record<string, StageRecord>>;
  }

  async clearRecords(): Promise<void> {
    await this.page.evaluate(async (prefix) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.remove(Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith(prefix)));
    }, BENCH_PREFIX);
  }

  /** Waits for a stage record that has `stage`, and returns its marks. */
  async marks(key: string, stage: string): Promise<Record<string, number> | null> {
    const deadline = Date.now() + TIMEOUT_MS;
    while (Date.now() < deadline) {
      const r = (await this.records())[key];
      if (r?.marks[stage] !== undefined) return r.marks;
      await sleep(50);
    }
    return null;
  }

  async articles(): Promise<number> {
    return this.page.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.runtime.sendMessage({ type: 'memoryStats', payload: {} })).value.articles as number;
    });
  }

  /** Writes the memory into the extension's database (which the background has opened at its current version). */
  async fill(memory: SyntheticMemory, chunk = 250): Promise<void> {
    // The background opens (and upgrades) the database on its first memory request.
    await this.articles();
    const write = (stores: Record<string, unknown[]>, bytes: number | null) => this.page.evaluate(async (all, total) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('lede');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const names = [...Object.keys(all), 'meta'];
      const tx = db.transaction(names, 'readwrite');
      for (const [store, records] of Object.entries(all)) for (const r of records) tx.objectStore(store).put(r);
      if (total !== null) tx.objectStore('meta').put({ key: 'bytes', value: total });
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, stores, bytes);
    for (let i = 0; i < memory.identities.length; i += chunk * 4) await write({ identities: memory.identities.slice(i, i + chunk * 4) }, null);
    for (let i = 0; i < memory.articles.length; i += chunk) await write({ articles: memory.articles.slice(i, i + chunk) }, null);
    await write({}, memory.articles.reduce((sum, a) => sum + (a.bytes ?? 0), 0));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

export interface PageTimes {
  /** Navigation to the dossier drawn. */
  shown: number[];
  /** The page's own part: its script starting to the dossier drawn (the rest is the browser loading the page). */
  own: number[];
}

/** Times `times` openings of the entity page for `key`. */
export async function entityPageTimes(session: Session, control: MemoryControl, key: string, times: number): Promise<PageTimes> {
  const out: PageTimes = { shown: [], own: [] };
  for (let i = 0; i < times; i++) {
    await control.clearRecords();
    const page = await session.openExtensionPage(`entity/entity.html?key=${encodeURIComponent(key)}`, '.dossier', { width: 1000, height: 900 });
    const marks = await control.marks('entity', 'shown');
    await page.close();
    if (marks) {
      out.shown.push(marks.shown);
      out.own.push(marks.shown - marks.script);
    }
  }
  return out;
}

export interface ReadTimes {
  /** Background: the article's request to its reply, which includes remembering it. */
  annotate: number[];
  /** Popup opened on the read page: navigation to the card drawn. */
  popup: number[];
}

/** Reads each page (automatic mode), then opens the popup on it; the stage times of both. */
export async function readTimes(session: Session, control: MemoryControl, server: FixtureServer, paths: string[]): Promise<ReadTimes> {
  const out: ReadTimes = { annotate: [], popup: [] };
  for (const path of paths) {
    await control.clearRecords();
    const url = server.url(path);
    const page = await session.openPage(url);
    const deadline = Date.now() + TIMEOUT_MS;
    let annotate: StageRecord | undefined;
    while (Date.now() < deadline && !annotate?.marks.replied) {
      annotate = Object.entries(await control.records()).find(([k]) => k.startsWith('background:http'))?.[1];
      await sleep(50);
    }
    if (annotate?.marks.replied !== undefined) {
      out.annotate.push(annotate.marks.replied - (annotate.marks.request ?? 0));
      const popup = await session.openPopupFor(page);
      const card = await control.marks('popup', 'card');
      if (card) out.popup.push(card.card);
      await popup.close();
    }
    await page.close();
  }
  return out;
}
