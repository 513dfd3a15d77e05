// English: the model that ships as model/ner.bin, from the English corpora and every shared resource.
import type { NerLanguage } from './ner-lang';
import { DEV_SETS, trainingCorpora } from './ner-corpora';

export const english: NerLanguage = {
  code: 'en',
  model: 'model/ner.bin',
  report: 'docs/ner-eval.md',
  corpora: trainingCorpora,
  devSets: DEV_SETS,
  vectors: true,
  phrases: true,
  // The English gazetteers are the shared ones (ner-gazetteers.ts).
  gazetteers: () => new Map(),
};
