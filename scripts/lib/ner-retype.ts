// Training of the mention type classifier (src/core/ner/retype.ts): a multiclass averaged perceptron over the gold
// mentions of the training sets, each seen with the evidence of a tagger that did not train on its document; then
// the choice, by cross-validation on the training folds, of how much the tagger's own choice, span scores and
// document votes weigh against it.
import type { WordKnowledge } from '../../src/core/ner/lexicon';
import {
  MentionContexts,
  NOT_A_NAME,
  NUM_CLASSES,
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
 * the type it chose; those it missed or cut differently carry none, and still teach the words. The tagger's mentions
 * that touch no gold mention are NOT_A_NAME examples, except MISC ones in corpora that leave MISC unannotated (UNER:
 * a MISC mention there may be a name nobody marked, while a PER, ORG or LOC one is a true false alarm).
 */
function examples(held: HeldOutDocument, known: WordKnowledge, bits: number): Example[] {
  const document = held.doc.sentences.map((s) => s.words);
  const predicted = held.tags.map((t) => chunks(t));
  const sites = mentionSites(document, predicted);
  const contexts = new MentionContexts(document, sites, known);
  const votes = new TaggerVotes(sites, predicted.flat().map((c) => ENTITY_TYPES.indexOf(c.type)));
  const out: Example[] = [];
  held.doc.sentences.forEach((s, i) => {
    const gold = chunks(s.tags);
    const add = (c: TokenChunk, chosen: number, type: number) => {
      const site = { sentence: i, start: c.start, end: c.end, key: mentionKey(s.words, c.start, c.end) };
      const view = votes.view(site, chosen, held.emissions[i]);
      out.push({ features: mentionFeatures(document, site, contexts, view, known, bits), type });
    };
    for (const g of gold) {
      const found = predicted[i].find((p) => sameSpan(p, g));
      add(g, found ? ENTITY_TYPES.indexOf(found.type) : -1, ENTITY_TYPES.indexOf(g.type));
    }
    for (const p of predicted[i]) {
      if (s.allowed && p.type === 'MISC') continue;
      if (!gold.some((g) => g.start < p.end && p.start < g.end)) add(p, ENTITY_TYPES.indexOf(p.type), NOT_A_NAME);
    }
  });
  return out;
}

/** Averaged multiclass perceptron weights (2^bits buckets × 5 classes) over the mentions of `docs`. */
export function trainMentionClassifier(
  docs: readonly HeldOutDocument[],
  known: WordKnowledge,
  bits: number,
  epochs: number,
  random: () => number,
): Float32Array {
  const data = docs.flatMap((d) => examples(d, known, bits));
  const w = new Float32Array(2 ** bits * NUM_CLASSES);
  const acc = new Float64Array(w.length);
  const scores = new Float32Array(NUM_CLASSES);
  let step = 1;
  for (let e = 0; e < epochs; e++) {
    for (const k of shuffled(data.length, random)) {
      const { features, type } = data[k];
      scores.fill(0);
      for (const f of features) for (let t = 0; t < NUM_CLASSES; t++) scores[t] += w[f * NUM_CLASSES + t];
      let pred = 0;
      for (let t = 1; t < NUM_CLASSES; t++) if (scores[t] > scores[pred]) pred = t;
      if (pred !== type) {
        for (const f of features) {
          w[f * NUM_CLASSES + type] += 1;
          acc[f * NUM_CLASSES + type] += step;
          w[f * NUM_CLASSES + pred] -= 1;
          acc[f * NUM_CLASSES + pred] -= step;
        }
      }
      step++;
    }
  }
  return Float32Array.from(w, (v, i) => v - acc[i] / step);
}

/** A document with a tagger's tags and the evidence of a classifier, neither trained on it. */
export interface ScoredDocument {
  gold: TaggedDocument;
  tags: Uint8Array[];
  evidence: MentionEvidence[];
}

/** PER/ORG/LOC micro-F1 of the tags after re-typing under `mixing`. */
export function microF1(docs: readonly ScoredDocument[], mixing: RetypeMix): number {
  const counts = emptyCounts();
  for (const d of docs) {
    const tags = d.tags.map((t) => t.slice());
    for (const e of d.evidence) applyType(tags, e.site, bestType(e, mixing));
    d.gold.sentences.forEach((s, i) => countSentence(s.tags, tags[i], counts));
  }
  return micro(counts, CORE_TYPES).f1;
}

/**
 * The same micro-F1 without re-tagging: re-typing keeps every span (or drops it), so each mention is right exactly
 * when its new type is the gold type of the very same span. Fast enough to try many weighings.
 */
class MentionOutcomes {
  private readonly gold: Int8Array;
  private readonly goldCore: number;

  constructor(private readonly docs: readonly ScoredDocument[]) {
    const gold: number[] = [];
    let goldCore = 0;
    for (const d of docs) {
      const chunksOf = d.gold.sentences.map((s) => chunks(s.tags));
      for (const cs of chunksOf) for (const c of cs) if (CORE_TYPES.includes(c.type)) goldCore++;
      for (const e of d.evidence) {
        const g = chunksOf[e.site.sentence].find((c) => c.start === e.site.start && c.end === e.site.end);
        gold.push(g ? ENTITY_TYPES.indexOf(g.type) : -1);
      }
    }
    this.gold = Int8Array.from(gold);
    this.goldCore = goldCore;
  }

  f1(mixing: RetypeMix): number {
    let k = 0;
    let tp = 0;
    let predicted = 0;
    for (const d of this.docs) {
      for (const e of d.evidence) {
        const type = bestType(e, mixing);
        if (type >= 0 && CORE.has(type)) {
          predicted++;
          if (type === this.gold[k]) tp++;
        }
        k++;
      }
    }
    return tp === 0 ? 0 : (2 * tp) / (predicted + this.goldCore);
  }
}

const CORE = new Set(CORE_TYPES.map((t) => ENTITY_TYPES.indexOf(t)));

function median(xs: number[]): number {
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] || 1;
}

