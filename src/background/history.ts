// Cross-article memory: which earlier articles mentioned an entity. One record per article, indexed by the
// entities it mentioned, so a lookup is one index query per entity. Private by construction: it lives in this
// browser's IndexedDB, is never sent anywhere, and `clear` wipes it.
import type { Annotation, Entity, EntityType } from '../core/types';
import type { SeenIn } from '../shared/protocol';
import { transact, type Database, type HistoryArticle } from './db';

export const MAX_ARTICLES = 5000;
/** Per entity, how many earlier articles are listed (the newest); enough for a card, small enough for a message. */
export const MAX_SEEN_PER_ENTITY = 50;

/**
 * The identity of an entity across articles: type plus the name folded for case, accents, punctuation and a
 * leading "the", so "the United Nations" and "United Nations", or "Ángela" and "Angela", meet.
 */
export function entityKey(name: string, type: EntityType): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
  return `${type}:${folded}`;
}

export class ArticleHistory {
  constructor(private readonly db: Database, private readonly now: () => number = Date.now) {}

  /** Remembers that the article at `url` mentioned these entities (replacing an earlier visit's record). */
  async record(url: string, annotation: Annotation): Promise<void> {
    const article = annotation.article;
    if (!article) return;
    const record: HistoryArticle = {
      url,
      title: article.title,
      siteName: article.siteName,
      published: article.published,
      seenAt: this.now(),
      entities: [...new Set(annotation.entities.map((e) => entityKey(e.name, e.type)))].filter((k) => !k.endsWith(':')),
    };
    await this.db.run((db) => transact(db, ['articles'], async (tx) => {
      const store = tx.objectStore('articles');
      await store.put(record);
      const count = await store.count();
      if (count <= MAX_ARTICLES) return;
      let cursor = await store.index('seenAt').openCursor();
      for (let excess = count - MAX_ARTICLES; cursor && excess > 0; excess--) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
    }));
  }

  /** For each entity (by id), the other articles that mentioned it, newest first. Entities seen nowhere else are left out. */
  async earlierMentions(url: string, entities: Entity[]): Promise<Record<string, SeenIn[]>> {
    return this.db.run(async (db) => {
      const tx = db.transaction('articles', 'readonly');
      const index = tx.store.index('entity');
      const found = await Promise.all(entities.map((e) => index.getAll(entityKey(e.name, e.type))));
      await tx.done;
      const out: Record<string, SeenIn[]> = {};
      entities.forEach((entity, i) => {
        const seen = found[i]
          .filter((a) => a.url !== url)
          .sort((a, b) => b.seenAt - a.seenAt)
          .slice(0, MAX_SEEN_PER_ENTITY)
          .map(({ url: u, title, siteName, published, seenAt }) => ({ url: u, title, siteName, published, seenAt }));
        if (seen.length) out[entity.id] = seen;
      });
      return out;
    });
  }

  async count(): Promise<number> {
    return this.db.run((db) => db.count('articles'));
  }

  async clear(): Promise<void> {
    await this.db.run((db) => db.clear('articles'));
  }
}
