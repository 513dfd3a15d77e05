// French words for key sentences: function words and verbs of saying, and openings that lean on the sentence
// before ("Ils ont ajouté …", "Mais le ministre …", "Par ailleurs …").
import type { SummaryWords } from '../types';
import { words } from '../verbs';

export const FR_SUMMARY_WORDS: SummaryWords = {
  stopwords: words(`le la les un une des du de au aux et ou mais donc car ni que qui quoi dont où ce cet cette ces son sa
    ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je lui eux se sur sous dans par pour
    avec sans entre vers chez contre depuis pendant avant après selon lors est sont était étaient été être avoir ont
    avait avaient eu sera seront serait sont fait faire plus moins très aussi tout tous toute toutes même autre autres
    comme pas ne non si alors ainsi bien encore déjà cela ça celui celle ceux celles quand comment pourquoi peut
    peuvent doit doivent dit dire déclaré affirmé indiqué estime`),
  leansBack: [
    ...words('il elle ils elles ce cet cette ces cela ceci ça son sa ses leur leurs mais cependant pourtant toutefois'),
    ...words('néanmoins aussi ainsi donc alors et puis également'),
    'de plus', 'en outre', 'par ailleurs', 'en revanche', 'de même', 'pour sa part', 'quant à',
  ],
};
