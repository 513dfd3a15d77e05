import type { LanguageBasics } from '../types';

export const KO_BASICS: LanguageBasics = {
  code: 'ko',
  name: 'Korean',
  reading: { charsPerMinute: 250 },
};
