// English. Its speaker attribution, abbreviations and sentence openers live in the quotes and text modules, which
// were built for it first; this profile holds what every language has.
import type { LanguageProfile } from '../types';
import { EN_SUMMARY_WORDS } from './summary-words';

export const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  stopwords: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'said', 'by', 'at', 'from', 'his', 'have'],
  // Adult silent reading runs near 238 words a minute (Brysbaert 2019); news, dense with names and figures, slower.
  reading: { wordsPerMinute: 230 },
  summary: EN_SUMMARY_WORDS,
  quotes: { pairs: [['“', '”'], ['‘', '’']], dash: false },
  entityModel: 'ner.bin',
};
