import type { LanguageBasics } from '../types';

export const JA_BASICS: LanguageBasics = {
  code: 'ja',
  name: 'Japanese',
  reading: { charsPerMinute: 357 },
};
