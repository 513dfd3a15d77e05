// Cross-article memory: which earlier articles mentioned an entity. One record per article, indexed by the
// entities it mentioned, so a lookup is one index query per entity. Private by construction: it lives in this
// browser's IndexedDB, is never sent anywhere, and `clear` wipes it.
import type { Annotation, Entity } from '../core/types';
import { entityKeys } from '../core/memory/names';
import type { SeenIn } from '../shared/protocol';
import type { Database } from './db';
import { newest, ReadingMemory } from './memory-store';

export { entityKey, entityKeys } from '../core/memory/names';

/** Per entity, how many earlier articles are listed (the newest); enough for a card, small enough for a message. */
export const MAX_SEEN_PER_ENTITY = 50;

export class ArticleHistory {
  private readonly memory: ReadingMemory;

  constructor(private readonly db: Database, now: () => number = Date.now) {
    this.memory = new ReadingMemory(db, now);
  }

  /** Remembers the article at `url` (replacing an earlier visit's record): see ReadingMemory. */
  async record(url: string, annotation: Annotation): Promise<void> {
    await this.memory.remember(url, annotation);
  }

  /** For each entity (by id), the other articles that mentioned it, newest first. Entities seen nowhere else are left out. */
  async earlierMentions(url: string, entities: Entity[]): Promise<Record<string, SeenIn[]>> {
    return this.db.run(async (db) => {
      const tx = db.transaction('articles', 'readonly');
      const stamps = tx.store.index('stamp');
      const keysOf = entities.map(entityKeys);
      // The newest few per name, one more than listed since the current article is among them.
      const found = await Promise.all(keysOf.map((keys) => Promise.all(keys.map((k) => newest(stamps, k, MAX_SEEN_PER_ENTITY + 1)))));
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
    await this.memory.clear();
  }
}
