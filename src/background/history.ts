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
 * leading "the", so "the United Nations" and "United Nations", "U.S." and "US", or "Ángela" and "Angela", meet.
 */
export function entityKey(name: string, type: EntityType): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    // Dots go without a trace, so "U.S." meets "US" and "St. Louis" stays two words.
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
  return `${type}:${folded}`;
}

/**
 * Every key an entity is known by across articles: its name, and the other names this article used for it
 * ("United States" for "US", "Islamic State" for "IS"). A person's one-word alias ("Khalaf") names too many
 * different people to link articles by, so only their multi-word names count.
 */
export function entityKeys(entity: Pick<Entity, 'name' | 'type' | 'aliases'>): string[] {
  const usable = (alias: string) => (entity.type === 'PER' ? alias.trim().split(/\s+/).length >= 2 : alias.trim().length >= 2);
  const keys = [entity.name, ...entity.aliases.filter(usable)].map((n) => entityKey(n, entity.type));
  return [...new Set(keys)].filter((k) => !k.endsWith(':'));
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
      entities: [...new Set(annotation.entities.flatMap(entityKeys))],
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
      const keysOf = entities.map(entityKeys);
      const found = await Promise.all(keysOf.map((keys) => Promise.all(keys.map((k) => index.getAll(k)))));
      await tx.done;
      const out: Record<string, SeenIn[]> = {};
      entities.forEach((entity, i) => {
        // An article that used two of the entity's names is still one earlier article.
        const byUrl = new Map(found[i].flat().map((a) => [a.url, a]));
        const seen = [...byUrl.values()]
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
