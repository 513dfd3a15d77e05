import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/types';
import { assignRoles } from '../../../src/core/entities/roles';
import { clusterEntities } from '../../../src/core/entities/cluster';
import { tagNames } from '../quotes/stages';

function roleOf(text: string, names: Record<string, EntityType>, person: string): string | undefined {
  const entities = assignRoles(text, clusterEntities(text, tagNames(text, names)), []);
  return entities.find((e) => e.name === person)?.role;
}

describe('assignRoles', () => {
  it.each([
    ['appositive after the name', '"We are talking," said Abdelkarim Khalaf, spokesman for Prime Minister Adel Abdel Mahdi.', { 'Abdelkarim Khalaf': 'PER', 'Adel Abdel Mahdi': 'PER' }, 'Abdelkarim Khalaf', 'spokesman for Prime Minister Adel Abdel Mahdi'],
    ['title before the name', 'The spokesman for Prime Minister Adel Abdel Mahdi spoke.', { 'Adel Abdel Mahdi': 'PER' }, 'Adel Abdel Mahdi', 'Prime Minister'],
    ['nationality and title', 'The strike killed Iranian General Qasem Soleimani in Baghdad.', { 'Qasem Soleimani': 'PER', Iranian: 'MISC', Baghdad: 'LOC' }, 'Qasem Soleimani', 'Iranian General'],
    ['country and title', 'US President Donald Trump himself has said so.', { 'Donald Trump': 'PER', US: 'LOC' }, 'Donald Trump', 'US President'],
    ['appositive before the name', 'His special envoy to the coalition, James Jeffrey, hinted at a shift.', { 'James Jeffrey': 'PER' }, 'James Jeffrey', 'special envoy to the coalition'],
    ['role noun with modifiers', 'In an interview, longtime Democratic pollster Pat Caddell said so.', { 'Pat Caddell': 'PER' }, 'Pat Caddell', 'longtime Democratic pollster'],
    ['appositive with a determiner', 'Scott Pruitt, the Republican attorney general of Oklahoma, sued.', { 'Scott Pruitt': 'PER', Oklahoma: 'LOC' }, 'Scott Pruitt', 'Republican attorney general of Oklahoma'],
    ['title of several words', 'Secretary of State John Kerry flew to Geneva.', { 'John Kerry': 'PER', Geneva: 'LOC' }, 'John Kerry', 'Secretary of State'],
    ['the body a title belongs to', 'Interim BART Police Chief Ed Alvarez told reporters.', { 'Ed Alvarez': 'PER', BART: 'ORG' }, 'Ed Alvarez', 'Interim BART Police Chief'],
    ['a title before, when the appositive names someone else', 'Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey has spoken out.', { Instagram: 'ORG', 'Adam Mosseri': 'PER', Twitter: 'ORG', 'Jack Dorsey': 'PER' }, 'Adam Mosseri', 'Instagram head'],
    ['a title after a relative', 'The son of former German President Richard von Weizsäcker, Fritz von Weizsäcker, died.', { 'Richard von Weizsäcker': 'PER', 'Fritz von Weizsäcker': 'PER', German: 'MISC' }, 'Richard von Weizsäcker', 'former German President'],
  ] as const)('%s', (_label, text, names, person, role) => {
    expect(roleOf(text, names as Record<string, EntityType>, person)).toBe(role);
  });

  it.each([
    ['a clause after the comma', 'Khalaf, adding that officials were worried, left early.', { Khalaf: 'PER' }, 'Khalaf'],
    ['an honorific alone', 'Mr. Alexander said no.', { Alexander: 'PER' }, 'Alexander'],
    ['a verb before the name', 'The drone strike killed Soleimani on Friday.', { Soleimani: 'PER' }, 'Soleimani'],
    ['a list of names', 'Donald Trump, Hillary Clinton and Gary Johnson debated.', { 'Donald Trump': 'PER', 'Hillary Clinton': 'PER', 'Gary Johnson': 'PER' }, 'Hillary Clinton'],
  ] as const)('gives no role for %s', (_label, text, names, person) => {
    expect(roleOf(text, names as Record<string, EntityType>, person)).toBeUndefined();
  });

  it('keeps the first description the article gives', () => {
    const text = 'Prime Minister Adel Abdel Mahdi spoke. Later, Adel Abdel Mahdi, the outgoing premier, resigned.';
    expect(roleOf(text, { 'Adel Abdel Mahdi': 'PER' }, 'Adel Abdel Mahdi')).toBe('Prime Minister');
  });

  it('gives roles only to people and survives bad input', () => {
    const text = 'NATO, the military alliance, met.';
    expect(roleOf(text, { NATO: 'ORG' }, 'NATO')).toBeUndefined();
    expect(assignRoles('', [], [])).toEqual([]);
    const garbage = ', , , ,'.repeat(1000);
    expect(assignRoles(garbage, clusterEntities(garbage, []), [])).toEqual([]);
  });
});
