// Chinese: “ ” in simplified script, 「 」 in traditional; read in characters, not words.
import type { LanguageProfile } from '../types';
import { ZH_BASICS } from './basics';

export const zh: LanguageProfile = {
  ...ZH_BASICS,
  quotes: { pairs: [['“', '”'], ['「', '」'], ['‘', '’'], ['『', '』']], dash: false },
};
