import { describe, expect, it } from 'vitest';
import { PT_CONNECTORS, PT_FUNCTION_WORDS } from '../../../src/core/lang/pt/ner-function-words';
import { PT_FIRST_NAMES } from '../../../src/core/lang/pt/ner-first-names';
import { PT_COMPANIES, PT_INSTITUTIONS, PT_OUTLETS, PT_PARTIES } from '../../../src/core/lang/pt/ner-name-lists';
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

  it('function words are lower-case single words, each once, and hold the connectors', () => {
    for (const w of PT_FUNCTION_WORDS) expect(w, w).toMatch(/^\p{Ll}+$/u);
    expect(new Set(PT_FUNCTION_WORDS).size).toBe(PT_FUNCTION_WORDS.length);
    for (const w of PT_CONNECTORS) expect(PT_FUNCTION_WORDS, w).toContain(w);
    expect(PT_CONNECTORS).not.toContain('e');
    for (const w of ['presidente', 'lisboa', 'silva', 'rio']) expect(PT_FUNCTION_WORDS, w).not.toContain(w);
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

  describe('organisation names for the phrase table', () => {
    const lists = { PT_PARTIES, PT_COMPANIES, PT_INSTITUTIONS, PT_OUTLETS };

    it.each(Object.entries(lists))('%s: trimmed names that start with a capital or a digit, each once', (_, list) => {
      expect(list.length).toBeGreaterThan(20);
      for (const n of list) expect(n, n).toMatch(/^[\p{Lu}\d]\S*(?: \S+)*$/u);
      expect(new Set(list).size).toBe(list.length);
    });

    it.each([
      [PT_PARTIES, ['Partido dos Trabalhadores', 'Partido Social Democrata', 'Bloco de Esquerda', 'Frelimo']],
      [PT_COMPANIES, ['Petrobras', 'Petrobrás', 'Caixa Geral de Depósitos', 'Benfica', 'FC Porto', 'Corinthians']],
      [PT_INSTITUTIONS, ['Supremo Tribunal Federal', 'STF', 'IBGE', 'Polícia Judiciária', 'Universidade de Coimbra', 'ONU']],
      [PT_OUTLETS, ['Folha de S. Paulo', 'Diário de Notícias', 'Agência Lusa', 'TV Globo', 'RTP']],
    ])('holds both countries\' names and spellings %#', (list, names) => {
      for (const n of names) expect(list, n).toContain(n);
    });

    it('lists no bare place that a club is named after, no common noun and no person', () => {
      const all = Object.values(lists).flat();
      for (const n of ['Porto', 'Braga', 'Santos', 'São Paulo', 'Bahia', 'Chaves', 'Estado', 'Governo', 'Vale', 'Lula', 'Vasco']) {
        expect(all, n).not.toContain(n);
      }
    });
  });
});
