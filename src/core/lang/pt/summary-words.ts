// Portuguese words for key sentences: function words and verbs of saying, and openings that lean on the sentence
// before ("Eles disseram …", "Essa medida …", "No entanto …").
import type { SummaryWords } from '../types';
import { words } from '../verbs';

export const PT_SUMMARY_WORDS: SummaryWords = {
  stopwords: words(`o a os as um uma uns umas do da dos das no na nos nas ao aos à às pelo pela pelos pelas de em por
    para com sem sobre entre até desde contra durante segundo após e ou mas que quem qual quais cujo onde quando como
    porque porém se não nem já muito mais menos também este esta estes estas esse essa esses essas aquele aquela isto
    isso aquilo seu sua seus suas ele ela eles elas nós eu você lhe lhes me é são era eram foi foram ser sido está
    estão estava estavam estar há tem têm tinha ter pode podem todo toda todos todas outro outra outros outras mesmo
    mesma disse diz afirmou declarou ainda`),
  leansBack: [
    ...words('ele ela eles elas esse essa esses essas este esta estes estas isso isto seu sua seus suas mas porém'),
    ...words('contudo entretanto também e assim ainda'),
    'no entanto', 'além disso', 'por sua vez', 'mesmo assim', 'enquanto isso', 'por outro lado',
  ],
};
