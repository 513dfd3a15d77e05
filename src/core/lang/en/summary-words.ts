// English words for key sentences: function words and verbs of saying, and openings that lean on the sentence
// before ("They included …", "But he …").
import type { SummaryWords } from '../types';
import { words } from '../verbs';

export const EN_SUMMARY_WORDS: SummaryWords = {
  stopwords: words(`a an the and or but if of to in on at by for with from as is are was were be been being it its this
    that these those he she they we you i his her their our your him them us not no so than then there here which who
    whom what when where why how will would can could should may might must has have had do does did also about after
    before over under into out up down more most some such only other just very said says say told`),
  leansBack: [
    ...words('they them it its these those this that he she his her but however also still yet and so such both meanwhile instead'),
    'by comparison', 'in addition', 'in contrast', 'likewise', 'similarly',
  ],
};