/** Values tried for each weight, in units of the typical spread of its kind of score; the first is the start. */
const STEPS: Record<keyof RetypeMix, number[]> = {
  chosen: [0.25, 0, 0.1, 0.15, 0.2, 0.35, 0.5, 0.75, 1, 2],
  tagger: [0, 0.25, 0.5, 1, 2],
  votes: [0.5, 0, 0.25, 1, 2, 4],
  document: [0, 0.5, 1, 2],
  drop: [-1e6, -1, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5],
};

/** The tagger's own tags, not re-typed. */
export const TAGGER_ONLY: RetypeMix = { tagger: 0, chosen: 1e6, votes: 0, document: 0, drop: -1e12 };

/**
 * The weighing of classifier, tagger and document evidence that maximises the mean PER/ORG/LOC micro-F1 over the
 * corpora (held-out training folds; each corpus weighs its `votes`), by coordinate ascent over a few values of each weight; also the tagger's own
 * F1 for comparison.
 */
export function chooseMix(
  corpora: readonly (readonly ScoredDocument[])[],
  votes: readonly number[] = corpora.map(() => 1),
): {
  mixing: RetypeMix;
  f1: number[];
  taggerOnly: number[];
} {
  const evidence = corpora.flat().flatMap((d) => d.evidence);
  const unit = median(evidence.map((e) => Math.max(...e.classifier) - Math.min(...e.classifier)));
  const units: Record<keyof RetypeMix, number> = {
    chosen: unit,
    tagger: unit / median(evidence.map((e) => -Math.min(...e.tagger))),
    votes: unit,
    document: 1,
    drop: unit,
  };
  const keys = Object.keys(STEPS) as (keyof RetypeMix)[];
  const mixOf = (steps: Record<keyof RetypeMix, number>) =>
    Object.fromEntries(keys.map((k) => [k, steps[k] * units[k]])) as unknown as RetypeMix;
  const outcomes = corpora.map((docs) => new MentionOutcomes(docs));
  const score = (steps: Record<keyof RetypeMix, number>) => {
    const f1 = outcomes.map((o) => o.f1(mixOf(steps)));
    return { f1, mean: f1.reduce((a, x, i) => a + x * votes[i], 0) / votes.reduce((a, v) => a + v, 0) };
  };
  const steps = Object.fromEntries(keys.map((k) => [k, STEPS[k][0]])) as Record<keyof RetypeMix, number>;
  let best = { ...score(steps), steps: { ...steps } };
  for (let round = 0, changed = true; round < 4 && changed; round++) {
    changed = false;
    for (const k of keys) {
      for (const v of STEPS[k]) {
        const trial = { ...best.steps, [k]: v };
        const r = score(trial);
        if (r.mean > best.mean + 1e-9) {
          best = { ...r, steps: trial };
          changed = true;
        }
      }
    }
  }
  const taggerOnly = outcomes.map((o) => o.f1(TAGGER_ONLY));
  return { mixing: mixOf(best.steps), f1: best.f1, taggerOnly };
}
