// English. Its speaker attribution, abbreviations and sentence openers live in the quotes and text modules, which
// were built for it first; this profile holds what every language has.
import type { LanguageProfile } from '../types';
import { EN_BASICS } from './basics';
import { EN_SUMMARY_WORDS } from './summary-words';

export const en: LanguageProfile = {
  ...EN_BASICS,
  summary: EN_SUMMARY_WORDS,
  quotes: { pairs: [['“', '”'], ['‘', '’']], dash: false },
  entityModel: 'ner.bin',
};
