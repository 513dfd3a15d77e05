// The reading memory in IndexedDB: what was read (articles, with each entity's role and quotes) and who was read
// about (identities across articles). Bounded by a size the reader sets, oldest articles evicted first; an
// entity, a site or everything can be forgotten at once. Nothing here leaves the device: the dossier exports
// on the entity page are the only way out.
import type { IDBPIndex, IDBPTransaction, StoreNames } from 'idb';
import type { Annotation } from '../core/types';
import { buildDossier, companionCounts, topCompanionKeys, type Dossier, type ResolvedName } from '../core/memory/dossier';
import { corroborates, decide, surnameOnly, type Candidate } from '../core/memory/identity';
import { tailOf } from '../core/memory/names';
import { rememberArticle, stampRange, stampsOf, type RememberedArticle, type RememberedEntity } from '../core/memory/record';
import { absorb, newIdentity, split, withKeys, withoutKeys, type MemoryIdentity } from '../core/memory/registry';
import { matchesQuery, queryWords } from '../core/memory/search';
import { MEMORY_LIMIT_MB, type MemoryMatch, type MemoryStats } from '../shared/protocol';
import { transact, type Database, type LedeSchema } from './db';

type Stores = ('articles' | 'identities' | 'meta')[];
type Tx = IDBPTransaction<LedeSchema, Stores, 'readwrite'>;
const STORES: Stores = ['articles', 'identities', 'meta'];

/** How many earlier articles of a candidate are read to see whether they share names with a new one. */
const EVIDENCE_ARTICLES = 20;
const SEARCH_RESULTS = 30;
/**
 * How many of an entity's articles a dossier reads, the most recently read: a name in a third of everything read
 * (a country, a government) would otherwise load thousands of records for a page nobody reads to the end.
 */
export const DOSSIER_ARTICLES = 50;

/**
 * The `count` articles that mention `key` read most recently, newest first. Three requests whatever the count: a
 * key cursor steps back `count` places to the oldest wanted, and one getAll reads from there (a cursor walking
 * record by record costs a round trip per record, which a busy browser makes slow).
 */
export async function newest(stamps: IDBPIndex<LedeSchema, ArrayLike<StoreNames<LedeSchema>>, 'articles', 'stamp', 'readonly' | 'readwrite'>, key: string, count: number): Promise<RememberedArticle[]> {
  const [lower, upper] = stampRange(key);
  const all = IDBKeyRange.bound(lower, upper);
  const last = await stamps.openKeyCursor(all, 'prev');
  if (!last) return [];
  const oldest = count > 1 ? await last.advance(count - 1) : last;
  const found = await stamps.getAll(oldest ? IDBKeyRange.bound(oldest.key, upper) : all);
  return found.reverse().slice(0, count);
}

async function byKey(tx: Tx | IDBPTransaction<LedeSchema, Stores, 'readonly'>, key: string): Promise<MemoryIdentity | undefined> {
  const store = tx.objectStore('identities');
  return (await store.get(key)) ?? store.index('key').get(key);
}

async function putIdentity(tx: Tx, identity: MemoryIdentity, previousId: string): Promise<void> {
  if (identity.id !== previousId) await tx.objectStore('identities').delete(previousId);
  await tx.objectStore('identities').put(identity);
}

async function addBytes(tx: Tx, delta: number): Promise<number> {
  const meta = tx.objectStore('meta');
  const now = Math.max(0, ((await meta.get('bytes'))?.value ?? 0) + delta);
  await meta.put({ key: 'bytes', value: now });
  return now;
}

async function limitOf(tx: Tx | IDBPTransaction<LedeSchema, Stores, 'readonly'>): Promise<number> {
  return (await tx.objectStore('meta').get('limitBytes'))?.value ?? MEMORY_LIMIT_MB.default * 1024 * 1024;
}

/** Entities whose keys no article uses any more give those keys up; an entity left with none is gone. */
async function dropUnused(tx: Tx, keys: Iterable<string>): Promise<void> {
  const articles = tx.objectStore('articles').index('entity');
  const gone = new Map<string, Set<string>>();
  for (const key of new Set(keys)) {
    if (await articles.count(key)) continue;
    const identity = await tx.objectStore('identities').index('key').get(key);
    if (identity) gone.set(identity.id, (gone.get(identity.id) ?? new Set()).add(key));
  }
  for (const [id, unused] of gone) {
    const identity = await tx.objectStore('identities').get(id);
    if (!identity) continue;
    const left = withoutKeys(identity, unused);
    if (left) await putIdentity(tx, left, id);
    else await tx.objectStore('identities').delete(id);
  }
}

async function deleteArticles(tx: Tx, doomed: RememberedArticle[]): Promise<void> {
  for (const a of doomed) await tx.objectStore('articles').delete(a.url);
  await addBytes(tx, -doomed.reduce((sum, a) => sum + (a.bytes ?? 0), 0));
  await dropUnused(tx, doomed.flatMap((a) => a.entities));
}

