import type { LanguageBasics } from '../types';

export const RU_BASICS: LanguageBasics = {
  code: 'ru',
  name: 'Russian',
  reading: { wordsPerMinute: 184 },
};
