import type { LanguageBasics } from '../types';

export const FR_BASICS: LanguageBasics = {
  code: 'fr',
  name: 'French',
  stopwords: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'il', 'ce', 'sont', 'été'],
  reading: { wordsPerMinute: 195 },
};
