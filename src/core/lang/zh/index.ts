// Chinese: “ ” in simplified script, 「 」 in traditional; read in characters, not words.
import type { LanguageProfile } from '../types';

export const zh: LanguageProfile = {
  code: 'zh',
  name: 'Chinese',
  reading: { charsPerMinute: 260 },
  quotes: { pairs: [['“', '”'], ['「', '」'], ['‘', '’'], ['『', '』']], dash: false },
};
