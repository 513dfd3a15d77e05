import type { LanguageBasics } from '../types';

export const NL_BASICS: LanguageBasics = {
  code: 'nl',
  name: 'Dutch',
  stopwords: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'niet', 'aan', 'er', 'ook', 'door', 'werd', 'naar'],
  reading: { wordsPerMinute: 202 },
};
