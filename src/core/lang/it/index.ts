// Italian: « » in most newspapers, “ ” online; "ha detto X", "secondo X", "stando a X".
import type { LanguageProfile } from '../types';
import { IT_BASICS } from './basics';
import { forms, words } from '../verbs';
import { IT_SUMMARY_WORDS } from './summary-words';

// Third-person present, imperfect, simple past, and the participle of -are verbs.
const ARE = ['a', 'ano', 'ava', 'avano', 'ò', 'arono', 'ato', 'ata', 'ando'];

export const it: LanguageProfile = {
  ...IT_BASICS,
  summary: IT_SUMMARY_WORDS,
  quotes: { pairs: [['«', '»'], ['“', '”'], ['‘', '’']], dash: true },
  cues: {
    verbs: [
      ...forms('dichiar afferm spieg sottoline ricord precis osserv annunci conferm comment denunci raccont assicur evidenzi rilev twitt replic',
        ARE),
      ...words(`dice dicono disse dissero detto diceva dicendo aggiunge aggiungono aggiunse aggiunto ribadisce ribadito ribadì
        sostiene sostenuto sostenne risponde rispose risposto scrive scrisse scritto avverte avvertito insiste insistito
        conclude concluso concluse ammette ammesso ammise chiede chiesto chiese`),
    ],
    pronouns: words('lui lei egli ella'),
    auxiliaries: words('ha hanno aveva avevano'),
    passives: words('stato stata stati state viene vengono venne'),
    sources: ['secondo', 'stando a', 'a detta di'],
    sourcesAfterQuote: [],
    determiners: words("il lo la i gli le l' un una uno suo sua"),
    nameParticles: words('di de da del della dei degli'),
    adverbs: words('anche poi ancora ieri oggi inoltre'),
    phraseEnds: words('a al alla ai in nel nella durante che quando per con su'),
  },
  abbreviations: words('Sig Sigg Dott Prof Ing Avv On Sen pag gen feb apr giu lug ago sett ott nov dic'),
};
