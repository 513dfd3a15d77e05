import { describe, expect, it } from 'vitest';
import { languageProfile, LANGUAGES, NO_SUMMARY_WORDS, type SummaryWords } from '../../../src/core/lang';
import { summarize } from '../../../src/core/summary/summarize';
import { splitSentences } from '../../../src/core/text/sentences';
import { blocksOf } from '../quotes/stages';

/** The key sentences of a text of paragraphs, one sentence each, with no names and no quotes. */
function pick(paragraphs: string[], words: SummaryWords, count: number): string[] {
  const text = paragraphs.join('\n\n');
  return summarize(text, splitSentences(text, blocksOf(text)), [], [], words, count).map((s) => text.slice(s.start, s.end));
}

interface LanguageCase {
  code: string;
  /** Two sentences that share function words only: both are key sentences, not one a repeat of the other. */
  sharingFunctionWords: [string, string];
  /** Openings that lean on a sentence before: a plain sentence after one is picked instead. */
  leaning: string[];
  /** Openings that only look like it: picked first, as the lead. */
  notLeaning: string[];
  /** The plain sentence that follows either. */
  plain: string;
}

const CASES: LanguageCase[] = [
  {
    code: 'fr',
    sharingFunctionWords: [
      'Les agriculteurs sont dans les champs avec leurs tracteurs pour une semaine.',
      'Les musiciens sont dans les salles avec leurs instruments pour une tournée.',
    ],
    leaning: [
      'Mais les pompiers ont combattu le feu toute la nuit près du village.',
      'Ils ont combattu le feu toute la nuit près du village sans relâche.',
      'Par ailleurs, les pompiers ont combattu le feu toute la nuit près du village.',
      '« Cependant », les pompiers ont combattu le feu toute la nuit près du village.',
    ],
    notLeaning: [
      'Ilona Martin a combattu le feu toute la nuit près du village voisin.',
      'Les pompiers ont combattu le feu toute la nuit près du village voisin.',
    ],
    plain: 'Un incendie de forêt a détruit trois hectares de pins au sud de Bordeaux.',
  },
  {
    code: 'de',
    sharingFunctionWords: [
      'Die Bauern sind mit ihren Traktoren seit einer Woche auf den Feldern unterwegs.',
      'Die Musiker sind mit ihren Instrumenten seit einer Woche auf den Bühnen unterwegs.',
    ],
    leaning: [
      'Sie haben das Feuer die ganze Nacht lang am Rand des Dorfes bekämpft.',
      'Außerdem hat die Feuerwehr das Feuer die ganze Nacht lang bekämpft.',
      'Diese Feuerwehr hat das Feuer die ganze Nacht lang am Dorfrand bekämpft.',
    ],
    notLeaning: [
      'Die Feuerwehr hat das Feuer die ganze Nacht lang am Rand des Dorfes bekämpft.',
      'Erika Braun hat das Feuer die ganze Nacht lang am Rand des Dorfes bekämpft.',
    ],
    plain: 'Ein Waldbrand hat südlich von Leipzig drei Hektar Kiefernwald zerstört.',
  },
  {
    code: 'pt',
    sharingFunctionWords: [
      'Os agricultores estão nos campos com os seus tratores para uma semana inteira.',
      'Os músicos estão nos palcos com os seus instrumentos para uma digressão inteira.',
    ],
    leaning: [
      'Eles combateram o fogo durante toda a noite perto da aldeia vizinha.',
      'No entanto, os bombeiros combateram o fogo durante toda a noite perto da aldeia.',
      'Essa equipe combateu o fogo durante toda a noite perto da aldeia vizinha.',
    ],
    notLeaning: [
      'Eleições locais foram adiadas durante toda a semana perto da aldeia vizinha.',
      'Os bombeiros combateram o fogo durante toda a noite perto da aldeia vizinha.',
    ],
    plain: 'Um incêndio florestal destruiu três hectares de pinheiros ao sul de Coimbra.',
  },
  {
    code: 'es',
    sharingFunctionWords: [
      'Los agricultores están en los campos con sus tractores para toda una semana.',
      'Los músicos están en los escenarios con sus instrumentos para toda una gira.',
    ],
    leaning: ['Sin embargo, los bomberos combatieron el fuego toda la noche cerca del pueblo.'],
    notLeaning: ['Estela Ruiz combatió el fuego durante toda la noche cerca del pueblo vecino.'],
    plain: 'Un incendio forestal destruyó tres hectáreas de pinos al sur de Valencia.',
  },
];

describe('key sentences in each language', () => {
  describe.each(CASES)('$code', ({ code, sharingFunctionWords, leaning, notLeaning, plain }) => {
    const words = languageProfile(code).summary;

    it('has summary words in its profile', () => {
      expect(words).toBeDefined();
    });

    it('does not take two sentences for repeats because they share function words', () => {
      expect(pick(sharingFunctionWords, words!, 2)).toEqual(sharingFunctionWords);
      // Read with no stop words, the shared function words make the second a repeat of the first.
      expect(pick(sharingFunctionWords, NO_SUMMARY_WORDS, 2)).toEqual([sharingFunctionWords[0]]);
    });

    it.each(leaning)('passes over a lead that leans back: %s', (opening) => {
      expect(pick([opening, plain], words!, 1)).toEqual([plain]);
      expect(pick([opening, plain], NO_SUMMARY_WORDS, 1)).toEqual([opening]);
    });

    it.each(notLeaning)('keeps a lead that does not lean back: %s', (opening) => {
      expect(pick([opening, plain], words!, 1)).toEqual([opening]);
    });
  });
});

describe('summary words of every profile', () => {
  const listed = LANGUAGES.filter((l) => l.summary).map((l) => [l.code, l.summary!] as const);
  it.each(listed)('%s: lower case, a stop word one token, an opening whole words', (_, words) => {
    for (const w of words.stopwords) expect(w).toMatch(/^[\p{Ll}\p{Lo}]+$/u);
    for (const o of words.leansBack) expect(o).toMatch(/^[\p{Ll}\p{Lo}]+(?: [\p{Ll}\p{Lo}]+)*$/u);
  });

  it('gives every language with quote cues its own summary words', () => {
    expect(LANGUAGES.filter((l) => l.cues && !l.summary).map((l) => l.code)).toEqual([]);
  });
});
