// Russian: «ёлочки» with „лапки“ inside; the cue follows a dash after the quote («…», — сказал он). No articles,
// so a speaker described in lower case ("министр обороны") is a description as it stands.
import type { LanguageProfile } from '../types';
import { RU_BASICS } from './basics';
import { words } from '../verbs';
import { RU_SUMMARY_WORDS } from './summary-words';

export const ru: LanguageProfile = {
  ...RU_BASICS,
  summary: RU_SUMMARY_WORDS,
  quotes: { pairs: [['«', '»'], ['„', '“']], dash: true },
  cues: {
    verbs: words(`сказал сказала сказали заявил заявила заявили отметил отметила отметили добавил добавила добавили
      подчеркнул подчеркнула подчеркнули пояснил пояснила пояснили рассказал рассказала рассказали сообщил сообщила
      сообщили говорит говорил говорила говорили считает признался призналась написал написала написали
      ответил ответила ответили уточнил уточнила уточнили заметил заметила заверил заверила`),
    pronouns: words('он она они'),
    auxiliaries: [],
    passives: [],
    sources: ['по словам', 'по мнению', 'по данным'],
    sourcesAfterQuote: [],
    determiners: [],
    nameParticles: [],
    adverbs: words('также тогда ранее позже затем вчера сегодня'),
    phraseEnds: words('в во на для что который которая которые по с со'),
  },
};
