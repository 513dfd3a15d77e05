// Dutch: “ ” and ‘ ’ (single marks are common in Dutch newspapers); "zei hij" and "aldus X" after the quote.
import type { LanguageProfile } from '../types';
import { NL_BASICS } from './basics';
import { words } from '../verbs';
import { NL_SUMMARY_WORDS } from './summary-words';

export const nl: LanguageProfile = {
  ...NL_BASICS,
  summary: NL_SUMMARY_WORDS,
  quotes: { pairs: [['“', '”'], ['‘', '’'], ['„', '”']], dash: false },
  cues: {
    verbs: words(`zegt zei zeiden gezegd zeggen verklaart verklaarde verklaarden verklaard stelt stelde stelden gesteld
      benadrukt benadrukte benadrukten voegt voegde voegden toegevoegd vertelt vertelde vertelden verteld
      schrijft schreef schreven geschreven antwoordt antwoordde geantwoord waarschuwt waarschuwde gewaarschuwd
      erkent erkende erkend reageert reageerde gereageerd meldt meldde gemeld vraagt vroeg gevraagd
      beaamt beaamde concludeert concludeerde twittert twitterde laat liet`),
    pronouns: words('hij zij ze'),
    auxiliaries: words('heeft hebben had hadden'),
    passives: words('werd werden wordt worden'),
    sources: words('volgens'),
    sourcesAfterQuote: words('aldus'),
    determiners: words('de het een zijn haar hun'),
    nameParticles: words("van de der den ten ter 't"),
    adverbs: words('ook nog daarnaast verder gisteren vandaag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'),
    phraseEnds: words('in op tegen bij tijdens dat die tot met over voor aan'),
  },
  abbreviations: words('dhr mevr mw Dr Prof ir drs mr bijv jl nr ca'),
};
