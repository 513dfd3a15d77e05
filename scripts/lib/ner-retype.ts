// Training of the mention type classifier (src/core/ner/retype.ts): a multiclass averaged perceptron over the gold
// mentions of the training sets, each seen with the evidence of a tagger that did not train on its document; then
// the choice, on the dev sets, of how much the tagger's own choice, span scores and document votes weigh against it.
import type { WordKnowledge } from '../../src/core/ner/lexicon';
import type { PerceptronTagger } from '../../src/core/ner/tagger';
import {
  MentionContexts,
  MentionRetyper,
  NUM_TYPES,
  TaggerVotes,
  applyType,
  bestType,
  mentionFeatures,
  mentionKey,
  mentionSites,
  type MentionEvidence,
  type RetypeMix,
} from '../../src/core/ner/retype';
import { ENTITY_TYPES, chunks, type TokenChunk } from '../../src/core/ner/tags';
import type { TaggedDocument } from './ner-corpora';
import { shuffled } from './ner-perceptron';
import { CORE_TYPES, countSentence, emptyCounts, micro } from './ner-score';

interface Example {
  features: Int32Array;
  type: number;
}

/** A training document with the tags and scores of a tagger that was not trained on it. */
export interface HeldOutDocument {
  doc: TaggedDocument;
  tags: Uint8Array[];
  emissions: Float32Array[];
}

const sameSpan = (a: TokenChunk, b: TokenChunk) => a.start === b.start && a.end === b.end;

/**
 * The gold mentions of a document as classifier examples: those the tagger found with the right boundaries carry
 * the type it chose; those it missed or cut differently carry none, and still teach the words.
 */
function examples(held: HeldOutDocument, known: WordKnowledge, bits: number): Example[] {
  const document = held.doc.sentences.map((s) => s.words);
  const predicted = held.tags.map((t) => chunks(t));
  const sites = mentionSites(document, predicted);
  const contexts = new MentionContexts(document, sites);
  const votes = new TaggerVotes(sites, predicted.flat().map((c) => ENTITY_TYPES.indexOf(c.type)));
  const out: Example[] = [];
  held.doc.sentences.forEach((s, i) => {
    for (const g of chunks(s.tags)) {
      const site = { sentence: i, start: g.start, end: g.end, key: mentionKey(s.words, g.start, g.end) };
      const found = predicted[i].find((p) => sameSpan(p, g));
      const view = votes.view(site, found ? ENTITY_TYPES.indexOf(found.type) : -1, held.emissions[i]);
      out.push({ features: mentionFeatures(document, site, contexts, view, known, bits), type: ENTITY_TYPES.indexOf(g.type) });
    }
  });
  return out;
}

/** Averaged multiclass perceptron weights (2^bits buckets × 4 types) over the gold mentions of `docs`. */
export function trainMentionClassifier(
  docs: readonly HeldOutDocument[],
  known: WordKnowledge,
  bits: number,
  epochs: number,
  random: () => number,
): Float32Array {
  const data = docs.flatMap((d) => examples(d, known, bits));
  const w = new Float32Array(2 ** bits * NUM_TYPES);
  const acc = new Float64Array(w.length);
  const scores = new Float32Array(NUM_TYPES);
  let step = 1;
  for (let e = 0; e < epochs; e++) {
    for (const k of shuffled(data.length, random)) {
      const { features, type } = data[k];
      scores.fill(0);
      for (const f of features) for (let t = 0; t < NUM_TYPES; t++) scores[t] += w[f * NUM_TYPES + t];
      let pred = 0;
      for (let t = 1; t < NUM_TYPES; t++) if (scores[t] > scores[pred]) pred = t;
      if (pred !== type) {
        for (const f of features) {
          w[f * NUM_TYPES + type] += 1;
          acc[f * NUM_TYPES + type] += step;
          w[f * NUM_TYPES + pred] -= 1;
          acc[f * NUM_TYPES + pred] -= step;
        }
      }
      step++;
    }
  }
  return Float32Array.from(w, (v, i) => v - acc[i] / step);
}

interface DevDocument {
  gold: TaggedDocument;
  tags: Uint8Array[];
  evidence: MentionEvidence[];
}

function microF1(docs: readonly DevDocument[], mixing: RetypeMix): number {
  const counts = emptyCounts();
  for (const d of docs) {
    const tags = d.tags.map((t) => t.slice());
    for (const e of d.evidence) applyType(tags, e.site, bestType(e, mixing));
    d.gold.sentences.forEach((s, i) => countSentence(s.tags, tags[i], counts));
  }
  return micro(counts, CORE_TYPES).f1;
}

function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] || 1;
}

const TAGGER_WEIGHTS = [0, 0.5, 1, 2];
const CHOSEN_WEIGHTS = [0, 0.25, 0.5, 1, 2];
const VOTE_WEIGHTS = [0, 1, 4];
const DOCUMENT_WEIGHTS = [0, 0.5, 1, 2];

/**
 * The weighing of classifier, tagger and document evidence that maximises the mean PER/ORG/LOC micro-F1 over the
 * dev corpora; also the tagger's own F1 for comparison.
 */
export function chooseMix(
  tagger: PerceptronTagger,
  retyper: MentionRetyper,
  devCorpora: readonly (readonly TaggedDocument[])[],
): { mixing: RetypeMix; f1: number[]; taggerOnly: number[] } {
  const corpora: DevDocument[][] = devCorpora.map((docs) =>
    docs.map((gold) => {
      const document = gold.sentences.map((s) => s.words);
      const { tags, emissions } = tagger.sequenceTags(document);
      return { gold, tags, evidence: retyper.evidence(document, tags, emissions, tagger.known) };
    }),
  );
  const evidence = corpora.flat().flatMap((d) => d.evidence);
  // Weights in units of the typical spread of each kind of score.
  const unit = median(evidence.map((e) => Math.max(...e.classifier) - Math.min(...e.classifier)));
  const taggerUnit = median(evidence.map((e) => -Math.min(...e.tagger)));
  let best = { mixing: { tagger: 0, chosen: 0, votes: 0, document: 0 }, f1: [] as number[], mean: -1 };
  for (const tw of TAGGER_WEIGHTS) {
    for (const cw of CHOSEN_WEIGHTS) {
      for (const vw of VOTE_WEIGHTS) {
        for (const document of DOCUMENT_WEIGHTS) {
          const mixing = { tagger: (tw * unit) / taggerUnit, chosen: cw * unit, votes: vw * unit, document };
          const f1 = corpora.map((docs) => microF1(docs, mixing));
          const mean = f1.reduce((a, b) => a + b, 0) / f1.length;
          if (mean > best.mean) best = { mixing, f1, mean };
        }
      }
    }
  }
  const taggerOnly = corpora.map((docs) => microF1(docs, { tagger: 0, chosen: 1e6, votes: 0, document: 0 }));
  return { mixing: best.mixing, f1: best.f1, taggerOnly };
}
