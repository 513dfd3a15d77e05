// Japanese: 「かぎかっこ」 with 『二重かぎかっこ』 inside; read in characters, not words.
import type { LanguageProfile } from '../types';
import { JA_BASICS } from './basics';

export const ja: LanguageProfile = {
  ...JA_BASICS,
  quotes: { pairs: [['「', '」'], ['『', '』']], dash: false },
};