/** Deletes the oldest articles until memory fits its limit (the article just read is never the one to go). */
async function evict(tx: Tx, bytes: number, keep: string | null): Promise<void> {
  const limit = await limitOf(tx);
  if (bytes <= limit) return;
  const doomed: RememberedArticle[] = [];
  for (let cursor = await tx.objectStore('articles').index('seenAt').openCursor(); cursor && bytes > limit; cursor = await cursor.continue()) {
    if (cursor.value.url === keep) continue;
    doomed.push(cursor.value);
    bytes -= cursor.value.bytes ?? 0;
  }
  await deleteArticles(tx, doomed);
}

/** Links one entity of a new article to the entities memory knows, merging or creating as identity says. */
async function resolve(tx: Tx, entity: RememberedEntity, article: RememberedArticle): Promise<void> {
  const identities = tx.objectStore('identities');
  const found = new Map<string, MemoryIdentity>();
  for (const tail of new Set(entity.keys.map(tailOf))) {
    for (const identity of await identities.index('tail').getAll(tail)) found.set(identity.id, identity);
  }
  const candidates: Candidate[] = [...found.values()].map(({ id, keys, apart }) => ({ id, keys, apart }));
  for (const c of surnameOnly(entity.keys, candidates)) {
    const earlier: RememberedArticle[] = [];
    for (const k of c.keys) earlier.push(...(await tx.objectStore('articles').index('entity').getAll(k, EVIDENCE_ARTICLES)));
    c.corroborated = corroborates(article.entities, earlier.filter((a) => a.url !== article.url), new Set([...c.keys, ...entity.keys]));
  }
  const decision = decide(entity.keys, candidates);
  const joined = new Set(decision?.ids ?? []);
  // A key another entity holds (one the reader split apart) stays with it.
  const held = new Set([...found.values()].filter((i) => !joined.has(i.id)).flatMap((i) => i.keys));
  const keys = entity.keys.filter((k) => !held.has(k));
  if (!decision) {
    if (keys.length) await identities.put(newIdentity(keys, entity.name, entity.type, article.seenAt));
    return;
  }
  const [keepId, ...others] = decision.ids;
  let keep = found.get(keepId)!;
  for (const id of others) {
    keep = absorb(keep, found.get(id)!, 'alias', article.seenAt);
    await identities.delete(id);
  }
  await identities.put(withKeys(keep, keys, entity.name, decision.reason, article.seenAt));
}

export class ReadingMemory {
  constructor(private readonly db: Database, private readonly now: () => number = Date.now) {}

  /** Remembers the article at `url` (replacing an earlier visit's record) and who it was about. */
  async remember(url: string, annotation: Annotation): Promise<void> {
    const record = rememberArticle(url, annotation, this.now());
    if (!record) return;
    await this.db.run((db) => transact(db, STORES, async (tx) => {
      const old = await tx.objectStore('articles').get(url);
      await tx.objectStore('articles').put(record);
      for (const entity of record.named ?? []) await resolve(tx, entity, record);
      const bytes = await addBytes(tx, (record.bytes ?? 0) - (old?.bytes ?? 0));
      if (old) await dropUnused(tx, old.entities.filter((k) => !record.entities.includes(k)));
      await evict(tx, bytes, url);
    }));
  }

  /** The dossier of the entity known by `key` (its id or any of its names' keys), or null when memory has none. */
  async dossier(key: string): Promise<Dossier | null> {
    return this.db.run(async (db) => {
      const tx = db.transaction(STORES, 'readonly');
      const identity = await byKey(tx, key);
      if (!identity) return null;
      // All reads at once: the transaction queues them without a round trip to this code between each.
      const articlesStore = tx.objectStore('articles');
      // One name: its articles are counted; several: listed, since one article may have used two of them.
      const counting = identity.keys.length === 1
        ? articlesStore.index('entity').count(identity.keys[0])
        : Promise.all(identity.keys.map((k) => articlesStore.index('entity').getAllKeys(k))).then((lists) => new Set(lists.flat()).size);
      const [total, newestLists] = await Promise.all([
        counting,
        Promise.all(identity.keys.map((k) => newest(articlesStore.index('stamp'), k, DOSSIER_ARTICLES))),
      ]);
      const byUrl = new Map(newestLists.flat().map((a) => [a.url, a]));
      const articles = [...byUrl.values()].sort((a, b) => b.seenAt - a.seenAt).slice(0, DOSSIER_ARTICLES);
      const companionKeys = topCompanionKeys(companionCounts(identity, articles));
      const others = await Promise.all(companionKeys.map((k) => tx.objectStore('identities').index('key').get(k)));
      const names = new Map<string, ResolvedName>();
      companionKeys.forEach((k, i) => {
        const other = others[i];
        if (other) names.set(k, { key: other.id, name: other.name, type: other.type });
      });
      await tx.done;
      return buildDossier(identity, articles, (k) => names.get(k) ?? null, total);
    });
  }

