import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { assignRoles } from '../../../src/core/entities/roles';
import { clusterEntities } from '../../../src/core/entities/cluster';
import { LANGUAGES, languageProfile } from '../../../src/core/lang';
import { tagNames } from '../quotes/stages';

function roleOf(lang: string, text: string, names: Record<string, EntityType>, person: string): string | undefined {
  const profile = languageProfile(lang);
  const entities = assignRoles(text, clusterEntities(text, tagNames(text, names), profile), [], profile);
  return entities.find((e) => e.name === person)?.role;
}

describe('assignRoles with the role words of the article’s language', () => {
  it.each([
    ['pt', 'a title before the name', 'O presidente Luiz Inácio Lula da Silva visitou Recife.', 'Luiz Inácio Lula da Silva', 'presidente'],
    ['pt', 'a role and what it is of, then a comma', 'A ministra da Saúde, Ana Costa, visitou o hospital.', 'Ana Costa', 'ministra da Saúde'],
    ['pt', 'an appositive after the name', 'Ana Costa, ministra da Saúde, visitou o hospital.', 'Ana Costa', 'ministra da Saúde'],
    ['pt', 'a hyphenated title', 'O ex-presidente Rui Alves Moreira falou ontem.', 'Rui Alves Moreira', 'ex-presidente'],
    ['pt', 'a title with an adjective', 'O primeiro-ministro português Paulo Neves chegou.', 'Paulo Neves', 'primeiro-ministro português'],
    ['pt', 'a lower-case complement set off by commas', 'O porta-voz do partido, Rui Alves, negou tudo.', 'Rui Alves', 'porta-voz do partido'],
    ['pt', 'an appositive with a determiner', 'Rita Lima, a diretora do Museu Nacional, abriu a sala.', 'Rita Lima', 'diretora do Museu Nacional'],
    ['es', 'a title and its body, then a comma', 'El presidente del Gobierno, Pedro Salas, viajó a Lima.', 'Pedro Salas', 'presidente del Gobierno'],
    ['es', 'a title before the name', 'La alcaldesa Ana Ruiz inauguró el puente.', 'Ana Ruiz', 'alcaldesa'],
  ] as const)('%s: %s', (lang, _label, text, person, role) => {
    expect(roleOf(lang, text, { [person]: 'PER' }, person)).toBe(role);
  });

  it.each([
    ['pt', 'a role ending the clause before the comma', 'Depois de falar com o presidente, Ana Costa saiu.', 'Ana Costa'],
    ['pt', 'a relative clause', 'Ana Costa, que é ministra, saiu cedo.', 'Ana Costa'],
    ['pt', 'a form of address alone', 'Dona Maria Alves abriu a loja.', 'Maria Alves'],
    ['pt', 'a list of names', 'Ana Costa, Rui Alves e Pedro Lima chegaram.', 'Ana Costa'],
    ['pt', 'an appositive that goes on into a clause', 'Ana Costa, ministra desde maio de 2020, saiu.', 'Ana Costa'],
    ['pt', 'a quotation after the comma', 'Ana Costa, “Vamos ganhar”, disse ela.', 'Ana Costa'],
    ['es', 'a verb between the role and the name', 'El ministro dijo que Ana Ruiz llegó tarde.', 'Ana Ruiz'],
  ] as const)('%s: no role for %s', (lang, _label, text, person) => {
    expect(roleOf(lang, text, { [person]: 'PER' }, person)).toBeUndefined();
  });

  it('reads Portuguese role words only in a Portuguese article', () => {
    const text = 'O presidente Luiz Inácio Lula da Silva visitou Recife.';
    expect(assignRoles(text, clusterEntities(text, tagNames(text, { 'Luiz Inácio Lula da Silva': 'PER' })), [])[0].role).toBeUndefined();
  });
});

describe('the name words of every language profile', () => {
  it.each(LANGUAGES.filter((l) => l.names).map((l) => [l.code, l.names!] as const))('%s: lower case, one token each', (_code, names) => {
    // Role phrases are matched token by token, and the tokenizer splits hyphens: "porta-voz" is listed as two words.
    for (const word of [...names.roleWords, ...names.honorifics, ...names.particles, ...names.roleLinks]) expect(word).toMatch(/^\p{Ll}[\p{Ll}ªº]*$/u);
    expect(names.roleWords.length).toBeGreaterThan(20);
  });
});
