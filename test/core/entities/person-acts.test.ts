import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { clusterEntities } from '../../../src/core/entities/cluster';
import { actsAsPerson } from '../../../src/core/entities/person-acts';
import { decideTypes } from '../../../src/core/entities/typing';
import { splitSentences } from '../../../src/core/text/sentences';
import { tagNames } from '../quotes/stages';

function acts(text: string, name: string): boolean {
  const entity = clusterEntities(text, tagNames(text, { [name]: 'PER' })).find((e) => e.name === name);
  if (!entity) throw new Error(`no entity ${name}`);
  return actsAsPerson(text, entity);
}

describe('actsAsPerson', () => {
  it.each([
    ['a verb of saying', 'Marlow said the deal was dead.', 'Marlow'],
    ['a verb of saying after an adverb', 'Marlow has repeatedly told voters that taxes will fall.', 'Marlow'],
    ['a relative pronoun for people', 'The bill was backed by Marlow, who spoke for an hour.', 'Marlow'],
    ['an age after a comma', 'Police arrested Marlow, 24, on Friday.', 'Marlow'],
    ["a US lawmaker's party and state", 'A bill by Marlow (D-Ohio) passed.', 'Marlow'],
    ['kin after the possessive', "Reporters waited outside. Marlow's wife declined to comment.", 'Marlow'],
    ['an office after the possessive', "Critics called it the low point of Marlow's presidency.", 'Marlow'],
    ['a head of government\'s administration', 'The Marlow administration denied it.', 'Marlow'],
    ['a verb of writing', 'Marlow wrote in a letter that he would stay.', 'Marlow'],
    ["a cabinet after the possessive", "Two members of Marlow's cabinet quit.", 'Marlow'],
    ['a human verb in any one mention', 'Polls favour Marlow. Marlow joked about it later.', 'Marlow'],
  ])('%s', (_label, text, name) => {
    expect(acts(text, name)).toBe(true);
  });

  it.each([
    ['no act of a person', 'Voters turned to Marlow in the spring.', 'Marlow'],
    ['shares of a company that also speaks', 'Vantor said profit rose. Vantor shares jumped 4%.', 'Vantor'],
    ["a company's goods in its possessive", "Vantor said it would grow. Vantor's products sell well.", 'Vantor'],
    ['someone working at it', 'Vantor said sales fell, an analyst at Vantor wrote.', 'Vantor'],
    ['a business named as such before it', 'The retailer, Vantor, said sales fell.', 'Vantor'],
    ['an acronym that speaks', 'NRB said the figures were final.', 'NRB'],
    ['a ticker in parentheses', 'Vantor (NYSE: VTR) fell in early trade.', 'Vantor'],
    ['a write-down, not writing', 'Vantor wrote down the value of its stores.', 'Vantor'],
    ['a thing owned, not kin', "Marlow's budget failed.", 'Marlow'],
    ['"administration" in a name, not after "the"', 'Marlow Administration staff met.', 'Marlow'],
  ])('not: %s', (_label, text, name) => {
    expect(acts(text, name)).toBe(false);
  });
});

describe('decideTypes: a lone surname the article writes of as a person', () => {
  const typeOf = (text: string, names: Record<string, EntityType>, name: string) =>
    decideTypes(text, clusterEntities(text, tagNames(text, names)), splitSentences(text)).find((e) => e.name === name)?.type;

  it.each([
    ['stays a person when it speaks', 'Marlow told reporters the vote was lost.', { Marlow: 'PER' }, 'Marlow', 'PER'],
    ['stays a person by its administration', 'Aid was cut by the Marlow administration in May.', { Marlow: 'PER' }, 'Marlow', 'PER'],
    ['turns to an organisation when its shares trade', 'Vantor said profit rose. Vantor shares jumped.', { Vantor: 'PER' }, 'Vantor', 'ORG'],
    ['turns to an organisation with nothing a person does', 'Shares of Vantor fell after Vantor cut its forecast.', { Vantor: 'PER' }, 'Vantor', 'ORG'],
  ] as const)('%s', (_label, text, names, name, type) => {
    expect(typeOf(text, names as Record<string, EntityType>, name)).toBe(type);
  });
});
