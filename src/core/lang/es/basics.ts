import type { LanguageBasics } from '../types';

export const ES_BASICS: LanguageBasics = {
  code: 'es',
  name: 'Spanish',
  stopwords: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'al', 'lo', 'como', 'más', 'fue'],
  reading: { wordsPerMinute: 218 },
};
