// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { EntityPage, type EntityPageDeps } from '../../src/entity/page';
import { formatDate } from '../../src/shared/format';
import { fixtureDossier } from './fixture-dossier';

let shown: HTMLElement;
let calls: string[];
let downloads: { name: string; text: string }[];
let said: string[];

function deps(search: string, over: Partial<EntityPageDeps> = {}): EntityPageDeps {
  return {
    search,
    dossier: async (key) => (calls.push(`dossier ${key}`), key === 'PER:ann vale' ? fixtureDossier() : null),
    find: async (q) => (calls.push(`find ${q}`), [{ key: 'PER:ann vale', name: 'Ann Vale', type: 'PER', lastSeen: Date.UTC(2026, 2, 2), articles: 2 }]),
    forget: async (key) => (calls.push(`forget ${key}`), true),
    unmerge: async (key, i) => (calls.push(`unmerge ${key} ${i}`), 'PER:vale'),
    download: (name, _mime, text) => void downloads.push({ name, text }),
    confirm: () => true,
    show: (el) => {
      shown = el;
      document.body.replaceChildren(el);
    },
    announce: (t) => void said.push(t),
    setTitle: () => undefined,
    now: () => new Date('2026-03-10T00:00:00Z'),
    ...over,
  };
}

const texts = (sel: string) => [...shown.querySelectorAll(sel)].map((e) => e.textContent);
const click = (sel: string) => (shown.querySelector(sel) as HTMLElement).click();
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  calls = [];
  downloads = [];
  said = [];
});

describe('EntityPage', () => {
  it('shows the dossier: articles with roles and quotes, roles over time, quotes with dates, companions', async () => {
    await new EntityPage(deps('?key=PER%3Aann%20vale')).start();
    expect(calls).toEqual(['dossier PER:ann vale']);
    expect(texts('h1')).toEqual(['Ann Vale']);
    expect(texts('.article-title')).toEqual(['Dock reopens', 'Dock *closed*']);
    expect(shown.querySelector('.article-title')!.getAttribute('href')).toBe('https://gazette.example/2');
    expect(texts('.articles .role')).toEqual(['Role: chair of the Harbour Board', 'Role: spokeswoman for the board']);
    expect(texts('.roles li')).toEqual([`${formatDate('2026-02-20T00:00:00.000Z')}: spokeswoman for the boardin Dock *closed*`, `${formatDate('2026-03-02')}: chair of the Harbour Boardin Dock reopens`]);
    expect(texts('.quotes blockquote')).toEqual(['“We kept our word.”']);
    expect(shown.querySelector('.companions a')!.getAttribute('href')).toBe('?key=ORG%3Aharbour%20board');
    expect(texts('section h2')).toEqual(['Roles over time', 'Quotes', 'Articles', 'Often appears with', 'Names taken for the same one']);
  });

  it('exports the dossier as Markdown and JSON', async () => {
    await new EntityPage(deps('?key=PER%3Aann%20vale')).start();
    click('#export-md');
    click('#export-json');
    expect(downloads.map((d) => d.name)).toEqual(['lede-ann-vale.md', 'lede-ann-vale.json']);
    expect(JSON.parse(downloads[1].text).entity.name).toBe('Ann Vale');
  });

  it('forgets the entity after asking, then lists what is left', async () => {
    await new EntityPage(deps('?key=PER%3Aann%20vale')).start();
    click('#forget');
    await settle();
    expect(calls).toContain('forget PER:ann vale');
    expect(said).toEqual(['Lede has forgotten Ann Vale.']);
    expect(texts('h1')).toEqual(['Recently read about']);
  });

  it('keeps everything when the reader does not confirm', async () => {
    await new EntityPage(deps('?key=PER%3Aann%20vale', { confirm: () => false })).start();
    click('#forget');
    await settle();
    expect(calls).not.toContain('forget PER:ann vale');
  });

  it('undoes a merge and redraws', async () => {
    await new EntityPage(deps('?key=PER%3Aann%20vale')).start();
    click('.merges button');
    await settle();
    expect(calls).toEqual(['dossier PER:ann vale', 'unmerge PER:ann vale 0', 'dossier PER:ann vale']);
    expect(said).toEqual(['“Vale” is now kept apart from Ann Vale.']);
  });

  it('searches by name, and says when a name is not in memory', async () => {
    await new EntityPage(deps('?q=vale')).start();
    expect(calls).toEqual(['find vale']);
    expect(texts('.matches a')).toEqual(['Ann Vale']);
    expect((shown.querySelector('input[type=search]') as HTMLInputElement).value).toBe('vale');
    await new EntityPage(deps('?key=PER%3Anobody')).start();
    expect(texts('h1')).toEqual(['Not in your reading memory']);
  });

  it('names what it cannot read instead of failing silently', async () => {
    await new EntityPage(deps('?q=x', { find: async () => { throw new Error('database closed'); } })).start();
    expect(shown.textContent).toContain('database closed');
  });
});
