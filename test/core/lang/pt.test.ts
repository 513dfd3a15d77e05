import { describe, expect, it } from 'vitest';
import { read, spoken } from './read';

describe('Portuguese quotes and speakers', () => {
  it.each([
    ['“Não vamos desistir”, disse o presidente Luiz Inácio Lula da Silva.', [['Não vamos desistir', 'Luiz Inácio Lula da Silva']]],
    ['“O acordo saiu”, disse Marta Souza. “A inflação vai cair”, disse ele.', [['O acordo saiu', 'Marta Souza'], ['A inflação vai cair', 'Marta Souza']]],
    ['Segundo a ministra, “o acordo está fechado”.', [['o acordo está fechado', 'a ministra']]],
    ['De acordo com João Pereira, “a obra atrasou”.', [['a obra atrasou', 'João Pereira']]],
    ['— Vamos vencer — afirmou o técnico.', [['Vamos vencer', 'o técnico']]],
    ['A governadora afirmou: “A estrada será reaberta amanhã.”', [['A estrada será reaberta amanhã.', 'A governadora']]],
    ['«Não há crise», afirmou Rui Costa.', [['Não há crise', 'Rui Costa']]],
    // The appositive a comma closes is the subject; a verb with no subject written means whom the text is about.
    ['O ministro da Fazenda, Carlos Mendes, disse que a reforma é “urgente e necessária”.\n“Não há alternativa”, afirmou.', [['urgente e necessária', 'Carlos Mendes'], ['Não há alternativa', 'Carlos Mendes']]],
    ['Segundo o ministro Paulo Ramos, “a meta será cumprida”.', [['a meta será cumprida', 'Paulo Ramos']]],
    // "à Folha" is whom he spoke to, not who spoke.
    ['O senador Rui Lopes votou contra. “Foi um erro”, disse à Folha.', [['Foi um erro', 'Rui Lopes']]],
    // A name after "da" completes the description; a quote left open ends at its cue.
    ['“Foi um erro”, disse um dos diretores da Vale.', [['Foi um erro', 'um dos diretores da Vale']]],
    ['“Quero todos recuperados para a final, afirmou o treinador.', [['Quero todos recuperados para a final,', 'o treinador']]],
  ] as [string, [string, string | null][]][])('%s', (text, expected) => {
    expect(spoken(text, 'pt')).toEqual(expected);
  });

  it('keeps the description of a named speaker', () => {
    const q = read('“Não vamos desistir”, disse o presidente Luiz Inácio Lula da Silva.', 'pt').quotes[0];
    expect(q).toMatchObject({ speakerKind: 'named', speakerDescription: 'o presidente' });
  });

  it.each([
    ['– 1ª etapa: Interlagos, em abril', []],
    ['O jornal “Folha” publicou a notícia ontem.', []],
  ] as [string, [string, string | null][]][])('no speech: %s', (text, expected) => {
    expect(spoken(text, 'pt')).toEqual(expected);
  });
});
