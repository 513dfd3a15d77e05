import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_PATH, nodeModelFor, nodeNerModel } from '../../src/cli/node-model';
import { articleFromText } from '../../src/cli/read-input';
import type { NerModel } from '../../src/core/ner/model';
import type { PerceptronTagger } from '../../src/core/ner/tagger';

const PT_MODEL = join(MODEL_PATH, '../ner-pt.bin');

// Invented articles, long enough for the language detector.
const PT = `O governo anunciou ontem em Lisboa que a ministra da Saúde, Ana Ribeiro, vai apresentar o novo plano para os
hospitais do Norte. Segundo a ministra, o plano foi discutido com os sindicatos e com a Ordem dos Médicos durante
o mês de março, e as primeiras obras começam no verão em Braga e no Porto.`;
const EN = `The government said yesterday in London that the health minister, Anna Reed, will present the new plan for the
hospitals of the north. According to the minister, the plan was discussed with the unions and with the medical
association during March, and the first works start in the summer in Leeds and York.`;
const FR = `Le gouvernement a annoncé hier à Paris que la ministre de la Santé, Anne Rivière, va présenter le nouveau plan
pour les hôpitaux du Nord. Selon la ministre, le plan a été discuté avec les syndicats et avec l'ordre des médecins
au mois de mars, et les premiers travaux commencent cet été à Lille et à Arras.`;

/** The language the model was trained for (English models from before languages were told apart say none). */
const langOf = (m: NerModel | null) => (m as PerceptronTagger | null)?.metadata.lang ?? 'en';

describe.skipIf(!existsSync(MODEL_PATH) || !existsSync(PT_MODEL))('nodeModelFor', () => {
  it('gives a Portuguese article the Portuguese model', () => {
    expect(langOf(nodeModelFor(articleFromText(PT)))).toBe('pt');
  });

  it('gives an English article the English model, loaded once', () => {
    const model = nodeModelFor(articleFromText(EN));
    expect(model).toBe(nodeNerModel());
    expect(langOf(model)).toBe('en');
  });

  it('gives no model to a language without one', () => {
    expect(nodeModelFor(articleFromText(FR))).toBeNull();
  });

  it('finds the names of a Portuguese article with the Portuguese model', () => {
    const article = articleFromText(PT);
    const mentions = nodeModelFor(article)!.tag(article.text, [{ start: 0, end: article.text.length }]);
    const names = mentions.map((m) => `${m.text}/${m.type}`);
    expect(names).toEqual(expect.arrayContaining(['Lisboa/LOC', 'Ana Ribeiro/PER']));
    expect(names).toEqual(expect.arrayContaining(['Braga/LOC', 'Ordem dos Médicos/ORG']));
    expect(names.some((n) => /^(Segundo|O|A)\//.test(n))).toBe(false);
    // The Portuguese corpus has no MISC: the model never gives it.
    expect(mentions.filter((m) => m.type === 'MISC')).toEqual([]);
  });

  // Invented sentences: names joined by "de", "da", "dos" stay whole; a verb between two names parts them.
  it.each([
    ['Maria da Silva mora no Rio de Janeiro.', ['Maria da Silva/PER', 'Rio de Janeiro/LOC']],
    ['O Banco de Portugal subiu os juros.', ['Banco de Portugal/ORG']],
    ['A Ordem dos Médicos reuniu-se em Braga.', ['Ordem dos Médicos/ORG', 'Braga/LOC']],
    ['Lula deixa Brasília hoje.', ['Lula/PER', 'Brasília/LOC']],
    ['Sampaio elogia Lisboa.', ['Sampaio/PER', 'Lisboa/LOC']],
    ['Lula visita Lisboa.', ['Lula/PER', 'Lisboa/LOC']],
    ['O ministro Rui Costa recebeu ontem Ana Lopes em Faro.', ['Rui Costa/PER', 'Ana Lopes/PER', 'Faro/LOC']],
  ])('tags "%s" as %j', (text, names) => {
    const model = nodeNerModel(PT_MODEL);
    expect(model.tag(text, [{ start: 0, end: text.length }]).map((m) => `${m.text}/${m.type}`)).toEqual(names);
  });
});
