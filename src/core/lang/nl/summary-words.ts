// Dutch words for key sentences: function words and verbs of saying, and openings that lean on the sentence before
// ("Zij zeiden …", "Deze regel …", "Bovendien …"). Not the article "het": many sentences open with it.
import type { SummaryWords } from '../types';
import { words } from '../verbs';

export const NL_SUMMARY_WORDS: SummaryWords = {
  stopwords: words(`de het een en of maar want dat die dit deze wie wat waar wanneer hoe omdat als dan ook nog niet geen
    wel zeer meer minder hij zij ze wij we jij je ik men zich zijn haar hun ons onze mijn is was waren wordt worden
    werd werden geworden heeft hebben had hadden kan kunnen kon moet moeten zal zullen zou zouden wil met van voor naar
    bij uit over onder tegen zonder door om aan op in tot sinds tijdens na er hier daar toen zo al dus alleen zei zegt
    zeggen gezegd volgens`),
  leansBack: [
    ...words('hij zij ze dit dat deze die zijn haar hun maar toch echter ook en daarnaast bovendien verder daarom dus'),
    ...words('evenwel intussen ondertussen tegelijkertijd'),
  ],
};
