import { describe, expect, it } from 'vitest';
import { detectLanguage, garbledShare } from '../../../src/core/text/language';

const english = 'The government said on Tuesday that it was considering a larger role for the alliance in the country, according to officials who spoke to reporters at the ministry in the capital. ';
const french = "Le gouvernement a déclaré mardi qu'il envisageait un rôle plus important pour l'alliance dans le pays, selon des responsables qui se sont exprimés devant la presse au ministère dans la capitale. ";
const german = 'Die Regierung sagte am Dienstag, dass sie eine größere Rolle für das Bündnis in dem Land in Betracht ziehe, wie Beamte auf einer Pressekonferenz im Ministerium in der Hauptstadt mitteilten. ';
const chinese = '政府周二表示，正在考虑让该联盟在该国发挥更大作用。据官员在首都的部委向记者透露，这一计划仍处于早期阶段。';

describe('detectLanguage', () => {
  it.each([
    [english.repeat(3), null, 'en'],
    [french.repeat(3), null, 'fr'],
    [german.repeat(3), 'en', 'de'],
    [chinese.repeat(3), 'zh-CN', 'zh'],
    [chinese.repeat(3), null, 'zh'],
    // A template's English default over another script is overruled; a declared non-Latin language is kept.
    [chinese.repeat(3), 'en', 'zh'],
    ['Правительство заявило во вторник, что рассматривает более широкую роль альянса в стране. '.repeat(3), 'en', 'ru'],
    ['مرحبا بكم في الأخبار اليومية من العاصمة '.repeat(5), null, 'ar'],
  ])('text %#: %s…', (text, declared, lang) => {
    expect(detectLanguage(text, declared)).toEqual({ lang, readable: true });
  });

  it('keeps the declared language unless the text clearly contradicts it', () => {
    const lorem = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation et est qui officia deserunt mollit anim id est laborum. ';
    expect(detectLanguage(lorem.repeat(4), 'en')).toEqual({ lang: 'en', readable: true });
    expect(detectLanguage(lorem.repeat(4), 'en-US')).toEqual({ lang: 'en', readable: true });
    expect(detectLanguage(`${english}${lorem}${english}`, 'en')).toEqual({ lang: 'en', readable: true });
    // clear contradictions still win: a French or German text on a page that says it is English
    expect(detectLanguage(french.repeat(3), 'en')).toEqual({ lang: 'fr', readable: true });
    expect(detectLanguage(english.repeat(3), 'fr').lang).toBe('en');
  });

  it('trusts the declared language when the text is too short to tell', () => {
    expect(detectLanguage('Kurz und bündig.', 'de')).toEqual({ lang: 'de', readable: true });
    expect(detectLanguage('Short and sweet.', null)).toEqual({ lang: 'en', readable: true });
    expect(detectLanguage('', null)).toEqual({ lang: null, readable: true });
  });

  it('reads English with emoji, numbers and names as English', () => {
    const text = `🚀 ${english} In 2020, NATO and Iraq met in Amman. ${english}`;
    expect(detectLanguage(text, null).lang).toBe('en');
  });

  it('calls binary or corrupt data unknown, and tolerates a few broken characters in real text', () => {
    let seed = 9;
    const noise = new TextDecoder().decode(new Uint8Array(4000).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    expect(garbledShare(noise)).toBeGreaterThan(0.3);
    expect(detectLanguage(noise, 'en')).toEqual({ lang: null, readable: false });
    const damaged = english.repeat(3).replace(/ the /g, ' the\ufffd ');
    expect(garbledShare(damaged)).toBeLessThan(0.05);
    expect(detectLanguage(damaged).lang).toBe('en');
    expect(garbledShare('')).toBe(0);
  });
});
