// Spanish: « » in print, “ ” on most news sites; dialogue dashes ("—No cederemos —dijo el ministro—.").
import type { LanguageProfile } from '../types';
import { ES_BASICS } from './basics';
import { forms, words } from '../verbs';
import { ES_ROLE_WORDS } from './role-words';
import { ES_SUMMARY_WORDS } from './summary-words';

// Third-person preterite, present and imperfect, participle, gerund, future and conditional.
const AR = ['ó', 'aron', 'a', 'an', 'aba', 'aban', 'ado', 'ando', 'ará', 'aría'];
const ER_IR = ['ió', 'ieron', 'e', 'en', 'ía', 'ían', 'ido', 'iendo'];
const PARTICLES = words('de del la las los y');

export const es: LanguageProfile = {
  ...ES_BASICS,
  summary: ES_SUMMARY_WORDS,
  quotes: { pairs: [['«', '»'], ['“', '”'], ['‘', '’']], dash: true },
  cues: {
    verbs: [
      ...forms('afirm declar explic señal asegur agreg indic subray destac apunt manifest coment precis denunci anunci expres relat confes pregunt alert insinu reiter recalc critic',
        AR),
      ...forms('añad insist respond admit reconoc', ER_IR),
      ...words(`dijo dijeron dice dicen decía decían dicho diciendo dirá sostuvo sostiene advirtió advierte
        concluyó concluye escribió escribe escrito`),
    ],
    pronouns: words('él ella ellos ellas'),
    auxiliaries: words('ha han había habían habría'),
    passives: words('fue fueron es son sido'),
    sources: ['según', 'de acuerdo con', 'a juicio de'],
    sourcesAfterQuote: [],
    determiners: words('el la los las un una su sus este esta ese esa'),
    nameParticles: PARTICLES,
    adverbs: words('también además luego entonces ayer hoy lunes martes miércoles jueves viernes sábado domingo'),
    phraseEnds: words('en a al durante ante tras que quien cuando para por con sobre'),
  },
  names: {
    roleWords: ES_ROLE_WORDS,
    particles: PARTICLES,
    honorifics: words('sr sra srta don doña dr dra'),
    roleLinks: words('de del'),
    anyWordShortForm: true,
  },
  abbreviations: words('Sr Sra Srta Dr Dra Lic Ing núm pág Ud Uds ene feb abr jun jul ago sept oct nov dic'),
};
