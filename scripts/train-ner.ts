// Trains the NER tagger on the training corpora and writes model/ner.bin (see docs/ner.md). Every choice it makes
// (the weighing of the mention classifier against the tagger) is made on held-out training folds; it never reads a
// dev set. It prints the cross-validated micro-F1 of each training corpus, which is what experiments compare.
//   npm run train:ner [-- --lang CODE --epochs N --bits B --seed S --runs R --out FILE]
//   (--lang: the language's corpora, gazetteers and model file, scripts/lib/ner-lang.ts; default en)
//   npm run train:ner -- --cv-only --epochs 4 --ablation NAME
//     [--news --no-vectors --no-phrases --no-context-clusters --cluster-casing --news-criterion]
//     (an ablation: cross-validated scores only, written as a row of the table in docs/ner.md)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { encodeModel } from '../src/core/ner/format';
import { FEATURES_PER_TOKEN, FEATURE_VERSION, featurizeDocument } from '../src/core/ner/features';
import { Casing, CASING_MASK, Lexicon, type WordKnowledge } from '../src/core/ner/lexicon';
import { loadNerModel } from '../src/core/ner/model';
import { NUM_TAGS } from '../src/core/ner/tags';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { CV_VOTES, DATA_DIR, readCorpus, readNewsTexts, type TaggedDocument } from './lib/ner-corpora';
import { augmentDocument } from './lib/ner-augment';
import { buildLexicon, buildNameFilter } from './lib/ner-gazetteers';
import { wordClusters } from './lib/ner-clusters';
import { buildPhraseTable } from './lib/ner-phrases';
import { vectorClusters } from './lib/ner-vectors';
import { AveragedPerceptron, quantise, shuffled, type LinearModel, type TrainingItem } from './lib/ner-perceptron';
import { seededRandom } from './lib/seeded-random';
import { CasingCounter } from './lib/ner-lexicon';
import { recordAblation } from './lib/ner-ablation';
import { addLanguageGazetteers, nerLanguage } from './lib/ner-lang';
import {
  TAGGER_ONLY,
  chooseMix,
  microF1,
  trainMentionClassifier,
  type HeldOutDocument,
  type ScoredDocument,
} from './lib/ner-retype';
import { MentionRetyper, NUM_CLASSES, type RetypeMix } from '../src/core/ner/retype';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    bits: { type: 'string', default: '18' },
    seed: { type: 'string', default: '20200129' },
    runs: { type: 'string', default: '1' },
    'mention-bits': { type: 'string', default: '16' },
    'mention-epochs': { type: 'string', default: '5' },
    'vector-words': { type: 'string', default: '50000' },
    prune: { type: 'string', default: '0' },
    lang: { type: 'string', default: 'en' },
    out: { type: 'string' },
    'cv-only': { type: 'boolean', default: false },
    news: { type: 'boolean', default: false },
    'no-vectors': { type: 'boolean', default: false },
    'no-phrases': { type: 'boolean', default: false },
    'no-context-clusters': { type: 'boolean', default: false },
    'cluster-casing': { type: 'boolean', default: false },
    ablation: { type: 'string' },
    'news-criterion': { type: 'boolean', default: false },
  },
});
const language = nerLanguage(args.lang!);
const out = args.out ?? join(import.meta.dirname, '..', language.model);
const epochs = Number(args.epochs);
const bits = Number(args.bits);
const seed = Number(args.seed);
const runs = Number(args.runs);
const mentionBits = Number(args['mention-bits']);
const mentionEpochs = Number(args['mention-epochs']);
const vectorWords = Number(args['vector-words']);
/** Tagger weights that quantise to at most this magnitude are zeroed (a smaller gzipped file). */
const prune = Number(args.prune);
/** Context clusters stored in the lexicon codes (7 bits); word-vector clusters at two granularities. */
const CONTEXT_CLUSTERS = 127;
const VECTOR_CLUSTERS = [63, 1023];
/** Folds of the stacking and of the cross-validation: each fold is tagged by a tagger trained on the others. */
const FOLDS = 2;
const t0 = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

const corpora = language.corpora();
/** Each training document once, with the corpus it counts for in the cross-validated scores. */
const unique: TaggedDocument[] = [];
const corpusOf = new Map<TaggedDocument, string>();
const train: TaggedDocument[] = corpora.flatMap((c) => {
  const docs = readCorpus(join(DATA_DIR, c.path), c.partialMisc);
  for (const d of docs) corpusOf.set(d, c.name.replace(/-.*/, ''));
  unique.push(...docs);
  return Array.from({ length: c.repeats }, () => docs).flat();
});
const compounds = new Set(corpora.filter((c) => c.compounds).map((c) => join(DATA_DIR, c.path)));
log(`read ${unique.length} training documents (${train.length} with repeats) from ${corpora.length} files`);

