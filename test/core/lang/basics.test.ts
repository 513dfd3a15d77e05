import { describe, expect, it } from 'vitest';
import { LANGUAGE_BASICS, OTHER_BASICS, languageBasics } from '../../../src/core/lang/basics';
import { LANGUAGES, OTHER_LANGUAGE, languageProfile } from '../../../src/core/lang';

describe('language basics', () => {
  it('lists the same languages as the full profiles, in the same order, with the same basics', () => {
    expect(LANGUAGE_BASICS.map((b) => b.code)).toEqual(LANGUAGES.map((l) => l.code));
    LANGUAGES.forEach((profile, i) => {
      const { code, name, stopwords, reading } = profile;
      expect({ code, name, stopwords, reading }).toEqual(LANGUAGE_BASICS[i]);
    });
  });

  it.each([
    ['pt-BR', 'pt'],
    ['EN_gb', 'en'],
    ['ja', 'ja'],
  ])('finds the basics of %s by its primary subtag', (tag, code) => {
    expect(languageBasics(tag).code).toBe(code);
    expect(languageBasics(tag).reading).toEqual(languageProfile(tag).reading);
  });

  it.each([['sw'], ['und'], [''], [null]])('falls back to the other-language basics for %s', (tag) => {
    expect(languageBasics(tag)).toBe(OTHER_BASICS);
    expect(OTHER_LANGUAGE.reading).toEqual(OTHER_BASICS.reading);
  });
});
