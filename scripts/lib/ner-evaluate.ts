// Scores a tagger on gold-tokenised documents.
import type { PerceptronTagger } from '../../src/core/ner/tagger';
import type { TaggedDocument } from './ner-corpora';
import { countSentence, emptyCounts, type TypeCounts } from './ner-score';

export interface Evaluation {
  counts: TypeCounts;
  tokens: number;
  /** Wall-clock milliseconds spent tagging (features, scores, decoding). */
  ms: number;
}

export function evaluate(tagger: PerceptronTagger, docs: readonly TaggedDocument[]): Evaluation {
  const counts = emptyCounts();
  let tokens = 0;
  let ms = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const pred = tagger.tagTokens(doc.sentences.map((s) => s.words));
    ms += performance.now() - t0;
    doc.sentences.forEach((s, i) => {
      tokens += s.words.length;
      countSentence(s.tags, pred[i], counts);
    });
  }
  return { counts, tokens, ms };
}
