import type { Mention, Span } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import type { NerModel } from './contract';
import { decodeModel, type ModelParts } from './format';
import { FEATURES_PER_TOKEN, FEATURE_VERSION, featurizeDocument } from './features';
import { Lexicon, type WordKnowledge } from './lexicon';
import { BloomFilter } from './bloom';
import { emissionScores } from './scores';
import { viterbi } from './decode';
import { DocumentHistory, addHistoryScores } from './history';
import { NUM_TAGS, chunks } from './tags';
import { MentionRetyper, type RetypeMix } from './retype';
import { decodeWithoutStrayWords } from './name-particles';
import { wordTable } from './words';

/** What the metadata says about the mention classifier. */
interface RetypeMetadata extends RetypeMix {
  bits: number;
}

/** The averaged-perceptron tagger over hashed features, as stored in model/ner.bin. */
export class PerceptronTagger implements NerModel {
  readonly known: WordKnowledge;
  readonly retyper: MentionRetyper;

  constructor(private readonly parts: ModelParts) {
    if (parts.numTags !== NUM_TAGS) throw new Error(`NER model has ${parts.numTags} tags, expected ${NUM_TAGS}`);
    if (parts.featuresPerToken !== FEATURES_PER_TOKEN || parts.metadata.features !== FEATURE_VERSION) {
      throw new Error(`NER model was trained for feature version ${parts.metadata.features}; retrain it (npm run train:ner)`);
    }
    this.known = {
      lexicon: Lexicon.fromBytes(parts.lexicon),
      names: new BloomFilter(parts.names),
      phrases: Lexicon.fromBytes(parts.phrases),
    };
    const r = parts.metadata.retype as RetypeMetadata | undefined;
    if (!r) throw new Error('NER model has no mention classifier; retrain it (npm run train:ner)');
    this.retyper = new MentionRetyper(parts.mentionWeights, r.bits, parts.mentionScale, {
      tagger: r.tagger,
      chosen: r.chosen,
      votes: r.votes,
      document: r.document,
      drop: r.drop,
    });
  }

  get metadata() {
    return this.parts.metadata;
  }

  /** BIO tag indices for each sentence of one tokenised document. */
  tagTokens(document: readonly (readonly string[])[]): Uint8Array[] {
    const { tags, emissions } = this.sequenceTags(document);
    this.retyper.retype(document, tags, emissions, this.known);
    return tags;
  }

  /** The sequence tagger's own tags, before mentions are re-typed, and its per-token tag scores. */
  sequenceTags(document: readonly (readonly string[])[]): { tags: Uint8Array[]; emissions: Float32Array[] } {
    const { bits, weights, scale } = this.parts;
    const trans = { between: this.parts.between, start: this.parts.start };
    const features = featurizeDocument(document, this.known, bits);
    const history = new DocumentHistory();
    const table = wordTable(this.known);
    const emissions: Float32Array[] = [];
    const tags = document.map((words, s) => {
      const n = words.length;
      const scores = emissionScores(features[s], n, this.parts.featuresPerToken, weights, scale);
      addHistoryScores(scores, history.features(words, bits), weights, scale);
      emissions.push(scores);
      const tags = decodeWithoutStrayWords((allowed) => viterbi(scores, n, trans, allowed), words, table);
      history.record(words, tags);
      return tags;
    });
    return { tags, emissions };
  }

  tag(text: string, sentences: Span[]): Mention[] {
    const tokens: Token[][] = sentences.map((s) => tokenize(text, s)).filter((t) => t.length > 0);
    const tags = this.tagTokens(tokens.map((ts) => ts.map((t) => t.text)));
    const out: Mention[] = [];
    tokens.forEach((ts, s) => {
      for (const c of chunks(tags[s])) {
        const start = ts[c.start].start;
        const end = ts[c.end - 1].end;
        out.push({ start, end, text: text.slice(start, end), type: c.type });
      }
    });
    return out.sort((a, b) => a.start - b.start);
  }
}

/** Loads the tagger from the bytes of model/ner.bin. Throws a clear error on anything else. */
export function loadNerModel(bytes: Uint8Array): PerceptronTagger {
  return new PerceptronTagger(decodeModel(bytes));
}
