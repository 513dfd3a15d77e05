import { describe, expect, it } from 'vitest';
import { entityLanguageNames, entityModelFile, LANGUAGES, languageProfile, OTHER_LANGUAGE, primarySubtag } from '../../../src/core/lang';

describe('the language registry', () => {
  it('finds a profile by any BCP 47 tag, and the shared one for a language without its own', () => {
    expect(languageProfile('pt-BR').code).toBe('pt');
    expect(languageProfile('DE_at').code).toBe('de');
    expect(languageProfile('id')).toBe(OTHER_LANGUAGE);
    expect(languageProfile(null)).toBe(OTHER_LANGUAGE);
    expect(primarySubtag('')).toBeNull();
  });

  it('names the entity model of a language that has one, and no other', () => {
    expect(entityModelFile('en-GB')).toBe('ner.bin');
    expect(entityModelFile('pt')).toBe('ner-pt.bin');
    expect(entityModelFile('fr')).toBeNull();
    expect(entityModelFile('xx')).toBeNull();
    expect(entityLanguageNames()).toBe('English and Portuguese');
  });

  it.each(LANGUAGES.map((l) => [l.code, l] as const))('%s is well formed', (code, l) => {
    expect(LANGUAGES.filter((o) => o.code === code)).toHaveLength(1);
    expect(l.quotes.pairs.length).toBeGreaterThan(0);
    for (const [open, close] of l.quotes.pairs) expect([open.length, close.length]).toEqual([1, 1]);
    // Cue words are matched token by token: no spaces inside a form, no upper case, nothing listed twice.
    const cues = l.cues;
    if (!cues) return;
    for (const form of [...cues.verbs, ...cues.pronouns, ...cues.auxiliaries, ...cues.passives]) expect(form).toMatch(/^\p{Ll}[\p{Ll}'’-]*$/u);
    expect(new Set(cues.verbs).size).toBe(cues.verbs.length);
    // A dash-quote language must know its verbs, or no dash paragraph could ever be speech.
    if (l.quotes.dash) expect(cues.verbs.length).toBeGreaterThan(10);
  });
});
