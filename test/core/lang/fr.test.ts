import { describe, expect, it } from 'vitest';
import { spoken } from './read';

// Invented sentences; each row: text, then [quote, speaker] for every spoken quote in it.
describe('French quotes and speakers', () => {
  it.each([
    ['« Nous ne céderons pas », a déclaré le ministre.', [['Nous ne céderons pas', 'le ministre']]],
    ['«\u00a0Rien n’est décidé\u00a0», a précisé Marie Lemaire.', [['Rien n’est décidé', 'Marie Lemaire']]],
    ['«\u202fLe calendrier tient\u202f», affirme Paul Girard.', [['Le calendrier tient', 'Paul Girard']]],
    ['Sophie Martin a affirmé : « Le projet avance. » « Nous partons demain », dit-elle.', [['Le projet avance.', 'Sophie Martin'], ['Nous partons demain', 'Sophie Martin']]],
    // A pronoun with no speaker before it: the person the text was just about.
    ['Léa Roux était prudente. « C’est une erreur », a-t-elle ajouté.', [['C’est une erreur', 'Léa Roux']]],
    ['Le président a reçu les syndicats.\n« Nous avons avancé », a-t-il déclaré. « Il reste du travail. »', [['Nous avons avancé', 'Le président'], ['Il reste du travail.', 'Le président']]],
    ['Hugo Blanc a parlé le premier. « Tout va bien », a déclaré Hugo Blanc. « C’est une erreur », a-t-il ajouté.', [['Tout va bien', 'Hugo Blanc'], ['C’est une erreur', 'Hugo Blanc']]],
    ['Selon Jean Dupont, « la réforme est morte avant même d’être votée ».', [['la réforme est morte avant même d’être votée', 'Jean Dupont']]],
    ['D’après la préfecture, « aucune victime n’est à déplorer ».', [['aucune victime n’est à déplorer', 'la préfecture']]],
    ['“Le texte sera amendé”, a indiqué le rapporteur.', [['Le texte sera amendé', 'le rapporteur']]],
    ['— Nous partirons à l’aube, dit le capitaine.', [['Nous partirons à l’aube', 'le capitaine']]],
    ['« Quelle victoire ! » s’est exclamé Marc Petit.', [['Quelle victoire !', 'Marc Petit']]],
  ] as [string, [string, string | null][]][])('%s', (text, expected) => {
    expect(spoken(text, 'fr')).toEqual(expected);
  });

  it.each([
    // No speech at all: a title, an elided article, a dash list item.
    ['Il lit « Le Monde » chaque matin avant de partir au travail.', []],
    ['L’homme qu’on attendait n’est pas venu aujourd’hui.', []],
    ['— Premier point de l’ordre du jour', []],
  ] as [string, [string, string | null][]][])('no speaker: %s', (text, expected) => {
    expect(spoken(text, 'fr')).toEqual(expected);
  });
});

describe('French speakers introduced by an elided article', () => {
  it('reads "l’avocat de la famille" as a description', () => {
    expect(spoken('« Nous ferons appel », a déclaré l’avocat de la famille.', 'fr')).toEqual([['Nous ferons appel', 'l’avocat de la famille']]);
  });
});
