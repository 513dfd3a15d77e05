// Italian words for key sentences: function words and verbs of saying, and openings that lean on the sentence
// before ("Loro hanno …", "Questa misura …", "Tuttavia …").
import type { SummaryWords } from '../types';
import { words } from '../verbs';

export const IT_SUMMARY_WORDS: SummaryWords = {
  stopwords: words(`il lo la i gli le un uno una del dello della dei degli delle al allo alla ai agli alle dal dalla
    dai dagli dalle nel nello nella nei negli nelle sul sulla sui sugli sulle di da in con su per tra fra e ed o ma che
    chi cui dove quando come perché se non né già molto più meno anche questo questa questi queste quello quella quelli
    quelle suo sua suoi sue loro lui lei noi voi io si ci mi è sono era erano fu stato stata stati essere ha hanno
    aveva avevano avere può possono tutto tutta tutti tutte altro altra altri altre stesso stessa ancora dopo prima
    secondo detto dichiarato spiegato`),
  leansBack: [
    ...words('lui lei loro essi esse questo questa questi queste quello quella quelli quelle ciò suo sua suoi sue ma'),
    ...words('però tuttavia inoltre anche e così eppure invece intanto comunque dunque quindi'),
    'allo stesso tempo', 'dal canto suo',
  ],
};
