import type { LanguageBasics } from '../types';

export const ZH_BASICS: LanguageBasics = {
  code: 'zh',
  name: 'Chinese',
  reading: { charsPerMinute: 260 },
};
