import type { LanguageBasics } from '../types';

export const EN_BASICS: LanguageBasics = {
  code: 'en',
  name: 'English',
  stopwords: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'said', 'by', 'at', 'from', 'his', 'have'],
  // Adult silent reading runs near 238 words a minute (Brysbaert 2019); news, dense with names and figures, slower.
  reading: { wordsPerMinute: 230 },
};
