import { describe, expect, it } from 'vitest';
import { buildDossier, companionCounts } from '../../../src/core/memory/dossier';
import { entityKey } from '../../../src/core/memory/names';
import type { RememberedArticle } from '../../../src/core/memory/record';
import { newIdentity, withKeys } from '../../../src/core/memory/registry';

const vale = entityKey('Ann Vale', 'PER');
const port = entityKey('Harbour Board', 'ORG');
const town = entityKey('Saltmarsh', 'LOC');

function article(url: string, published: string | null, seenAt: number, role: string | null, quotes: string[], others: string[]): RememberedArticle {
  return {
    url, title: `Title ${url}`, siteName: 'Gazette', published, seenAt, site: 'gazette.example',
    entities: [vale, ...others],
    named: [{ keys: [vale], name: 'Ann Vale', type: 'PER', role, quotes, mentions: 2 }],
  };
}

describe('buildDossier', () => {
  const identity = newIdentity([vale], 'Ann Vale', 'PER', 1);
  const articles = [
    article('https://g.example/2', '2026-03-02', 20, 'chair of the Harbour Board', ['We will reopen the dock.'], [port, town]),
    article('https://g.example/1', '2026-03-01', 30, 'spokeswoman for the Harbour Board', ['Nothing is decided.'], [port]),
    article('https://g.example/3', null, Date.UTC(2026, 2, 5), 'chair of the Harbour Board', [], [port, town]),
  ];
  const dossier = buildDossier(identity, articles, (key) => (key === port ? { key: port, name: 'Harbour Board', type: 'ORG' } : null));

  it('lists articles newest first, by publication date or when read', () => {
    expect(dossier.articles.map((a) => a.url)).toEqual(['https://g.example/3', 'https://g.example/2', 'https://g.example/1']);
  });

  it('lists roles as they changed, oldest first, and quotes with their dates', () => {
    expect(dossier.roles.map((r) => r.text)).toEqual(['spokeswoman for the Harbour Board', 'chair of the Harbour Board']);
    expect(dossier.quotes).toEqual([
      { text: 'Nothing is decided.', url: 'https://g.example/1', title: 'Title https://g.example/1', date: '2026-03-01' },
      { text: 'We will reopen the dock.', url: 'https://g.example/2', title: 'Title https://g.example/2', date: '2026-03-02' },
    ]);
  });

  it('ranks the names it appears with, resolved where memory knows them', () => {
    expect(dossier.companions).toEqual([
      { key: port, name: 'Harbour Board', type: 'ORG', articles: 3 },
      { key: town, name: 'Saltmarsh', type: 'LOC', articles: 2 },
    ]);
    expect(companionCounts(identity, articles).has(vale)).toBe(false);
  });

  it('reads articles kept by the first release by name only', () => {
    const old: RememberedArticle = { url: 'https://g.example/0', title: null, siteName: null, published: null, seenAt: 5, entities: [entityKey('Ann Vale', 'PER')] };
    const joined = withKeys(identity, [vale], 'Ann Vale', 'same', 5);
    const [entry] = buildDossier(joined, [old], () => null).articles;
    expect(entry).toMatchObject({ calledAs: 'Ann Vale', role: null, quotes: [], namesOnly: true });
  });
});
