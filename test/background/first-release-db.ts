// The database as the first release (schema version 1) wrote it, frozen here so the upgrade to reading memory is
// tested against what readers actually have on disk: the three stores, their indexes and record shapes.
import { openDB } from 'idb';
import type { Annotation } from '../../src/core/types';

export interface FirstReleaseArticle {
  url: string;
  title: string | null;
  siteName: string | null;
  published: string | null;
  seenAt: number;
  entities: string[];
}

export async function writeFirstReleaseDatabase(name: string, articles: FirstReleaseArticle[], cached: { key: string; url: string; annotation: Annotation }[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      const entries = database.createObjectStore('entries', { keyPath: 'key' });
      entries.createIndex('lastUsed', 'lastUsed');
      entries.createIndex('url', 'url');
      database.createObjectStore('annotations', { keyPath: 'key' });
      const store = database.createObjectStore('articles', { keyPath: 'url' });
      store.createIndex('entity', 'entities', { multiEntry: true });
      store.createIndex('seenAt', 'seenAt');
    },
  });
  const tx = db.transaction(['entries', 'annotations', 'articles'], 'readwrite');
  for (const a of articles) await tx.objectStore('articles').put(a);
  for (const c of cached) {
    await tx.objectStore('entries').put({ key: c.key, url: c.url, version: c.annotation.version, bytes: JSON.stringify(c.annotation).length, lastUsed: 1 });
    await tx.objectStore('annotations').put({ key: c.key, annotation: c.annotation });
  }
  await tx.done;
  db.close();
}
