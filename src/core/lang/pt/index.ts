// Portuguese: “ ” on news sites (Brazil and Portugal), « » in European print; dialogue dashes; inverted cues
// ("disse ele", "afirmou o ministro") and "segundo X".
import type { LanguageProfile } from '../types';
import { PT_BASICS } from './basics';
import { forms, words } from '../verbs';
import { PT_ROLE_WORDS } from './ner-role-words';
import { PT_SUMMARY_WORDS } from './summary-words';

// Third-person preterite, present and imperfect, participle and gerund.
const AR = ['ou', 'aram', 'a', 'am', 'ava', 'avam', 'ado', 'ando'];
const ER = ['eu', 'eram', 'e', 'em', 'ia', 'iam', 'ido', 'endo'];
const IR = ['iu', 'iram', 'e', 'em', 'ia', 'iam', 'ido', 'indo'];
const PARTICLES = words('da de do das dos e');

export const pt: LanguageProfile = {
  ...PT_BASICS,
  summary: PT_SUMMARY_WORDS,
  quotes: { pairs: [['“', '”'], ['«', '»'], ['‘', '’']], dash: true },
  cues: {
    verbs: [
      ...forms('afirm declar explic ressalt destac acrescent salient avali pontu observ complet lembr alert critic garant sublinh cont relat coment anunci pergunt avis enfatiz indic question reclam confirm',
        AR),
      ...forms('defend respond reconhec escrev', ER),
      ...forms('admit insist conclu', IR),
      ...words('disse disseram diz dizem dizia diziam dito dizendo dirá reforçou reforça escrito'),
    ],
    pronouns: words('ele ela eles elas'),
    auxiliaries: words('tem têm tinha tinham havia'),
    passives: words('foi foram é são sido'),
    sources: ['segundo', 'conforme', 'de acordo com'],
    sourcesAfterQuote: [],
    determiners: words('o a os as um uma seu sua seus suas este esta'),
    nameParticles: PARTICLES,
    adverbs: words('também ainda ontem hoje então depois'),
    phraseEnds: words('em no na nos nas ao à aos às durante que quando para com sobre nesta neste'),
  },
  abbreviations: words('Sr Sra Srta Dr Dra Prof Profa Eng nº pág jan fev mar abr jun jul ago set out nov dez'),
  names: {
    roleWords: PT_ROLE_WORDS,
    particles: PARTICLES,
    honorifics: words('sr sra srª srta dr dra dom dona'),
    roleLinks: words('da de do das dos'),
    anyWordShortForm: true,
  },
  entityModel: 'ner-pt.bin',
};
