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
    ['a whole modifier phrase', 'Yesterday NASA planetary scientist Ada Brook said so.', { NASA: 'ORG', 'Ada Brook': 'PER' }, 'Ada Brook', 'NASA planetary scientist'],
    ['a list of roles before the name', 'Profits fell, chairman, CEO and president Ola Dahl said.', { 'Ola Dahl': 'PER' }, 'Ola Dahl', 'chairman, CEO and president'],
    ['a role with a comma before the name', "The firm's founder and former CEO, Rhea Pell, resigned.", { 'Rhea Pell': 'PER' }, 'Rhea Pell', "firm's founder and former CEO"],
    ['a sports position after a team', 'Ravens quarterback Tom Vale threw twice.', { Ravens: 'ORG', 'Tom Vale': 'PER' }, 'Tom Vale', 'Ravens quarterback'],
    ['a position abbreviation in a depth chart', 'LB Joe Marr 74 100%\nCB Ian Po 60 80%', { 'Joe Marr': 'PER', 'Ian Po': 'PER' }, 'Ian Po', 'CB'],
    ['a one-letter position at the start of a line', 'Pos Player\nS Dan Rue 43 58%', { 'Dan Rue': 'PER' }, 'Dan Rue', 'S'],
    ['an appositive through a dotted place', 'Lia Moss, a chemist at Vale University in Washington, D.C., said so.', { 'Lia Moss': 'PER', 'Vale University': 'ORG', 'Washington, D.C.': 'LOC' }, 'Lia Moss', 'chemist at Vale University in Washington, D.C.'],
    ['two roles joined by "and"', 'said Ivo Lund, senior foreign exchange trader and strategist at Tarn Inc. Then he left.', { 'Ivo Lund': 'PER', 'Tarn Inc.': 'ORG' }, 'Ivo Lund', 'senior foreign exchange trader and strategist at Tarn Inc.'],
    ['a possessive person in the appositive', 'Kai Moe, Ross\'s attorney, spoke. Ross left.', { 'Kai Moe': 'PER', Ross: 'PER' }, 'Kai Moe', "Ross's attorney"],
    ['an organisation by its kind', 'Shares of rival Brill Co. fell.', { 'Brill Co.': 'ORG' }, 'Brill Co.', 'rival'],
    ['an organisation after its own "The"', 'A dispute with private equity giant The Harlow Group began.', { 'Harlow Group': 'ORG' }, 'Harlow Group', 'private equity giant'],
    ['an appositive through a dotted acronym', 'James Kemp Jr., the U.S. Attorney for the Western District, said so.', { 'James Kemp Jr.': 'PER' }, 'James Kemp Jr.', 'U.S. Attorney for the Western District'],
    ['a credit line', 'STAFF\nChoreographer: Jeong Min, Lighting Design: Sin Ho, Writer: Lee Jun', { 'Jeong Min': 'PER', 'Sin Ho': 'PER', 'Lee Jun': 'PER' }, 'Sin Ho', 'Lighting Design'],
    ['an appositive past a middle initial', 'George Kirk, the father of Captain James T. Kirk, returns.', { 'George Kirk': 'PER', 'James T. Kirk': 'PER' }, 'George Kirk', 'father of Captain James T. Kirk'],
    ['coordinate adjectives before a noun of kind', "It orbits Saturn's icy, ocean-harboring moon Encelia.", { Saturn: 'LOC', Encelia: 'LOC' }, 'Encelia', "Saturn's icy, ocean-harboring moon"],
    ['an organisation by an appositive', 'NATO, the military alliance, met.', { NATO: 'ORG' }, 'NATO', 'military alliance'],
    ['a place by an appositive', 'Kessel, a town on the border with Ostland, voted.', { Kessel: 'LOC', Ostland: 'LOC' }, 'Kessel', 'town on the border with Ostland'],
    ['a verb before a title is not part of it', 'He threatened to kill U.S. Rep. Ana Ruiz last year.', { 'Ana Ruiz': 'PER', 'U.S.': 'LOC' }, 'Ana Ruiz', 'U.S. Rep.'],
    ['a participle before a role is not part of it', 'The firm is adding marketing pioneer Ivo Brak to its board.', { 'Ivo Brak': 'PER' }, 'Ivo Brak', 'marketing pioneer'],
    ['a title with a complement that has "the"', 'He met U.S. Ambassador to the Ostland Union Ada Lind there.', { 'Ostland Union': 'ORG', 'Ada Lind': 'PER' }, 'Ada Lind', 'U.S. Ambassador to the Ostland Union'],
    ['a title with its complement before the name', "China's ambassador to Britain Liu Xia has said so.", { China: 'LOC', Britain: 'LOC', 'Liu Xia': 'PER' }, 'Liu Xia', "China's ambassador to Britain"],
    ['a role after the last "of" of a clause', "It boosted the prospects of Ruritania's incumbent president, Tsai Ling, before the vote.", { Ruritania: 'LOC', 'Tsai Ling': 'PER' }, 'Tsai Ling', "Ruritania's incumbent president"],
    ['a hyphenated modifier', 'Fighters of the Iran-backed militia Kataib Zaid fired.', { Iran: 'LOC', 'Kataib Zaid': 'ORG' }, 'Kataib Zaid', 'Iran-backed militia'],
    ['a relative clause of being', 'said Ola Brin, who is a senior fellow at the Tarn Institute.', { 'Ola Brin': 'PER', 'Tarn Institute': 'ORG' }, 'Ola Brin', 'senior fellow at the Tarn Institute'],
    ['a relative clause of holding a post', 'said Ana Ruiz, who chairs the city budget panel.', { 'Ana Ruiz': 'PER' }, 'Ana Ruiz', 'chairs the city budget panel'],
    ['a relative clause up to a second verb', 'Ivo Lund, who runs the bakery on Quay Street and said he was tired, spoke.', { 'Ivo Lund': 'PER', 'Quay Street': 'LOC' }, 'Ivo Lund', 'runs the bakery on Quay Street'],
    ['a two-word sports position', 'Ravens defensive end Tom Vale was fined.', { Ravens: 'ORG', 'Tom Vale': 'PER' }, 'Tom Vale', 'Ravens defensive end'],
    ['a legal title', 'Republican counsel Rea Moss asked twice.', { 'Rea Moss': 'PER' }, 'Rea Moss', 'Republican counsel'],
    ['a verb of an infinitive is not part of the role', 'He urged them to investigate former Vice President Ada Lind.', { 'Ada Lind': 'PER' }, 'Ada Lind', 'former Vice President'],
    ['a role after the last preposition of a clause, closing the sentence', 'The column was founded by her mother, Ruth Marsh. It ran for years.', { 'Ruth Marsh': 'PER' }, 'Ruth Marsh', 'mother'],
    ['a second role after "and" with its own modifier', 'Reports named billionaire investor and alleged smuggler Ivo Brak as the buyer.', { 'Ivo Brak': 'PER' }, 'Ivo Brak', 'billionaire investor and alleged smuggler'],
    ['only the phrase next to the name, not an earlier one before a comma', 'Another diplomat, former special envoy to Ostland Ada Lind, agreed.', { Ostland: 'LOC', 'Ada Lind': 'PER' }, 'Ada Lind', 'former special envoy to Ostland'],
    ['a title without a word that judges it', 'Fans watched the real Prince Edwin wave.', { 'Prince Edwin': 'PER' }, 'Prince Edwin', 'Prince'],
    ['a long appositive keeps its head and first complement', 'Ian Holm, an expert in drug use and mental health at the Department of Health Sciences at the Vale University of Tarn, said so.', { 'Ian Holm': 'PER', 'Department of Health Sciences': 'ORG', 'Vale University of Tarn': 'ORG' }, 'Ian Holm', 'expert in drug use and mental health'],
  ] as const)('%s', (_label, text, names, person, role) => {
    expect(roleOf(text, names as Record<string, EntityType>, person)).toBe(role);
  });

  it.each([
    ['a clause after the comma', 'Khalaf, adding that officials were worried, left early.', { Khalaf: 'PER' }, 'Khalaf'],
    ['an honorific alone', 'Mr. Alexander said no.', { Alexander: 'PER' }, 'Alexander'],
    ['a verb before the name', 'The drone strike killed Soleimani on Friday.', { Soleimani: 'PER' }, 'Soleimani'],
    ['a list of names', 'Donald Trump, Hillary Clinton and Gary Johnson debated.', { 'Donald Trump': 'PER', 'Hillary Clinton': 'PER', 'Gary Johnson': 'PER' }, 'Hillary Clinton'],
    ['an everyday word that is also a position', 'Moving forward, Tia Rowe has a new deal.', { 'Tia Rowe': 'PER' }, 'Tia Rowe'],
    ['a heading before a colon', 'UPDATE: Ana Ruiz spoke again.', { 'Ana Ruiz': 'PER' }, 'Ana Ruiz'],
    ['an appositive of the name before', 'It sits in Kessel, a town on the border, Ostland said.', { Kessel: 'LOC', Ostland: 'LOC' }, 'Ostland'],
    ['a relative clause that is a predicate', 'Ana Ruiz, who was arrested on Friday, left.', { 'Ana Ruiz': 'PER' }, 'Ana Ruiz'],
    ['a relative clause of an action', 'Ivo Lund, who runs every morning, spoke.', { 'Ivo Lund': 'PER' }, 'Ivo Lund'],
    ['an everyday word after a word that is no qualifier', 'At the far end Tia Rowe waited.', { 'Tia Rowe': 'PER' }, 'Tia Rowe'],
  ] as const)('gives no role for %s', (_label, text, names, person) => {
    expect(roleOf(text, names as Record<string, EntityType>, person)).toBeUndefined();
  });

  it('keeps the first description the article gives', () => {
    const text = 'Prime Minister Adel Abdel Mahdi spoke. Later, Adel Abdel Mahdi, the outgoing premier, resigned.';
    expect(roleOf(text, { 'Adel Abdel Mahdi': 'PER' }, 'Adel Abdel Mahdi')).toBe('Prime Minister');
  });

  it('survives bad input', () => {
    expect(assignRoles('', [], [])).toEqual([]);
    const garbage = ', , , ,'.repeat(1000);
    expect(assignRoles(garbage, clusterEntities(garbage, []), [])).toEqual([]);
  });
});
