// Spanish words for key sentences: function words and verbs of saying, and openings that lean on the sentence
// before ("Ellos dijeron …", "Esta medida …", "Sin embargo …").
import type { SummaryWords } from '../types';
import { words } from '../verbs';

export const ES_SUMMARY_WORDS: SummaryWords = {
  stopwords: words(`el la los las lo un una unos unas del al de y e o u pero sino que quien quienes cual cuales cuyo
    donde cuando como porque pues si no ni ya muy más menos también tampoco este esta estos estas ese esa esos esas
    aquel esto eso su sus nuestro nuestra mi mis él ella ellos ellas nos les le se me usted ustedes en con por para
    sin sobre entre desde hasta hacia contra durante según tras ante bajo es son era eran fue fueron ser sido está
    están estaba estaban estar ha han había habían haber hay tiene tienen tenía puede pueden todo toda todos todas
    otro otra otros otras mismo misma dijo dice afirmó aseguró explicó señaló además`),
  leansBack: [
    ...words('él ella ellos ellas este esta estos estas ese esa esos esas esto eso su sus pero también además y así'),
    ...words('aun aún incluso asimismo tampoco'),
    'sin embargo', 'mientras tanto', 'en cambio', 'por su parte', 'no obstante', 'por otro lado',
  ],
};
