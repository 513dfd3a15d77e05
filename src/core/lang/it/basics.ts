import type { LanguageBasics } from '../types';

export const IT_BASICS: LanguageBasics = {
  code: 'it',
  name: 'Italian',
  stopwords: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'sono', 'della', 'del', 'una', 'nel', 'si', 'gli', 'alla', 'le', 'con', 'è', 'anche'],
  reading: { wordsPerMinute: 188 },
};
