// German: „…“ with ‚…‘ inside, »…« in books and some magazines; "sagte er" and "so der Minister" after the quote.
import type { LanguageProfile } from '../types';
import { DE_BASICS } from './basics';
import { words } from '../verbs';
import { DE_SUMMARY_WORDS } from './summary-words';

export const de: LanguageProfile = {
  ...DE_BASICS,
  summary: DE_SUMMARY_WORDS,
  quotes: { pairs: [['„', '“'], ['‚', '‘'], ['»', '«'], ['›', '‹']], dash: false },
  cues: {
    verbs: words(`sagt sagte sagten sagen gesagt erklärt erklärte erklärten erklären betont betonte betonten betonen
      fügt fügte fügten hinzugefügt meint meinte meinten schreibt schrieb schrieben geschrieben warnt warnte warnten gewarnt
      kritisiert kritisierte kritisierten fordert forderte forderten gefordert antwortet antwortete antworteten geantwortet
      erläutert erläuterte versichert versicherte teilt teilte teilten mitgeteilt ergänzt ergänzte ergänzten
      räumt räumte eingeräumt unterstreicht unterstrich behauptet behauptete bestätigt bestätigte bestätigten
      kündigt kündigte angekündigt verkündet verkündete twittert twitterte fragt fragte gefragt ruft rief berichtet berichtete
      sprach spricht gesprochen resümiert resümierte beklagt beklagte klagt klagte`),
    pronouns: words('er sie'),
    auxiliaries: words('hat haben hatte hatten habe'),
    passives: words('wurde wurden wird werden worden ist'),
    sources: words('laut'),
    sourcesAfterQuote: words('so'),
    determiners: words('der die das den dem des ein eine einer eines einem sein seine ihr ihre'),
    nameParticles: words('von van de zu der'),
    adverbs: words('auch dazu zudem noch außerdem damals jetzt nun dann weiter gestern heute montag dienstag mittwoch donnerstag freitag samstag sonntag abend morgen'),
    nounsCapitalised: true,
    phraseEnds: words('am im in auf bei gegenüber vor nach mit dass zur zum über'),
  },
  abbreviations: words('Dr Prof Nr bzw ca vgl ggf inkl evtl sog St Hr Fr Str Jh Mio Mrd Abs Art Jan Feb Aug Sept Okt Nov Dez'),
  ordinalPeriod: true,
};
