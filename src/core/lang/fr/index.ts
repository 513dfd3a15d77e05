// French: « guillemets » with (narrow) no-break spaces inside, “ ” as the alternate; dialogue dashes; inverted
// cues with a hyphenated pronoun ("dit-elle", "a-t-il ajouté").
import type { LanguageProfile } from '../types';
import { FR_BASICS } from './basics';
import { forms, words } from '../verbs';
import { FR_SUMMARY_WORDS } from './summary-words';

// Third-person present, imperfect, simple past, future and conditional, and the participles of -er verbs.
const ER = ['e', 'ent', 'ait', 'aient', 'a', 'èrent', 'é', 'ée', 'és', 'ées', 'ant', 'era', 'eront', 'erait'];

export const fr: LanguageProfile = {
  ...FR_BASICS,
  summary: FR_SUMMARY_WORDS,
  quotes: { pairs: [['«', '»'], ['“', '”'], ['‹', '›']], dash: true },
  cues: {
    verbs: [
      ...forms('déclar affirm ajout expliqu précis soulign indiqu estim insist assur confi avou tweet déplor martel résum témoign confirm observ not analys nuanc racont regrett raill ironis protest accus',
        ER),
      ...words(`dit disent disait disaient dirent dira dirait disant écrit écrivent écrivait écrivit écrivant
        répond répondent répondait répondit répondu poursuit poursuivait poursuivit poursuivi
        reconnaît reconnaissait reconnut reconnu admet admettait admit admis prévient prévenait prévint prévenu
        lance lancent lançait lança lancé annonce annoncent annonçait annonça annoncé rappelle rappelait rappela rappelé
        avertit averti conclut conclu soutient soutenait soutint soutenu réagit réagi dénonce dénonçait dénonça dénoncé
        interroge interrogeait interrogea interrogé s'exclame exclamé exclamée lâche lâché glisse glissé`),
    ],
    pronouns: words('il elle ils elles'),
    auxiliaries: words("a ont avait avaient aurait aura s'est"),
    passives: words('été est sont fut'),
    sources: ["selon", "d'après"],
    sourcesAfterQuote: [],
    determiners: words("le la les l' un une son sa ses leur leurs ce cette cet"),
    nameParticles: words("de du des d' la le"),
    adverbs: words('aussi encore également alors ensuite lundi mardi mercredi jeudi vendredi samedi dimanche hier'),
    phraseEnds: words('à au aux lors dans sur en devant pendant avant après pour par avec qui que dont lorsque'),
  },
  abbreviations: words('M MM Mme Mmes Mlle Dr Pr Me St Ste av apr env cf p ex janv févr avr juil sept oct nov déc n°'),
};
