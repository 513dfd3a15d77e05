import { describe, expect, it } from 'vitest';
import { ENGLISH_MARKS, markRole, markStyle } from '../../../src/core/quotes/marks';
import { findQuotes } from '../../../src/core/quotes/find';
import { languageProfile } from '../../../src/core/lang';

const GERMAN = markStyle(languageProfile('de').quotes.pairs);
const FRENCH = markStyle(languageProfile('fr').quotes.pairs);

/** The role of the mark `at` (its index among the mark characters of `text`). */
function roleAt(text: string, mark: string, style = ENGLISH_MARKS) {
  const i = text.indexOf(mark);
  const r = markRole(text, i, 0, text.length, style);
  return r && `${r.kind}:${r.canOpen ? 'open' : ''}${r.canClose ? 'close' : ''}`;
}

describe('markStyle', () => {
  it('adds the roles a language gives marks beyond English', () => {
    expect([...GERMAN.alsoClose].sort()).toEqual(['«', '‘', '‹', '“'].sort());
    expect([...GERMAN.alsoOpen].sort()).toEqual(['»', '›'].sort());
    expect([...FRENCH.alsoClose]).toEqual(['“', '‹'].filter((c) => FRENCH.alsoClose.has(c)));
    expect(FRENCH.alsoOpen.size).toBe(0);
  });
});

describe('markRole in other languages', () => {
  it.each([
    // text, mark, style, role
    // » may also close, as in English: the open quote on the stack decides.
    ['»Wir gehen«, sagte er.', '»', GERMAN, 'double:openclose'],
    ['»Wir gehen«, sagte er.', '«', GERMAN, 'double:openclose'],
    ['Er sagte ‚nein‘ und ging.', '‚', GERMAN, 'single:open'],
    ['Er sagte ‚nein‘ und ging.', '‘', GERMAN, 'single:close'],
    ['« Nous partons », dit-elle.', '«', FRENCH, 'double:open'],
    ['« Nous partons », dit-elle.', '»', FRENCH, 'double:close'],
    ['「脱獄」は違法です。', '「', ENGLISH_MARKS, 'double:open'],
    ['「脱獄」は違法です。', '」', ENGLISH_MARKS, 'double:close'],
    // Must not: English keeps its own reading (‘ never closes, » never opens), and an apostrophe is no mark.
    ['Er sagte ‚nein‘ und ging.', '‘', ENGLISH_MARKS, 'single:'],
    ['»Wir gehen«, sagte er.', '»', ENGLISH_MARKS, 'double:close'],
    ['Het is ’s avonds koud.', '’', GERMAN, null],
  ] as const)('%s %s', (text, mark, style, role) => {
    expect(roleAt(text, mark, style)).toBe(role);
  });
});

describe('findQuotes with a language', () => {
  const words = (text: string, code: string) => findQuotes(text, [{ start: 0, end: text.length }], languageProfile(code)).map((q) => text.slice(q.start, q.end));

  it.each([
    ['de', '„Wir schaffen das“, sagte sie.', ['Wir schaffen das']],
    ['de', '»Wir gehen jetzt«, sagte er.', ['Wir gehen jetzt']],
    ['de', '„Er hat ‚nein‘ gesagt“, sagte sie.', ['Er hat ‚nein‘ gesagt']],
    ['fr', '«\u00a0Rien n’est décidé\u00a0», a-t-il dit.', ['Rien n’est décidé']],
    ['fr', '«\u202fTout va bien\u202f», dit-elle.', ['Tout va bien']],
    ['es', '—No lo haremos —dijo la portavoz—. Es imposible.', ['No lo haremos', 'Es imposible.']],
    ['pt', '— Vamos vencer — afirmou o técnico.', ['Vamos vencer']],
    ['ja', '彼は「明日行く」と言った。', ['明日行く']],
    // Must not: a dash list item, an apostrophe, a date.
    ['pt', '– 1ª etapa: Interlagos, em abril', []],
    ['nl', 'Het is ’s avonds koud.', []],
    ['es', '— Primer punto — segundo punto', []],
  ])('%s: %s', (code, text, expected) => {
    expect(words(text, code)).toEqual(expected);
  });
});
