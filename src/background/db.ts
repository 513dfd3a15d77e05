// The background's IndexedDB database: annotation cache and reading history. Opening it heals what can go wrong
// with a database that lives for years on a user's disk: a schema from another version, missing stores, a
// connection from an older worker that blocks the upgrade, or errors from a damaged file. What cannot be healed
// is reported, and the caller carries on without a cache (settings live in extension storage, never here).
import { deleteDB, openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Annotation } from '../core/types';
import type { RememberedArticle } from '../core/memory/record';
import type { MemoryIdentity } from '../core/memory/registry';
import { createMemoryStores, migrateHistory, type MemoryMeta } from './memory-schema';

/** Bookkeeping for one cached annotation; kept apart from the annotation so eviction never reads the big records. */
export interface CacheEntry {
  key: string;
  url: string;
  version: string;
  bytes: number;
  lastUsed: number;
}

export interface CachedAnnotation {
  key: string;
  annotation: Annotation;
}

/** An article in the reading history: what memory keeps of it (src/core/memory/record.ts). */
export type HistoryArticle = RememberedArticle;

export interface LedeSchema extends DBSchema {
  entries: { key: string; value: CacheEntry; indexes: { lastUsed: number; url: string } };
  annotations: { key: string; value: CachedAnnotation };
  articles: { key: string; value: HistoryArticle; indexes: { entity: string; seenAt: number; site: string; stamp: string } };
  identities: { key: string; value: MemoryIdentity; indexes: { key: string; tail: string; word: string; lastSeen: number } };
  meta: { key: string; value: MemoryMeta };
}

export type LedeDB = IDBPDatabase<LedeSchema>;

export const DB_NAME = 'lede';
/** 2: reading memory (entities across articles, their roles and quotes), migrated from version 1's history. */
export const DB_VERSION = 2;
const STORES = ['entries', 'annotations', 'articles', 'identities', 'meta'] as const;

export class DatabaseUnavailable extends Error {
  override name = 'DatabaseUnavailable';
}

export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'UnknownError' && /quota|space/i.test(String((err as Error).message)));
}

function createSchema(db: LedeDB): void {
  for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
  const entries = db.createObjectStore('entries', { keyPath: 'key' });
  entries.createIndex('lastUsed', 'lastUsed');
  entries.createIndex('url', 'url');
  db.createObjectStore('annotations', { keyPath: 'key' });
  const articles = db.createObjectStore('articles', { keyPath: 'url' });
  articles.createIndex('entity', 'entities', { multiEntry: true });
  articles.createIndex('seenAt', 'seenAt');
  createMemoryStores(db, articles);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new DatabaseUnavailable(message)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

export interface DatabaseOptions {
  name?: string;
  /** How long to wait for another connection to let go before giving up on an upgrade or a delete. */
  blockedTimeoutMs?: number;
}

/**
 * One lazily opened connection per worker lifetime. `run` retries an operation once on a freshly rebuilt
 * database when it fails for any reason but a full disk, which callers handle themselves.
 */
export class Database {
  private opening: Promise<LedeDB> | null = null;
  private readonly name: string;
  private readonly blockedTimeoutMs: number;

  constructor(options: DatabaseOptions = {}) {
    this.name = options.name ?? DB_NAME;
    this.blockedTimeoutMs = options.blockedTimeoutMs ?? 3000;
  }

  async run<T>(work: (db: LedeDB) => Promise<T>): Promise<T> {
    try {
      return await work(await this.connection());
    } catch (err) {
      if (isQuotaError(err) || err instanceof DatabaseUnavailable) throw err;
      console.warn('Lede: database error, rebuilding the cache', err);
      await this.rebuild();
      return work(await this.connection());
    }
  }

  /** Drops the database and starts empty. */
  async rebuild(): Promise<void> {
    const current = this.opening;
    this.opening = null;
    if (current) await current.then((db) => db.close(), () => undefined);
    await this.drop();
  }

  private async drop(): Promise<void> {
    try {
      await withTimeout(deleteDB(this.name), this.blockedTimeoutMs, 'The cache database is held open by another page of the extension.');
    } catch (err) {
      throw err instanceof DatabaseUnavailable ? err : new DatabaseUnavailable(`Could not reset the cache database: ${String(err)}`);
    }
  }

  close(): void {
    const current = this.opening;
    this.opening = null;
    void current?.then((db) => db.close(), () => undefined);
  }

  private connection(): Promise<LedeDB> {
    this.opening ??= this.open().catch((err) => {
      this.opening = null;
      throw err;
    });
    return this.opening;
  }

  private async open(): Promise<LedeDB> {
    try {
      return await this.openOnce();
    } catch (err) {
      if (err instanceof DatabaseUnavailable) throw err;
      // A newer schema left by a downgrade, a damaged file or missing stores: start over.
      console.warn('Lede: cache database could not be opened, recreating it', err);
      await this.drop();
      try {
        return await this.openOnce();
      } catch (again) {
        throw again instanceof DatabaseUnavailable ? again : new DatabaseUnavailable(`The cache database cannot be opened: ${String(again)}`);
      }
    }
  }

  private async openOnce(): Promise<LedeDB> {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new DatabaseUnavailable('IndexedDB is not available here.');
    const db = await withTimeout(
      openDB<LedeSchema>(this.name, DB_VERSION, {
        // The first release's history becomes memory; anything else starts over.
        upgrade: (database, oldVersion, _newVersion, tx) => {
          if (!migrateHistory(database, oldVersion, tx)) createSchema(database);
        },
        // Another context wants to upgrade or delete: let it, and reopen on next use.
        blocking: () => this.close(),
        terminated: () => { this.opening = null; },
      }),
      this.blockedTimeoutMs,
      'The cache database is held open by an older version of the extension.',
    );
    const missing = STORES.filter((s) => !db.objectStoreNames.contains(s));
    if (missing.length) {
      db.close();
      throw new Error(`cache database is missing stores: ${missing.join(', ')}`);
    }
    return db;
  }
}

type StoreName = (typeof STORES)[number];

/**
 * Runs `work` in one transaction and waits for it to commit. A failed request aborts the transaction and
 * rejects with the request's own error (say, QuotaExceededError), never as a stray unhandled rejection.
 */
export async function transact<S extends StoreName, T>(
  db: LedeDB,
  stores: S[],
  work: (tx: IDBPTransaction<LedeSchema, S[], 'readwrite'>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const out = await work(tx);
    await done;
    return out;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failed request.
    }
    throw err;
  }
}
