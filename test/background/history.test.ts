import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../src/background/db';
import { ArticleHistory, entityKey, entityKeys } from '../../src/background/history';
import { fixtureAnnotation } from './annotation-fixture';

let clock = 0;
let db: Database;
let history: ArticleHistory;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  db = new Database();
  history = new ArticleHistory(db, () => ++clock);
});
afterEach(() => db.close());

describe('entityKey', () => {
  it.each([
    ['United Nations', 'the United Nations', 'ORG'],
    ['Ángela Merkel', 'Angela Merkel', 'PER'],
    ["Reuters'", 'REUTERS', 'ORG'],
    ['New York', 'New  York', 'LOC'],
    ['U.S.', 'US', 'LOC'],
    ['St. Louis', 'St Louis', 'LOC'],
  ] as const)('%s and %s are the same entity', (a, b, type) => {
    expect(entityKey(a, type)).toBe(entityKey(b, type));
  });

  it('keeps apart different types and different names', () => {
    expect(entityKey('Jordan', 'PER')).not.toBe(entityKey('Jordan', 'LOC'));
    expect(entityKey('Paris', 'LOC')).not.toBe(entityKey('Paris Hilton', 'PER'));
  });
});

describe('entityKeys', () => {
  it('links places and organisations by every name, people only by full names', () => {
    expect(entityKeys({ name: 'US', type: 'LOC', aliases: ['United States', 'U'] })).toEqual(['LOC:us', 'LOC:united states']);
    expect(entityKeys({ name: 'Abdelkarim Khalaf', type: 'PER', aliases: ['Khalaf', 'Abdelkarim al-Khalaf'] }))
      .toEqual(['PER:abdelkarim khalaf', 'PER:abdelkarim al khalaf']);
  });
});

describe('ArticleHistory', () => {
  it('finds an earlier article that used another name of the same entity, once', async () => {
    const earlier = fixtureAnnotation();
    earlier.entities = [{ ...earlier.entities[0], name: 'United States', type: 'LOC', aliases: ['US', 'U.S.'] }];
    await history.record('https://a.example/1', earlier);
    const later = [{ ...earlier.entities[0], id: 'x', name: 'US', aliases: [] }];
    expect((await history.earlierMentions('https://b.example/2', later)).x.map((s) => s.url)).toEqual(['https://a.example/1']);
  });

  it('lists other articles that mentioned an entity, newest first, never the current one', async () => {
    const annotation = fixtureAnnotation();
    await history.record('https://a.example/1', annotation);
    await history.record('https://b.example/2', annotation);
    const seen = await history.earlierMentions('https://b.example/2', annotation.entities);
    expect(Object.keys(seen).sort()).toEqual(annotation.entities.map((e) => e.id).sort());
    expect(seen.e2.map((s) => s.url)).toEqual(['https://a.example/1']);
    await history.record('https://c.example/3', annotation);
    expect((await history.earlierMentions('https://d.example/4', annotation.entities)).e2.map((s) => s.url))
      .toEqual(['https://c.example/3', 'https://b.example/2', 'https://a.example/1']);
  });

  it('ignores annotations without an article and entities with empty names', async () => {
    await history.record('https://a.example/1', fixtureAnnotation({ article: null }));
    expect(await history.count()).toBe(0);
    const odd = fixtureAnnotation();
    odd.entities = [{ ...odd.entities[0], name: '—' }];
    await history.record('https://a.example/2', odd);
    expect(await history.earlierMentions('https://x.example/', odd.entities)).toEqual({});
  });

  it('clear forgets everything', async () => {
    await history.record('https://a.example/1', fixtureAnnotation());
    await history.clear();
    expect(await history.count()).toBe(0);
  });
});
