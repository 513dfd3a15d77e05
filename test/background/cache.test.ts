import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnotationCache, type CacheLimits } from '../../src/background/cache';
import { cacheKey, canonicalUrl, contentHash } from '../../src/background/cache-key';
import { Database, DatabaseUnavailable, DB_NAME, DB_VERSION } from '../../src/background/db';
import { PIPELINE_VERSION } from '../../src/core/version';
import type { ArticleText } from '../../src/core/types';
import { fixtureAnnotation, FIXTURE_TEXT } from './annotation-fixture';

const roomy: CacheLimits = { maxEntries: 100, maxBytes: 10_000_000 };
let clock = 1_000;
const now = () => ++clock;
let db: Database;
let cache: AnnotationCache;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  db = new Database({ blockedTimeoutMs: 200 });
  cache = new AnnotationCache(db, now);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

function article(text = FIXTURE_TEXT): ArticleText {
  const a = fixtureAnnotation().article!;
  const { text: _t, ...meta } = a;
  return { text, meta, blocks: [{ start: 0, end: text.length }] };
}

describe('cache keys', () => {
  it('drops fragments and tracking parameters, keeps the ones that select content, in a stable order', () => {
    expect(canonicalUrl('https://News.Example/a/story?utm_source=x&page=2&fbclid=1&id=9#comments'))
      .toBe('https://news.example/a/story?id=9&page=2');
    expect(canonicalUrl('https://news.example/a?b=1&a=2')).toBe(canonicalUrl('https://news.example/a?a=2&b=1'));
  });

  it('trusts a declared canonical URL only on the same site', () => {
    expect(canonicalUrl('https://www.news.example/amp/story', 'https://news.example/story')).toBe('https://news.example/story');
    expect(canonicalUrl('https://evil.example/copy', 'https://news.example/story')).toBe('https://evil.example/copy');
    expect(canonicalUrl('https://news.example/story', 'javascript:alert(1)')).toBe('https://news.example/story');
    expect(canonicalUrl('https://news.example/story', '/story?utm_medium=rss')).toBe('https://news.example/story');
  });

  it('hashes the content: any edit of text or metadata changes the key, the same content does not', async () => {
    const base = await contentHash(article());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash(article())).toBe(base);
    expect(await contentHash(article(FIXTURE_TEXT.replace('Tuesday', 'Wednesday')))).not.toBe(base);
    const retitled = article();
    retitled.meta = { ...retitled.meta, title: 'Corrected headline' };
    expect(await contentHash(retitled)).not.toBe(base);
    expect(cacheKey('https://a.example/', base)).not.toBe(cacheKey('https://a.example/', base, 'older-version'));
  });

  it('hashes empty and huge texts', async () => {
    expect(await contentHash(article(''))).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash(article('word '.repeat(1_000_000)))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('AnnotationCache', () => {
  it('returns what was stored, and nothing for an unknown key', async () => {
    const annotation = fixtureAnnotation();
    expect(await cache.put('k1', 'https://a.example/1', annotation, roomy)).toBe(true);
    expect(await cache.get('k1')).toEqual(annotation);
    expect(await cache.get('k2')).toBeNull();
  });

  it('keeps one record per page: re-annotating an edited article replaces the old one', async () => {
    await cache.put('old', 'https://a.example/1', fixtureAnnotation(), roomy);
    await cache.put('new', 'https://a.example/1', fixtureAnnotation(), roomy);
    expect(await cache.get('old')).toBeNull();
    expect((await cache.stats()).entries).toBe(1);
  });

  it('never serves an annotation from another pipeline version, and drops such records on eviction', async () => {
    await cache.put('stale', 'https://a.example/1', fixtureAnnotation({ version: 'ancient' }), roomy);
    expect(await cache.get('stale')).toBeNull();
    await cache.put('stale2', 'https://a.example/2', fixtureAnnotation({ version: 'ancient' }), roomy);
    await cache.put('fresh', 'https://a.example/3', fixtureAnnotation(), roomy);
    expect((await cache.stats()).entries).toBe(1);
  });

  it('evicts the least recently used entries beyond the entry limit', async () => {
    const limits = { maxEntries: 3, maxBytes: 10_000_000 };
    for (const n of [1, 2, 3]) await cache.put(`k${n}`, `https://a.example/${n}`, fixtureAnnotation(), limits);
    await cache.get('k1'); // k2 is now the least recently used
    await cache.put('k4', 'https://a.example/4', fixtureAnnotation(), limits);
    expect(await cache.get('k2')).toBeNull();
    for (const k of ['k1', 'k3', 'k4']) expect(await cache.get(k)).not.toBeNull();
  });

  it('evicts by bytes and refuses a single record larger than the whole budget', async () => {
    const size = JSON.stringify(fixtureAnnotation()).length;
    const limits = { maxEntries: 100, maxBytes: size * 2 + 10 };
    for (const n of [1, 2, 3]) await cache.put(`k${n}`, `https://a.example/${n}`, fixtureAnnotation(), limits);
    expect(await cache.stats()).toEqual({ entries: 2, bytes: size * 2 });
    expect(await cache.get('k1')).toBeNull();
    expect(await cache.put('big', 'https://a.example/big', fixtureAnnotation(), { maxEntries: 100, maxBytes: size - 1 })).toBe(false);
  });

  it('treats a damaged record as a miss and removes it', async () => {
    await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy);
    const raw = await rawDb();
    await new Promise<void>((ok, fail) => {
      const tx = raw.transaction('annotations', 'readwrite');
      tx.objectStore('annotations').put({ key: 'k1', annotation: { version: PIPELINE_VERSION, entities: 'garbage' } });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    raw.close();
    expect(await cache.get('k1')).toBeNull();
    expect((await cache.stats()).entries).toBe(0);
  });

  it('knows a miss from its list of keys, without a transaction, and keeps the list with puts and clears', async () => {
    await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy);
    const restarted = new AnnotationCache(new Database(), now);
    restarted.prepare();
    expect(await restarted.get('k1')).toEqual(fixtureAnnotation());
    const transactions = vi.spyOn(IDBDatabase.prototype, 'transaction');
    expect(await restarted.get('k2')).toBeNull();
    expect(transactions).not.toHaveBeenCalled();
    await restarted.put('k2', 'https://a.example/2', fixtureAnnotation(), roomy);
    expect(await restarted.get('k2')).toEqual(fixtureAnnotation());
    await restarted.clear();
    transactions.mockClear();
    expect(await restarted.get('k1')).toBeNull();
    expect(transactions).not.toHaveBeenCalled();
  });

  it('survives a new connection (a restarted worker) with its data intact', async () => {
    await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy);
    db.close();
    const restarted = new AnnotationCache(new Database(), now);
    expect(await restarted.get('k1')).toEqual(fixtureAnnotation());
  });
});

describe('database recovery', () => {
  it('rebuilds a database left at a newer schema version (a downgrade)', async () => {
    await makeRawDb(DB_VERSION + 5, (raw) => raw.createObjectStore('somethingElse'));
    await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy);
    expect(await cache.get('k1')).not.toBeNull();
  });

  it('rebuilds a database whose stores are missing (a damaged schema)', async () => {
    await makeRawDb(DB_VERSION, (raw) => raw.createObjectStore('entries', { keyPath: 'key' }));
    expect(await cache.get('k1')).toBeNull();
    expect(await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy)).toBe(true);
    expect(await cache.get('k1')).not.toBeNull();
  });

  it('rebuilds and retries once when an operation fails on a damaged database', async () => {
    await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy);
    const original = IDBObjectStore.prototype.get;
    let failures = 1;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      if (failures-- > 0) throw new DOMException('Corruption detected', 'UnknownError');
      return original.call(this, key);
    });
    expect(await cache.get('k1')).toBeNull();
    expect(await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy)).toBe(true);
  });

  it('gives up with a clear error when another connection blocks the upgrade', async () => {
    const old = await makeRawDb(DB_VERSION + 5, () => undefined, false);
    old.onversionchange = null; // an old worker that never lets go
    await expect(cache.get('k1')).rejects.toBeInstanceOf(DatabaseUnavailable);
    old.close();
  });

  it('reports a browser without IndexedDB instead of crashing', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      await expect(cache.get('k1')).rejects.toThrow(/IndexedDB is not available/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('quota errors', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('frees half the cache and stores the new annotation', async () => {
    const size = JSON.stringify(fixtureAnnotation()).length;
    const limits = { maxEntries: 100, maxBytes: size * 4 + 10 };
    for (const n of [1, 2, 3, 4]) await cache.put(`k${n}`, `https://a.example/${n}`, fixtureAnnotation(), limits);
    failPuts(1, quota);
    expect(await cache.put('k5', 'https://a.example/5', fixtureAnnotation(), limits)).toBe(true);
    expect(await cache.get('k5')).not.toBeNull();
    expect(await cache.get('k1')).toBeNull();
    expect((await cache.stats()).entries).toBeLessThanOrEqual(2);
  });

  it('does not cache, and does not throw, when the disk stays full', async () => {
    failPuts(Infinity, quota);
    expect(await cache.put('k1', 'https://a.example/1', fixtureAnnotation(), roomy)).toBe(false);
    vi.restoreAllMocks();
    expect(await cache.get('k1')).toBeNull();
  });
});

function failPuts(times: number, error: () => DOMException) {
  const original = IDBObjectStore.prototype.put;
  let left = times;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
    if (this.name === 'annotations' && left-- > 0) throw error();
    return original.call(this, value, key);
  });
}

function rawDb(): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

function makeRawDb(version: number, upgrade: (db: IDBDatabase) => void, close = true): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => {
      if (close) req.result.close();
      ok(req.result);
    };
    req.onerror = () => fail(req.error);
  });
}
