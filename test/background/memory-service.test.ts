import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../src/background/db';
import { MemoryService } from '../../src/background/memory-service';
import { ReadingMemory } from '../../src/background/memory-store';
import { validateBackgroundRequest } from '../../src/background/validate';
import { fixtureAnnotation } from './annotation-fixture';

const ORIGIN = 'chrome-extension://lede/';
const page = { url: `${ORIGIN}entity/entity.html` };
const tab = { tab: { id: 4 }, url: 'https://news.example/a' };

let db: Database;
let opened: string[];
let changes: number;
let service: MemoryService;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = new Database();
  opened = [];
  changes = 0;
  const memory = new ReadingMemory(db);
  await memory.remember('https://www.harbour.example/a', fixtureAnnotation());
  service = new MemoryService({ memory, extensionOrigin: ORIGIN, openTab: async (p) => void opened.push(p), changed: () => void changes++ });
});
afterEach(() => db.close());

describe('MemoryService', () => {
  it('lets a hover card open the entity page, and only the extension read or change memory', async () => {
    await service.openEntity({ key: 'PER:allard castelein' }, tab);
    expect(opened).toEqual(['entity/entity.html?key=PER%3Aallard%20castelein']);
    await expect(service.memoryEntity({ key: 'PER:allard castelein' }, tab)).rejects.toThrow(/own pages/);
    await expect(service.memoryForget({ key: 'PER:allard castelein' }, tab)).rejects.toThrow(/own pages/);
    expect((await service.memoryEntity({ key: 'PER:allard castelein' }, page)).dossier?.name).toBe('Allard Castelein');
  });

  it('forgets a site, and says memory changed', async () => {
    expect(await service.memoryForgetSite({ site: 'harbour.example' }, page)).toEqual({ articles: 1 });
    expect(changes).toBe(1);
    expect((await service.memoryStats({}, page)).articles).toBe(0);
  });

  it.each([
    ['memoryEntity', { key: 'PER:ann vale' }, null],
    ['memoryEntity', { key: 'ann vale' }, 'key: not an entity key'],
    ['memorySearch', { query: 'x'.repeat(201) }, 'query: longer than 200 characters'],
    ['memoryUnmerge', { key: 'ORG:un', merge: -1 }, 'merge: not an index'],
    ['memorySetLimit', { mb: 20 }, null],
    ['memoryForgetSite', { site: 'news.example' }, null],
    ['memoryForgetSite', { site: 'https://news.example/' }, 'site: not a host name'],
    ['openEntity', { key: 'LOC:iraq', extra: 1 }, 'extra: unexpected field'],
  ] as const)('checks %s %j', (type, payload, problem) => {
    expect(validateBackgroundRequest(type, payload)).toBe(problem);
  });
});