// Casing evidence and context clusters from the training sentences (with --news, also from PolNeAR's unlabelled news
// articles, which state no licence: an experiment, not the shipped model).
const counter = new CasingCounter();
for (const doc of unique) for (const s of doc.sentences) counter.addSentence(s.words);
const newsSentences = !args.news
  ? []
  : readNewsTexts().flatMap((text) => splitSentences(text).map((span) => tokenize(text, span).map((t) => t.text)));
for (const words of newsSentences) counter.addSentence(words);
const clusterText = unique.flatMap((d) => d.sentences.map((s) => s.words)).concat(newsSentences);
const none = new Map<string, number>();
const context = args['no-context-clusters'] ? none : wordClusters(clusterText, CONTEXT_CLUSTERS, seed);
const noVectors = args['no-vectors'] || !language.vectors;
const [coarseVectors, fineVectors] = noVectors ? [none, none] : vectorClusters(vectorWords, VECTOR_CLUSTERS, seed);
const codes = buildLexicon(counter, { context, coarseVectors, fineVectors }, args['cluster-casing'], language.minCasingCount);
addLanguageGazetteers(codes, language);
const lexicon = Lexicon.build(codes);
const ordinary = (w: string) => ((codes.get(w.toLowerCase()) ?? 0) & CASING_MASK) === Casing.Lower;
const noPhrases = args['no-phrases'] || !language.phrases;
const phrases = noPhrases ? Lexicon.fromKeys([]) : buildPhraseTable(ordinary, [], language.phraseLists?.());
const names = buildNameFilter(language.functionWords);
const known: WordKnowledge = { lexicon, names, phrases };
log(`lexicon: ${lexicon.size} words; phrase table ${phrases.size} entries; name filter ${names.bits.length} bytes`);

/** One averaged perceptron trained on `docs` with its own shuffles and augmentation drawn from `runSeed`. */
function trainRun(runSeed: number, docs: readonly TaggedDocument[]): LinearModel & { tokens: number } {
  const random = seededRandom(runSeed);
  const items: TrainingItem[] = [];
  const documents: number[][] = [];
  let tokens = 0;
  for (const doc of docs) {
    const sentences = augmentDocument(doc, random, compounds.has(doc.source));
    const features = featurizeDocument(sentences.map((s) => s.words), known, bits);
    documents.push(
      sentences.map((s, i) => items.push({ words: s.words, features: features[i], tags: Uint8Array.from(s.tags), allowed: s.allowed }) - 1),
    );
    for (const s of sentences) tokens += s.words.length;
  }
  log(`seed ${runSeed}: featurised ${items.length} sentences, ${tokens} tokens (with augmentation)`);
  const perceptron = new AveragedPerceptron(bits);
  for (let e = 1; e <= epochs; e++) {
    const mistakes = perceptron.epoch(items, shuffled(documents.length, random).map((d) => documents[d]));
    log(`seed ${runSeed}, epoch ${e}: ${mistakes} sentences with mistakes`);
  }
  return { ...perceptron.averaged(), tokens };
}

/** The model file of tagger weights `m` and mention classifier weights `mentions`. */
function encode(m: LinearModel, mentions: { weights: Int8Array; scale: number }, mixing: RetypeMix, trainedTokens = 0) {
  const tagger = quantise(m.weights, prune);
  return encodeModel({
    bits,
    numTags: NUM_TAGS,
    featuresPerToken: FEATURES_PER_TOKEN,
    scale: tagger.scale,
    between: m.between,
    start: m.start,
    metadata: {
      features: FEATURE_VERSION,
      lang: language.code,
      trainedOn: corpora.map((c) => (c.repeats > 1 ? `${c.path} ×${c.repeats}` : c.path)),
      epochs,
      seed,
      runs,
      trainedTokens,
      prune,
      resources: { news: args.news, vectorWords: noVectors ? 0 : vectorWords, phrases: !noPhrases },
      retype: { bits: mentionBits, epochs: mentionEpochs, ...mixing },
    },
    lexicon: lexicon.toBytes(),
    phrases: phrases.toBytes(),
    names: names.bits,
    weights: tagger.weights,
    mentionWeights: mentions.weights,
    mentionScale: mentions.scale,
  });
}

