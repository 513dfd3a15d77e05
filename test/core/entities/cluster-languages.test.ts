import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../src/core/types';
import { clusterEntities } from '../../../src/core/entities/cluster';
import { languageProfile } from '../../../src/core/lang';
import { tagNames } from '../quotes/stages';

function cluster(lang: string, text: string, names: Record<string, EntityType>): Entity[] {
  return clusterEntities(text, tagNames(text, names), languageProfile(lang));
}

/** The name of the entity that the last occurrence of `form` (the short one, written alone) ended in. */
function groupOf(entities: Entity[], text: string, form: string): string | undefined {
  const at = text.lastIndexOf(form);
  return entities.find((e) => e.mentions.some((m) => m.start === at))?.name;
}

describe('clusterEntities in Portuguese and Spanish: a one-word name joins the full name that has it inside', () => {
  it.each([
    ['pt', 'a nickname inside the full name', 'O presidente Luiz Inácio Lula da Silva chegou cedo. Depois, Lula falou aos repórteres.',
      { 'Luiz Inácio Lula da Silva': 'PER', Lula: 'PER' }, 'Lula', 'Luiz Inácio Lula da Silva'],
    ['pt', 'the first of two surnames', 'A cantora Marta Ribeiro Santos lançou um disco. Ribeiro vai cantar no Porto.',
      { 'Marta Ribeiro Santos': 'PER', Ribeiro: 'PER', Porto: 'LOC' }, 'Ribeiro', 'Marta Ribeiro Santos'],
    ['es', 'the paternal surname of a compound one', 'Andrés Manuel Herrera Obrador habló el lunes. Herrera respondió a la prensa.',
      { 'Andrés Manuel Herrera Obrador': 'PER', Herrera: 'PER' }, 'Herrera', 'Andrés Manuel Herrera Obrador'],
    ['es', 'the short form after a shorter full form', 'Gabriela Ruiz Tapia ganó el premio. Ruiz Tapia lo dedicó a su madre y Ruiz sonrió.',
      { 'Gabriela Ruiz Tapia': 'PER', 'Ruiz Tapia': 'PER', Ruiz: 'PER' }, 'Ruiz', 'Gabriela Ruiz Tapia'],
  ] as const)('%s: %s', (lang, _label, text, names, short, full) => {
    const entities = cluster(lang, text, names as Record<string, EntityType>);
    expect(groupOf(entities, text, short)).toBe(full);
  });
});

describe('clusterEntities in Portuguese and Spanish: names that must stay apart', () => {
  it.each([
    ['pt', 'a word two people have', 'Carlos Costa Neves e Rita Costa Lima assinaram. Costa não quis comentar.',
      { 'Carlos Costa Neves': 'PER', 'Rita Costa Lima': 'PER', Costa: 'PER' }, 'Costa', 'Costa'],
    ['pt', 'a first name shared with someone else', 'João Pedro Alves e Pedro Rocha chegaram juntos. Pedro Rocha sorriu e Pedro falou.',
      { 'João Pedro Alves': 'PER', 'Pedro Rocha': 'PER', Pedro: 'PER' }, 'Pedro', 'Pedro Rocha'],
    ['es', 'a place word inside an organisation is no person', 'El Banco de Vigo abrió una oficina. Vigo celebró la noticia.',
      { 'Banco de Vigo': 'ORG', Vigo: 'LOC' }, 'Vigo', 'Vigo'],
    ['pt', 'a word inside a full name when the article is English', 'President Luiz Inácio Lula da Silva arrived. Lula spoke.',
      { 'Luiz Inácio Lula da Silva': 'PER', Lula: 'PER' }, 'Lula', 'Lula'],
  ] as const)('%s: %s', (lang, label, text, names, short, own) => {
    const english = label.endsWith('English');
    const entities = english
      ? clusterEntities(text, tagNames(text, names as Record<string, EntityType>))
      : cluster(lang, text, names as Record<string, EntityType>);
    expect(groupOf(entities, text, short)).toBe(own);
  });
});

describe('clusterEntities in Portuguese and Spanish: the language’s particles stay inside names', () => {
  it.each([
    ['pt', 'O Banco do Brasil lucrou mais no trimestre.', 'Banco do Brasil'],
    ['pt', 'A Universidade do Porto abriu vagas.', 'Universidade do Porto'],
    ['es', 'El Ministerio de las Mujeres presentó el plan.', 'Ministerio de las Mujeres'],
    ['es', 'La Orquesta de los Andes tocó anoche.', 'Orquesta de los Andes'],
  ] as const)('%s: %s', (lang, text, name) => {
    const entities = cluster(lang, text, { [name]: 'ORG' });
    expect(entities.map((e) => e.name)).toEqual([name]);
  });

  it('an English article still cuts a name at a word that is no English particle', () => {
    const text = 'Banco do Brasil shares rose.';
    expect(clusterEntities(text, tagNames(text, { 'Banco do Brasil': 'ORG' })).map((e) => e.name)).toEqual(['Banco']);
  });
});
