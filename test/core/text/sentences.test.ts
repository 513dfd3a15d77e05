import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences';
import { languageProfile } from '../../../src/core/lang';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after titles, months or initials', () => {
    expect(split('Gen. Soleimani arrived on Jan. 3 with Mr. Khalaf. J. R. R. Tolkien was not there.')).toEqual([
      'Gen. Soleimani arrived on Jan. 3 with Mr. Khalaf.',
      'J. R. R. Tolkien was not there.',
    ]);
  });

  it('splits after a dotted acronym only before a sentence opener', () => {
    expect(split('Troops left the U.S. The U.S. Army said so.')).toEqual(['Troops left the U.S.', 'The U.S. Army said so.']);
  });

  it('splits after a state or company abbreviation only before a sentence opener', () => {
    expect(split('The plant is in Dover, Del. Mayor Robin Christiansen opened it. Sales at Acme Inc. The firm grew.')).toEqual([
      'The plant is in Dover, Del. Mayor Robin Christiansen opened it.',
      'Sales at Acme Inc.',
      'The firm grew.',
    ]);
    expect(split('They sell pens, ink etc. Prices rose.')).toEqual(['They sell pens, ink etc.', 'Prices rose.']);
    expect(split('Two senators — Sens. Cory Booker and Kamala Harris — struggled.')).toHaveLength(1);
  });

  it('keeps quotes inside their sentence and splits after a closing quote', () => {
    expect(split('"We are talking," said Khalaf. "Why?" he asked. She said: "It is over." Then she left.')).toEqual([
      '"We are talking," said Khalaf.',
      '"Why?" he asked.',
      'She said: "It is over."',
      'Then she left.',
    ]);
  });

  it('ends a sentence at a line break (headlines, bylines, captions)', () => {
    expect(split('NATO Troops May Replace US Presence in Iraq\n\nPublished January 29th, 2020 - 10:30 GMT\nIraq is considering it.')).toEqual([
      'NATO Troops May Replace US Presence in Iraq',
      'Published January 29th, 2020 - 10:30 GMT',
      'Iraq is considering it.',
    ]);
  });

  it('keeps decimals and numbers with commas inside sentences', () => {
    expect(split('Prices rose 2.5 percent to 5,200 dollars. Then fell.')).toEqual([
      'Prices rose 2.5 percent to 5,200 dollars.',
      'Then fell.',
    ]);
  });

  it('never crosses a block boundary and trims each sentence', () => {
    const text = 'Headline without stop  Body starts here. Second one.';
    const blocks = [{ start: 0, end: 21 }, { start: 23, end: text.length }];
    expect(splitSentences(text, blocks).map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline without stop',
      'Body starts here.',
      'Second one.',
    ]);
  });

  it('returns no sentence for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n  ')).toEqual([]);
  });

  it('handles garbage and huge text', () => {
    expect(split('?!?!... ...')).toEqual(['?!?!... ...']);
    const huge = 'It rained in Baghdad. '.repeat(50000);
    expect(splitSentences(huge)).toHaveLength(50000);
  });
});

describe('splitSentences in other languages', () => {
  const splitIn = (text: string, code: string) => splitSentences(text, undefined, languageProfile(code)).map((s) => text.slice(s.start, s.end));

  it.each([
    ['de', 'Am 3. Oktober feiert das Land. Die Straßen sind voll.', ['Am 3. Oktober feiert das Land.', 'Die Straßen sind voll.']],
    ['de', 'Das gilt z. B. für Dr. Weber. Er stimmt zu.', ['Das gilt z. B. für Dr. Weber.', 'Er stimmt zu.']],
    ['de', 'Im Jahr 2018. Danach kam die Wende.', ['Im Jahr 2018.', 'Danach kam die Wende.']],
    ['de', '„Wir gehen.“ Dann ging er.', ['„Wir gehen.“', 'Dann ging er.']],
    ['fr', 'M. Dupont et Mme Martin sont arrivés. Ils repartent demain.', ['M. Dupont et Mme Martin sont arrivés.', 'Ils repartent demain.']],
    ['es', '¿Vendrá mañana? ¡No lo sé! La Sra. Ruiz duda.', ['¿Vendrá mañana?', '¡No lo sé!', 'La Sra. Ruiz duda.']],
    ['pt', 'O Dr. Silva chegou. A reunião começou.', ['O Dr. Silva chegou.', 'A reunião começou.']],
    ['ja', '今日は晴れです。明日は雨でしょう。', ['今日は晴れです。', '明日は雨でしょう。']],
    ['zh', '他说：“我们会赢。”比赛开始了。', ['他说：“我们会赢。”', '比赛开始了。']],
  ])('%s: %s', (code, text, expected) => {
    expect(splitIn(text, code)).toEqual(expected);
  });

  it('does not apply English abbreviations elsewhere ("No." ends a Spanish sentence)', () => {
    expect(splitIn('Ella dijo que No. Luego se fue.', 'es')).toEqual(['Ella dijo que No.', 'Luego se fue.']);
  });
});
