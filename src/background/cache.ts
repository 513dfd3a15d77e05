// The annotation cache: IndexedDB records bounded by count and bytes, least recently used evicted first.
// Annotations of another pipeline version are dropped on sight: they are never the right answer.
import type { Annotation } from '../core/types';
import { PIPELINE_VERSION } from '../core/version';
import type { IDBPTransaction } from 'idb';
import { isQuotaError, transact, type CacheEntry, type Database, type LedeDB, type LedeSchema } from './db';

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
}

export const MAX_ENTRIES = 1000;

export interface CacheStats {
  entries: number;
  bytes: number;
}

/** The cached form of an annotation is checked before use: a record is only trusted if it looks like one. */
function looksLikeAnnotation(value: unknown): value is Annotation {
  const a = value as Annotation | null;
  return typeof a === 'object' && a !== null && typeof a.version === 'string' && Array.isArray(a.entities)
    && Array.isArray(a.quotes) && Array.isArray(a.summary) && (a.article === null || typeof a.article?.text === 'string');
}

export class AnnotationCache {
  /**
   * The keys the cache holds, read once per worker, so a miss (every article read for the first time) is known
   * without a database transaction (7 ms in Firefox, 3 in Chromium, on the card's path). It may list keys the
   * database no longer has (those are looked up as before) but never lacks one this worker stored; a key it lacks
   * that the database has would only cost a recomputation, never a wrong answer.
   */
  private keys: Promise<Set<string> | null> | null = null;

  constructor(private readonly db: Database, private readonly now: () => number = Date.now) {}

  /** Starts reading the keys (and opening the database) ahead of the first lookup: an article is on its way. */
  prepare(): void {
    void this.known();
  }

  private known(): Promise<Set<string> | null> {
    this.keys ??= this.db.run((db) => db.getAllKeys('entries')).then((keys) => new Set(keys), () => {
      // Unreadable now: every lookup goes to the database (which reports the problem), and the next one tries again.
      this.keys = null;
      return null;
    });
    return this.keys;
  }

  /** The cached annotation for `key`, marking it recently used; null on a miss or an unusable record. */
  async get(key: string): Promise<Annotation | null> {
    const keys = await this.known();
    if (keys && !keys.has(key)) return null;
    return this.db.run((db) => transact(db, ['entries', 'annotations'], async (tx) => {
      // One request at a time: a request that fails must not leave others rejecting unobserved.
      const entry = await tx.objectStore('entries').get(key);
      const record = await tx.objectStore('annotations').get(key);
      const usable = entry && entry.version === PIPELINE_VERSION && looksLikeAnnotation(record?.annotation)
        && record.annotation.version === PIPELINE_VERSION;
      if (!usable) {
        if (entry || record) await deleteIn(tx, key);
        return null;
      }
      await tx.objectStore('entries').put({ ...entry, lastUsed: this.now() });
      return record!.annotation;
    }));
  }

  /**
   * Stores an annotation, replacing older versions of the same page, then evicts down to `limits`. When the disk
   * is full it frees half the cache and tries once more; if that fails too the annotation is simply not cached.
   * Returns whether it was stored.
   */
  async put(key: string, url: string, annotation: Annotation, limits: CacheLimits): Promise<boolean> {
    const bytes = JSON.stringify(annotation).length;
    if (bytes > limits.maxBytes) return false;
    const entry: CacheEntry = { key, url, version: annotation.version, bytes, lastUsed: this.now() };
    const write = () => this.db.run((db) => transact(db, ['entries', 'annotations'], async (tx) => {
      const entries = tx.objectStore('entries');
      const annotations = tx.objectStore('annotations');
      // An edited article or a new pipeline makes the page's earlier records useless.
      for (const old of await entries.index('url').getAllKeys(url)) {
        if (old !== key) await deleteIn(tx, old);
      }
      await entries.put(entry);
      await annotations.put({ key, annotation });
    }));
    // Listed before the write: a lookup that comes before the record is written reads a miss there, as without the list.
    (await this.known())?.add(key);
    try {
      await write();
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      await this.evict({ maxEntries: limits.maxEntries, maxBytes: Math.floor(limits.maxBytes / 2) }, bytes);
      try {
        await write();
      } catch (again) {
        if (isQuotaError(again)) return false;
        throw again;
      }
    }
    await this.evict(limits, 0);
    return true;
  }

  /** Deletes stale-version records, then least recently used ones until the cache fits with `room` bytes to spare. */
  async evict(limits: CacheLimits, room: number): Promise<void> {
    await this.db.run(async (db) => {
      const all = await db.getAllFromIndex('entries', 'lastUsed');
      const doomed: string[] = [];
      let count = 0;
      let bytes = 0;
      for (const e of all) {
        if (e.version !== PIPELINE_VERSION) doomed.push(e.key);
        else {
          count += 1;
          bytes += e.bytes;
        }
      }
      for (const e of all) {
        if (count <= limits.maxEntries && bytes + room <= limits.maxBytes) break;
        if (e.version !== PIPELINE_VERSION) continue;
        doomed.push(e.key);
        count -= 1;
        bytes -= e.bytes;
      }
      if (doomed.length) await removeKeys(db, doomed);
    });
  }

  async stats(): Promise<CacheStats> {
    return this.db.run(async (db) => {
      const all = await db.getAll('entries');
      return { entries: all.length, bytes: all.reduce((sum, e) => sum + e.bytes, 0) };
    });
  }

  async clear(): Promise<void> {
    this.keys = Promise.resolve(new Set());
    await this.db.run((db) => transact(db, ['entries', 'annotations'], async (tx) => {
      await tx.objectStore('entries').clear();
      await tx.objectStore('annotations').clear();
    }));
  }
}

function removeKeys(db: LedeDB, keys: string[]): Promise<void> {
  return transact(db, ['entries', 'annotations'], async (tx) => {
    for (const key of keys) await deleteIn(tx, key);
  });
}

async function deleteIn(tx: IDBPTransaction<LedeSchema, ('entries' | 'annotations')[], 'readwrite'>, key: string): Promise<void> {
  await tx.objectStore('entries').delete(key);
  await tx.objectStore('annotations').delete(key);
}