  /** Entities whose names start with the words of `query`, most recently read first; without words, the latest. */
  async search(query: string, limit = SEARCH_RESULTS): Promise<MemoryMatch[]> {
    const words = queryWords(query);
    return this.db.run(async (db) => {
      const tx = db.transaction(STORES, 'readonly');
      let found: MemoryIdentity[];
      if (words.length) {
        // The longest word narrows the index range most.
        const lead = words.reduce((a, b) => (b.length > a.length ? b : a));
        const hits = await tx.objectStore('identities').index('word').getAll(IDBKeyRange.bound(lead, `${lead}\uffff`));
        const unique = new Map(hits.filter((i) => matchesQuery(i.words, words)).map((i) => [i.id, i]));
        found = [...unique.values()].sort((a, b) => b.lastSeen - a.lastSeen).slice(0, limit);
      } else {
        found = [];
        for (let cursor = await tx.objectStore('identities').index('lastSeen').openCursor(null, 'prev'); cursor && found.length < limit; cursor = await cursor.continue()) found.push(cursor.value);
      }
      const index = tx.objectStore('articles').index('entity');
      const out: MemoryMatch[] = [];
      for (const i of found) {
        const urls = new Set<string>();
        for (const k of i.keys) for (const url of await index.getAllKeys(k)) urls.add(url);
        out.push({ key: i.id, name: i.name, type: i.type, lastSeen: i.lastSeen, articles: urls.size });
      }
      await tx.done;
      return out;
    });
  }

  /** Forgets an entity: its record, and its name, role and quotes in every article. False when memory has none. */
  async forgetEntity(key: string): Promise<boolean> {
    return this.db.run((db) => transact(db, STORES, async (tx) => {
      const identity = await byKey(tx, key);
      if (!identity) return false;
      const own = new Set(identity.keys);
      const articles = tx.objectStore('articles');
      let delta = 0;
      for (const k of identity.keys) {
        for (const a of await articles.index('entity').getAll(k)) {
          const entities = a.entities.filter((e) => !own.has(e));
          const next: RememberedArticle = { ...a, entities, stamps: stampsOf(entities, a.seenAt) };
          if (a.named) next.named = a.named.filter((e) => !e.keys.some((x) => own.has(x)));
          next.bytes = JSON.stringify({ ...next, bytes: 0 }).length;
          delta += next.bytes - (a.bytes ?? 0);
          await articles.put(next);
        }
      }
      await tx.objectStore('identities').delete(identity.id);
      await addBytes(tx, delta);
      return true;
    }));
  }

  /** Forgets every article from `site` or its subdomains; returns how many. */
  async forgetSite(site: string): Promise<number> {
    return this.db.run((db) => transact(db, STORES, async (tx) => {
      const urls: string[] = [];
      for (let cursor = await tx.objectStore('articles').index('site').openKeyCursor(); cursor; cursor = await cursor.continue()) {
        const host = cursor.key;
        if (host === site || host.endsWith(`.${site}`)) urls.push(cursor.primaryKey);
      }
      const doomed: RememberedArticle[] = [];
      for (const url of urls) {
        const a = await tx.objectStore('articles').get(url);
        if (a) doomed.push(a);
      }
      await deleteArticles(tx, doomed);
      return doomed.length;
    }));
  }

  /** Undoes merge `index` of the entity known by `key`; returns the key of the entity split off, or null. */
  async unmerge(key: string, index: number): Promise<string | null> {
    return this.db.run((db) => transact(db, STORES, async (tx) => {
      const identity = await byKey(tx, key);
      const parts = identity && split(identity, index);
      if (!parts) return null;
      await putIdentity(tx, parts.rest, identity.id);
      await tx.objectStore('identities').put(parts.parted);
      return parts.parted.id;
    }));
  }

  async stats(): Promise<MemoryStats> {
    return this.db.run(async (db) => {
      const tx = db.transaction(STORES, 'readonly');
      const [articles, entities, bytes, limitBytes] = await Promise.all([
        tx.objectStore('articles').count(),
        tx.objectStore('identities').count(),
        tx.objectStore('meta').get('bytes').then((m) => m?.value ?? 0),
        limitOf(tx),
      ]);
      await tx.done;
      return { articles, entities, bytes, limitBytes };
    });
  }

  /** Sets the size limit (megabytes, clamped to MEMORY_LIMIT_MB) and evicts down to it at once. */
  async setLimit(mb: number): Promise<number> {
    const clamped = Math.min(MEMORY_LIMIT_MB.max, Math.max(MEMORY_LIMIT_MB.min, Math.round(mb)));
    await this.db.run((db) => transact(db, STORES, async (tx) => {
      await tx.objectStore('meta').put({ key: 'limitBytes', value: clamped * 1024 * 1024 });
      await evict(tx, await addBytes(tx, 0), null);
    }));
    return clamped;
  }

  /** Forgets every article and entity; the size limit stays. */
  async clear(): Promise<void> {
    await this.db.run((db) => transact(db, STORES, async (tx) => {
      await tx.objectStore('articles').clear();
      await tx.objectStore('identities').clear();
      await tx.objectStore('meta').put({ key: 'bytes', value: 0 });
    }));
  }
}

