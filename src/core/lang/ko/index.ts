// Korean: “ ” and ‘ ’ as in English; read in characters (syllable blocks), not words.
import type { LanguageProfile } from '../types';

export const ko: LanguageProfile = {
  code: 'ko',
  name: 'Korean',
  reading: { charsPerMinute: 250 },
  quotes: { pairs: [['“', '”'], ['‘', '’']], dash: false },
};
