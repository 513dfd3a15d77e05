// An invented dossier for the entity page's tests: two articles, a change of role, quotes, a merge to undo.
import type { Dossier } from '../../src/core/memory/dossier';

export function fixtureDossier(): Dossier {
  return {
    key: 'PER:ann vale',
    name: 'Ann Vale',
    type: 'PER',
    names: ['Ann Vale', 'Vale'],
    total: 2,
    articles: [
      { url: 'https://gazette.example/2', title: 'Dock reopens', siteName: 'Gazette', site: 'gazette.example', published: '2026-03-02', seenAt: 2, calledAs: 'Vale', role: 'chair of the Harbour Board', quotes: ['We kept our word.'], mentions: 3, namesOnly: false },
      { url: 'https://courier.example/1', title: 'Dock *closed*', siteName: null, site: 'courier.example', published: null, seenAt: Date.UTC(2026, 1, 20), calledAs: 'Ann Vale', role: 'spokeswoman for the board', quotes: [], mentions: 2, namesOnly: false },
    ],
    roles: [
      { text: 'spokeswoman for the board', url: 'https://courier.example/1', title: 'Dock *closed*', date: '2026-02-20T00:00:00.000Z' },
      { text: 'chair of the Harbour Board', url: 'https://gazette.example/2', title: 'Dock reopens', date: '2026-03-02' },
    ],
    quotes: [{ text: 'We kept our word.', url: 'https://gazette.example/2', title: 'Dock reopens', date: '2026-03-02' }],
    companions: [{ key: 'ORG:harbour board', name: 'Harbour Board', type: 'ORG', articles: 2 }],
    merges: [{ index: 0, name: 'Vale', reason: 'surname' }],
  };
}
