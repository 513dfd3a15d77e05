import type { LanguageBasics } from '../types';

export const PT_BASICS: LanguageBasics = {
  code: 'pt',
  name: 'Portuguese',
  stopwords: ['o', 'a', 'os', 'as', 'que', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'mais', 'dos', 'das', 'se', 'ao', 'foi'],
  reading: { wordsPerMinute: 181 },
};
