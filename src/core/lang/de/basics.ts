import type { LanguageBasics } from '../types';

export const DE_BASICS: LanguageBasics = {
  code: 'de',
  name: 'German',
  stopwords: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'den', 'mit', 'sich', 'des', 'auf', 'für', 'ein', 'eine', 'dem', 'auch', 'es', 'von', 'wird', 'wurde'],
  reading: { wordsPerMinute: 179 },
};
