// Korean: “ ” and ‘ ’ as in English; read in characters (syllable blocks), not words.
import type { LanguageProfile } from '../types';
import { KO_BASICS } from './basics';

export const ko: LanguageProfile = {
  ...KO_BASICS,
  quotes: { pairs: [['“', '”'], ['‘', '’']], dash: false },
};
