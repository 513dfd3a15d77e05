// Japanese: 「かぎかっこ」 with 『二重かぎかっこ』 inside; read in characters, not words.
import type { LanguageProfile } from '../types';

export const ja: LanguageProfile = {
  code: 'ja',
  name: 'Japanese',
  reading: { charsPerMinute: 357 },
  quotes: { pairs: [['「', '」'], ['『', '』']], dash: false },
};
