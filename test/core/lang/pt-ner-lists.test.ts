import { describe, expect, it } from 'vitest';
import { PT_FIRST_NAMES } from '../../../src/core/lang/pt/ner-first-names';
import { PT_ORG_WORDS } from '../../../src/core/lang/pt/ner-org-words';
import { PT_PLACES } from '../../../src/core/lang/pt/ner-places';
import { PT_ROLE_WORDS } from '../../../src/core/lang/pt/ner-role-words';

const FUNCTION_WORDS = ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'em', 'no', 'na', 'que', 'se', 'para'];

describe('Portuguese name lists for the entity model', () => {
  it.each([
    ['role words', PT_ROLE_WORDS],
    ['organisation words', PT_ORG_WORDS],
  ])('%s are lower-case single words (the tokenizer splits hyphens), and no function word', (_, list) => {
    for (const w of list) expect(w, w).toMatch(/^[\p{Ll}ªº]+$/u);
    for (const w of FUNCTION_WORDS) expect(list, w).not.toContain(w);
  });

  it('first names are capitalised single words, each once', () => {
    for (const n of PT_FIRST_NAMES) expect(n, n).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(new Set(PT_FIRST_NAMES).size).toBe(PT_FIRST_NAMES.length);
  });

  it('places are capitalised names, each once', () => {
    for (const p of PT_PLACES) expect(p, p).toMatch(/^\p{Lu}/u);
    expect(new Set(PT_PLACES).size).toBe(PT_PLACES.length);
  });

  it.each([
    [PT_FIRST_NAMES, ['João', 'Conceição', 'António', 'Antônio', 'Inês']],
    [PT_ROLE_WORDS, ['presidente', 'ministra', 'porta', 'voz', 'deputado', 'governador']],
    [PT_ORG_WORDS, ['partido', 'câmara', 'sindicato', 'universidade', 'ministério']],
    [PT_PLACES, ['Minas Gerais', 'Moscovo', 'Moscou', 'Trás-os-Montes', 'Londres', 'Inglaterra', 'Califórnia', 'Budapeste']],
  ])('holds the accented and both-spelling forms %#', (list, words) => {
    for (const w of words) expect(list, w).toContain(w);
  });

  it.each([
    [PT_FIRST_NAMES, ['Joao', 'Antonio', 'Silva', 'Magalhães', 'Santiago']],
    [PT_ROLE_WORDS, ['lula', 'brasil', 'disse']],
  ])('leaves out what is not its kind %#', (list, words) => {
    for (const w of words) expect(list, w).not.toContain(w);
  });
});