// Stacking: the mention classifier learns from what a tagger trained on the other fold makes of each training
// document, so it sees the tagger as it is on unseen text. The same held-out tags give the cross-validated scores.
const noMentions = { weights: new Int8Array(2 ** mentionBits * NUM_CLASSES), scale: 1 };
const foldOf = new Map(unique.map((d, i) => [d, i % FOLDS]));
const heldOut = new Map<TaggedDocument, HeldOutDocument>();
for (let fold = 0; fold < FOLDS; fold++) {
  const foldModel = trainRun(seed + 100 + fold, train.filter((d) => foldOf.get(d) !== fold));
  const foldTagger = loadNerModel(encode(foldModel, noMentions, TAGGER_ONLY));
  const inFold = unique.filter((d) => foldOf.get(d) === fold);
  for (const doc of inFold) heldOut.set(doc, { doc, ...foldTagger.sequenceTags(doc.sentences.map((s) => s.words)) });
  log(`fold ${fold + 1} of ${FOLDS}: held-out tags for ${inFold.length} documents`);
}
const heldOutOf = (docs: readonly TaggedDocument[]) => docs.map((d) => heldOut.get(d)!);
// Cross-fitting: the evidence of each fold comes from a classifier trained on the other folds' held-out documents,
// and the weighing is chosen on that evidence, per training corpus, so nothing is chosen on data it was fit on.
const scored = new Map<TaggedDocument, ScoredDocument>();
for (let fold = 0; fold < FOLDS; fold++) {
  const rest = train.filter((d) => foldOf.get(d) !== fold);
  const q = quantise(trainMentionClassifier(heldOutOf(rest), known, mentionBits, mentionEpochs, seededRandom(seed + fold)));
  const retyper = new MentionRetyper(q.weights, mentionBits, q.scale, TAGGER_ONLY);
  for (const doc of unique.filter((d) => foldOf.get(d) === fold)) {
    const h = heldOut.get(doc)!;
    const document = doc.sentences.map((s) => s.words);
    scored.set(doc, { gold: doc, tags: h.tags, evidence: retyper.evidence(document, h.tags, h.emissions, known) });
  }
  log(`fold ${fold + 1} of ${FOLDS}: cross-fitted mention classifier`);
}
const groups = [...new Set(corpusOf.values())];
const byCorpus = groups.map((g) => unique.filter((d) => corpusOf.get(d) === g).map((d) => scored.get(d)!));
// The mix maximises the plain mean (each corpus one vote) unless --news-criterion asks for the news-weighted one.
const votesOf = (g: string) => (args['news-criterion'] ? CV_VOTES[g] ?? 1 : 1);
const choice = chooseMix(byCorpus, groups.map(votesOf));
const pct = (x: number) => (100 * x).toFixed(2);
log(`mix: ${JSON.stringify(choice.mixing)}`);
groups.forEach((g, i) => log(`CV micro-F1 PER/ORG/LOC ${g}: tagger ${pct(choice.taggerOnly[i])}, re-typed ${pct(choice.f1[i])}`));
const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
log(`CV mean over corpora: tagger ${pct(meanOf(choice.taggerOnly))}, re-typed ${pct(meanOf(choice.f1))}`);
const weighted = (xs: number[]) =>
  xs.reduce((a, x, i) => a + x * (CV_VOTES[groups[i]] ?? 1), 0) / groups.reduce((a, g) => a + (CV_VOTES[g] ?? 1), 0);
log(`CV news-weighted mean: tagger ${pct(weighted(choice.taggerOnly))}, re-typed ${pct(weighted(choice.f1))}`);
// Pooled over all held-out documents too: the mean above gives each corpus one vote whatever its size.
log(`CV pooled micro-F1: re-typed ${pct(microF1([...scored.values()], choice.mixing))}`);
if (args.ablation) {
  const command = [process.env.NER_REPEATS ? `NER_REPEATS='${process.env.NER_REPEATS}'` : '', ...process.argv.slice(2)]
    .filter((a) => a && a !== '--' && a !== '--ablation' && a !== args.ablation)
    .join(' ');
  const f1 = new Map(groups.map((g, i) => [g, choice.f1[i]]));
  recordAblation(join(import.meta.dirname, '../docs/ner.md'), { name: args.ablation, command, f1, mean: meanOf(choice.f1) });
  log(`ablation row "${args.ablation}" written to docs/ner.md`);
}

if (!args['cv-only']) {
  // Several runs with different seeds, their weights averaged: less variance from shuffling and hash collisions.
  const models = Array.from({ length: runs }, (_, r) => trainRun(seed + r, train));
  const mean = (pick: (m: LinearModel) => Float32Array) =>
    Float32Array.from(pick(models[0]), (_, i) => models.reduce((sum, m) => sum + pick(m)[i], 0) / runs);
  const avg: LinearModel = { weights: mean((m) => m.weights), between: mean((m) => m.between), start: mean((m) => m.start) };
  const mentions = quantise(trainMentionClassifier(heldOutOf(train), known, mentionBits, mentionEpochs, seededRandom(seed)));
  log(`mention classifier: ${mentionEpochs} epochs over the gold mentions`);
  const bytes = encode(avg, mentions, choice.mixing, models[0].tokens);
  writeFileSync(out, bytes);
  log(`wrote ${out}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);
}
