import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnotationCache } from '../../src/background/cache';
import { Database, DB_VERSION } from '../../src/background/db';
import { ArticleHistory } from '../../src/background/history';
import { ReadingMemory } from '../../src/background/memory-store';
import { fixtureAnnotation } from './annotation-fixture';
import { writeFirstReleaseDatabase } from './first-release-db';

let db: Database;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => db?.close());

describe('upgrading a database written by the first release', () => {
  beforeEach(async () => {
    await writeFirstReleaseDatabase('lede', [
      { url: 'https://www.harbour.example/a', title: 'Dock strike ends', siteName: 'Harbour Times', published: '2026-02-01', seenAt: 10, entities: ['PER:allard castelein', 'ORG:port of rotterdam authority', 'LOC:rotterdam'] },
      { url: 'https://news.example/b', title: 'Port expands', siteName: null, published: null, seenAt: 20, entities: ['PER:allard castelein', 'LOC:rotterdam'] },
    ], [{ key: 'k1', url: 'https://www.harbour.example/a', annotation: fixtureAnnotation() }]);
    db = new Database();
  });

  it('is at the version this release expects', () => {
    expect(DB_VERSION).toBe(2);
  });

  it('keeps the cache and the history, and turns remembered names into entities with dossiers', async () => {
    expect(await new AnnotationCache(db).get('k1')).not.toBeNull();
    const history = new ArticleHistory(db, () => 30);
    expect(await history.count()).toBe(2);
    const memory = new ReadingMemory(db, () => 30);
    const dossier = await memory.dossier('PER:allard castelein');
    expect(dossier).toMatchObject({ name: 'Allard Castelein', type: 'PER' });
    expect(dossier!.articles.map((a) => [a.url, a.site, a.namesOnly])).toEqual([
      ['https://www.harbour.example/a', 'harbour.example', true],
      ['https://news.example/b', 'news.example', true],
    ]);
    expect(dossier!.companions.map((c) => c.name)).toEqual(['Rotterdam', 'Port Of Rotterdam Authority']);
    const stats = await memory.stats();
    expect(stats).toMatchObject({ articles: 2, entities: 3 });
    expect(stats.bytes).toBeGreaterThan(200);
  });

  it('links an article read after the upgrade to the entities remembered before it', async () => {
    const memory = new ReadingMemory(db, () => 30);
    await memory.remember('https://harbour.example/c', fixtureAnnotation());
    const dossier = await memory.dossier('PER:allard castelein');
    expect(dossier!.articles.map((a) => a.url)).toContain('https://harbour.example/c');
    expect(dossier!.articles).toHaveLength(3);
    expect(dossier!.roles.map((r) => r.text)).toEqual(['chief executive of the authority']);
    expect(await memory.forgetSite('harbour.example')).toBe(2);
    expect((await memory.dossier('PER:allard castelein'))!.articles.map((a) => a.url)).toEqual(['https://news.example/b']);
  });
});

describe('opening a database of an unknown version', () => {
  it('starts over with the current schema', async () => {
    const { openDB } = await import('idb');
    (await openDB('lede', 1, { upgrade: (d) => void d.createObjectStore('junk') })).close();
    db = new Database();
    expect(await new ReadingMemory(db).stats()).toMatchObject({ articles: 0, entities: 0 });
  });
});
