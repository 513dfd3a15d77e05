import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../src/background/db';
import { ReadingMemory } from '../../src/background/memory-store';
import type { Annotation, EntityType } from '../../src/core/types';
import { fixtureAnnotation } from './annotation-fixture';

interface Spec {
  name: string;
  type?: EntityType;
  aliases?: string[];
  role?: string;
  says?: string;
}

/** An invented article naming these entities; each one that `says` something is quoted saying it. */
function article(title: string, specs: Spec[]): Annotation {
  const base = fixtureAnnotation();
  let text = `${title}\n\n`;
  const quotes: Annotation['quotes'] = [];
  const entities = specs.map((s, i) => {
    const start = text.length;
    text += `${s.name} was there. `;
    const id = `e${i}`;
    if (s.says) {
      const q = text.length;
      text += `“${s.says}” `;
      quotes.push({ start: q, end: text.length - 1, speaker: s.name, entityId: id });
    }
    return { id, name: s.name, type: s.type ?? 'PER', mentions: [{ start, end: start + s.name.length }], aliases: s.aliases ?? [], salience: 1 - i / 10, ...(s.role ? { role: s.role } : {}) };
  });
  return { ...base, article: { ...base.article!, title, text }, entities, quotes, summary: [] };
}

let clock = 0;
let db: Database;
let memory: ReadingMemory;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  db = new Database();
  memory = new ReadingMemory(db, () => ++clock);
});
afterEach(() => db.close());

const iraq = { name: 'Iraq', type: 'LOC' as const };
const nato = { name: 'NATO', type: 'ORG' as const };

describe('identity across articles', () => {
  it('follows a person from a full name to a bare surname when the articles share other names', async () => {
    await memory.remember('https://a.example/1', article('Mission extended', [{ name: 'Abdelkarim Khalaf', role: 'spokesman for the prime minister', says: 'We asked for help.' }, nato, iraq]));
    await memory.remember('https://b.example/2', article('Talks resume', [{ name: 'Khalaf', role: 'deputy minister', says: 'Talks will go on.' }, nato, iraq]));
    const dossier = (await memory.dossier('PER:khalaf'))!;
    expect(dossier.name).toBe('Abdelkarim Khalaf');
    expect(dossier.articles.map((a) => a.calledAs)).toEqual(['Khalaf', 'Abdelkarim Khalaf']);
    expect(dossier.roles.map((r) => r.text)).toEqual(['spokesman for the prime minister', 'deputy minister']);
    expect(dossier.quotes.map((q) => q.text)).toEqual(['We asked for help.', 'Talks will go on.']);
    expect(dossier.companions.map((c) => c.name).sort()).toEqual(['Iraq', 'NATO']);
    expect(dossier.merges).toEqual([{ index: 0, name: 'Khalaf', reason: 'surname' }]);
  });

  it('keeps apart people who share only a surname, and a bare surname with no shared context', async () => {
    await memory.remember('https://a.example/1', article('One', [{ name: 'Hillary Clinton' }, nato, iraq]));
    await memory.remember('https://a.example/2', article('Two', [{ name: 'Bill Clinton' }, nato, iraq]));
    await memory.remember('https://a.example/3', article('Three', [{ name: 'Clinton' }, nato, iraq]));
    await memory.remember('https://a.example/4', article('Four', [{ name: 'Abdelkarim Khalaf' }, nato]));
    await memory.remember('https://a.example/5', article('Five', [{ name: 'Khalaf' }, { name: 'Paris', type: 'LOC' }]));
    for (const key of ['PER:hillary clinton', 'PER:bill clinton', 'PER:clinton', 'PER:abdelkarim khalaf', 'PER:khalaf']) {
      expect((await memory.dossier(key))!.articles, key).toHaveLength(1);
    }
  });

  it('undoes a wrong merge, and never makes it again', async () => {
    await memory.remember('https://a.example/1', article('One', [{ name: 'Abdelkarim Khalaf' }, nato, iraq]));
    await memory.remember('https://a.example/2', article('Two', [{ name: 'Khalaf' }, nato, iraq]));
    expect(await memory.unmerge('PER:abdelkarim khalaf', 0)).toBe('PER:khalaf');
    await memory.remember('https://a.example/3', article('Three', [{ name: 'Abdelkarim Khalaf' }, nato, iraq]));
    expect((await memory.dossier('PER:abdelkarim khalaf'))!.articles.map((a) => a.url)).toEqual(['https://a.example/3', 'https://a.example/1']);
    expect((await memory.dossier('PER:khalaf'))!).toMatchObject({ name: 'Khalaf', merges: [] });
    expect(await memory.unmerge('PER:khalaf', 0)).toBeNull();
  });

  it('merges two entities an article names by each other\'s names', async () => {
    await memory.remember('https://a.example/1', article('One', [{ name: 'US', type: 'LOC' }]));
    await memory.remember('https://a.example/2', article('Two', [{ name: 'United States', type: 'LOC' }]));
    await memory.remember('https://a.example/3', article('Three', [{ name: 'United States', type: 'LOC', aliases: ['US'] }]));
    expect((await memory.dossier('LOC:us'))!).toMatchObject({ total: 3, articles: { length: 3 } });
  });
});

