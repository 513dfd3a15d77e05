// The reading memory's part of the database: entities across articles (`identities`, found by any of their
// keys, their last words and their words) and its bookkeeping (`meta`: the bytes it holds and its size limit).
// Version 2 added them; a database of version 1 keeps its cache and history, whose articles become memory.
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { parseKey } from '../core/memory/names';
import { siteOf, stampsOf } from '../core/memory/record';
import { newIdentity, type MemoryIdentity } from '../core/memory/registry';
import type { LedeDB, LedeSchema } from './db';

export type MemoryMeta = { key: 'bytes'; value: number } | { key: 'limitBytes'; value: number };

type Upgrade = IDBPTransaction<LedeSchema, ('entries' | 'annotations' | 'articles' | 'identities' | 'meta')[], 'versionchange'>;

export function createMemoryStores(db: LedeDB, articles: IDBPObjectStore<LedeSchema, ArrayLike<StoreNames<LedeSchema>>, 'articles', 'versionchange'>): void {
  articles.createIndex('site', 'site');
  articles.createIndex('stamp', 'stamps', { multiEntry: true });
  const identities = db.createObjectStore('identities', { keyPath: 'id' });
  identities.createIndex('key', 'keys', { multiEntry: true, unique: true });
  identities.createIndex('tail', 'tails', { multiEntry: true });
  identities.createIndex('word', 'words', { multiEntry: true });
  identities.createIndex('lastSeen', 'lastSeen');
  db.createObjectStore('meta', { keyPath: 'key' });
}

const FIRST_RELEASE = ['entries', 'annotations', 'articles'];

/**
 * Upgrades a database written by the first release (version 1) in place: each remembered article gets its site
 * and size, and each entity key it kept becomes an entity (the first release kept keys only, so two names of one
 * entity in one article, like "US" and "United States", stay two entities until an article links them again).
 * False when `oldVersion` is not one this can upgrade.
 */
export function migrateHistory(db: LedeDB, oldVersion: number, tx: Upgrade): boolean {
  if (oldVersion !== 1 || !FIRST_RELEASE.every((s) => db.objectStoreNames.contains(s as 'articles'))) return false;
  createMemoryStores(db, tx.objectStore('articles'));
  void (async () => {
    const identities = new Map<string, MemoryIdentity>();
    let bytes = 0;
    for (let cursor = await tx.objectStore('articles').openCursor(); cursor; cursor = await cursor.continue()) {
      const article = { ...cursor.value, site: siteOf(cursor.value.url), stamps: stampsOf(cursor.value.entities, cursor.value.seenAt) };
      article.bytes = JSON.stringify(article).length;
      bytes += article.bytes;
      await cursor.update(article);
      for (const key of article.entities) {
        const known = identities.get(key);
        if (known) known.lastSeen = Math.max(known.lastSeen, article.seenAt);
        else if (parseKey(key).words.length) identities.set(key, newIdentity([key], '', parseKey(key).type, article.seenAt));
      }
    }
    for (const identity of identities.values()) await tx.objectStore('identities').put(identity);
    await tx.objectStore('meta').put({ key: 'bytes', value: bytes });
  })();
  return true;
}