describe('search', () => {
  it('finds entities by the start of any of their words, and lists the latest without words', async () => {
    await memory.remember('https://a.example/1', article('One', [{ name: 'Angela Merkel' }, { name: 'Berlin', type: 'LOC' }]));
    expect((await memory.search('merk')).map((m) => [m.name, m.articles])).toEqual([['Angela Merkel', 1]]);
    expect(await memory.search('erkel')).toEqual([]);
    expect((await memory.search('')).map((m) => m.name).sort()).toEqual(['Angela Merkel', 'Berlin']);
  });
});

describe('forgetting and the size limit', () => {
  it('forgets an entity everywhere, its roles and quotes with it', async () => {
    await memory.remember('https://a.example/1', article('One', [{ name: 'Ann Vale', says: 'No comment.' }, nato]));
    expect(await memory.forgetEntity('PER:ann vale')).toBe(true);
    expect(await memory.dossier('PER:ann vale')).toBeNull();
    expect(await memory.search('vale')).toEqual([]);
    expect((await memory.dossier('ORG:nato'))!.companions).toEqual([]);
    expect(await memory.forgetEntity('PER:ann vale')).toBe(false);
  });

  it('evicts the oldest articles first to stay within its limit, and their entities with them', async () => {
    expect(await memory.setLimit(0)).toBe(1);
    // About 300 KB an article: five do not fit in one megabyte.
    const crowd = Array.from({ length: 1600 }, (_, j) => ({ name: `Crowd Member${j}`, type: 'MISC' as const }));
    for (let i = 0; i < 5; i++) await memory.remember(`https://a.example/${i}`, article(`${i}`, [{ name: `Person Number${i}` }, nato, ...crowd]));
    const stats = await memory.stats();
    expect(stats.bytes).toBeLessThanOrEqual(stats.limitBytes);
    expect(stats.articles).toBeGreaterThan(1);
    expect(stats.articles).toBeLessThan(5);
    expect(await memory.dossier('PER:person number0')).toBeNull();
    const kept = [4, 3, 2, 1, 0].slice(0, stats.articles).map((i) => `https://a.example/${i}`);
    expect((await memory.dossier('ORG:nato'))!.articles.map((a) => a.url)).toEqual(kept);
  });

  it('replaces an article read again, and forgets names it no longer has', async () => {
    await memory.remember('https://a.example/1', article('One', [{ name: 'Ann Vale' }]));
    await memory.remember('https://a.example/1', article('One, edited', [{ name: 'Ben Reed' }]));
    expect(await memory.dossier('PER:ann vale')).toBeNull();
    expect((await memory.stats()).articles).toBe(1);
  });

  it('forgets everything but its limit', async () => {
    await memory.setLimit(7);
    await memory.remember('https://a.example/1', article('One', [{ name: 'Ann Vale' }]));
    await memory.clear();
    expect(await memory.stats()).toEqual({ articles: 0, entities: 0, bytes: 0, limitBytes: 7 * 1024 * 1024 });
  });
});

describe('a busy name', () => {
  it('lists its newest articles in the dossier and counts them all', async () => {
    for (let i = 0; i < 55; i++) await memory.remember(`https://a.example/${i}`, article(`${i}`, [nato]));
    const dossier = (await memory.dossier('ORG:nato'))!;
    expect(dossier.total).toBe(55);
    expect(dossier.articles).toHaveLength(50);
    expect(dossier.articles[0].url).toBe('https://a.example/54');
    expect(dossier.articles.at(-1)!.url).toBe('https://a.example/5');
  }, 60_000);
});
