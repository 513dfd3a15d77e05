// Trains the NER tagger on the three training sets and writes model/ner.bin (see docs/ner.md).
//   npm run train:ner [-- --epochs N --bits B --seed S --runs R --out FILE]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { encodeModel } from '../src/core/ner/format';
import { FEATURES_PER_TOKEN, FEATURE_VERSION, featurizeDocument } from '../src/core/ner/features';
import { Lexicon } from '../src/core/ner/lexicon';
import { loadNerModel } from '../src/core/ner/model';
import { NUM_TAGS } from '../src/core/ner/tags';
import { splitSentences } from '../src/core/text/sentences';
import { tokenize } from '../src/core/text/tokenize';
import { CORPORA, DATA_DIR, formatOf, readCorpus, readNewsTexts, type TaggedDocument } from './lib/ner-corpora';
import { augmentDocument } from './lib/ner-augment';
import { evaluate } from './lib/ner-evaluate';
import { buildLexicon, buildNameFilter } from './lib/ner-gazetteers';
import { wordClusters } from './lib/ner-clusters';
import { AveragedPerceptron, quantise, shuffled, type LinearModel, type TrainingItem } from './lib/ner-perceptron';
import { seededRandom } from './lib/seeded-random';
import { CORE_TYPES, micro } from './lib/ner-score';
import { CasingCounter } from './lib/ner-lexicon';
import { chooseMix, trainMentionClassifier, type HeldOutDocument } from './lib/ner-retype';
import { NUM_CLASSES, type RetypeMix } from '../src/core/ner/retype';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    bits: { type: 'string', default: '19' },
    seed: { type: 'string', default: '20200129' },
    runs: { type: 'string', default: '2' },
    'mention-bits': { type: 'string', default: '17' },
    'mention-epochs': { type: 'string', default: '5' },
    out: { type: 'string', default: join(import.meta.dirname, '../model/ner.bin') },
  },
});
const epochs = Number(args.epochs);
const bits = Number(args.bits);
const seed = Number(args.seed);
const runs = Number(args.runs);
const mentionBits = Number(args['mention-bits']);
const mentionEpochs = Number(args['mention-epochs']);
/** Word clusters stored in the lexicon codes (7 bits). */
const CLUSTERS = 127;
/** Folds of the stacking: each fold's documents are tagged by a tagger trained on the others. */
const FOLDS = 2;
const t0 = performance.now();
const log = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

// Modern English is what readers see; the two smaller modern corpora are repeated to weigh about as much as CoNLL.
const REPEATS: Record<string, number> = JSON.parse(process.env.NER_REPEATS ?? '{"conll": 1, "uner": 1, "gum": 2}');
const train: TaggedDocument[] = Object.entries(CORPORA).flatMap(([name, c]) => {
  const docs = readCorpus(join(DATA_DIR, c.train), c.format);
  return Array.from({ length: REPEATS[name] ?? 1 }, () => docs).flat();
});
// CoNLL keeps hyphenated compounds whole; the other corpora and our tokenizer split them.
const keepsCompounds = (doc: TaggedDocument) => formatOf(doc.source) === 'conll';
log(`read ${train.length} training documents`);

// Casing evidence from the training sentences and unlabelled news text.
const counter = new CasingCounter();
for (const doc of train) for (const s of doc.sentences) counter.addSentence(s.words);
const newsSentences = readNewsTexts().flatMap((text) => splitSentences(text).map((span) => tokenize(text, span).map((t) => t.text)));
for (const words of newsSentences) counter.addSentence(words);
// Word clusters from the same running text (each training document once).
const clusterText = [...new Set(train)].flatMap((d) => d.sentences.map((s) => s.words)).concat(newsSentences);
const clusters = wordClusters(clusterText, CLUSTERS, seed);
const lexicon = Lexicon.build(buildLexicon(counter, clusters));
const names = buildNameFilter();
const known = { lexicon, names };
log(`lexicon: ${lexicon.size} words, ${clusters.size} of them clustered; name filter ${names.bits.length} bytes`);

/** One averaged perceptron trained on `docs` with its own shuffles and augmentation drawn from `runSeed`. */
function trainRun(runSeed: number, docs: readonly TaggedDocument[] = train): LinearModel & { tokens: number } {
  const random = seededRandom(runSeed);
  const items: TrainingItem[] = [];
  const documents: number[][] = [];
  let tokens = 0;
  for (const doc of docs) {
    const sentences = augmentDocument(doc, random, keepsCompounds(doc));
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

// Several runs with different seeds, their weights averaged: less variance from shuffling and hash collisions.
const models = Array.from({ length: runs }, (_, r) => trainRun(seed + r));
const mean = (pick: (m: LinearModel) => Float32Array) =>
  Float32Array.from(pick(models[0]), (_, i) => models.reduce((sum, m) => sum + pick(m)[i], 0) / runs);
const avg: LinearModel = { weights: mean((m) => m.weights), between: mean((m) => m.between), start: mean((m) => m.start) };
const tokens = models[0].tokens;
const q = quantise(avg.weights);

/** The model file of tagger weights `m` and mention classifier weights `mentions`. */
const encode = (m: LinearModel, mentions: { weights: Int8Array; scale: number }, mixing: RetypeMix) =>
  encodeModel({
    bits,
    numTags: NUM_TAGS,
    featuresPerToken: FEATURES_PER_TOKEN,
    scale: quantise(m.weights).scale,
    between: m.between,
    start: m.start,
    metadata: {
      features: FEATURE_VERSION,
      trainedOn: Object.values(CORPORA).map((c) => c.train),
      epochs,
      seed,
      runs,
      trainedTokens: tokens,
      retype: { bits: mentionBits, epochs: mentionEpochs, ...mixing },
    },
    lexicon: lexicon.toBytes(),
    names: names.bits,
    weights: m === avg ? q.weights : quantise(m.weights).weights,
    mentionWeights: mentions.weights,
    mentionScale: mentions.scale,
  });

// Stacking: the mention classifier learns from what taggers trained on the other half of the documents make of each
// training document, so it sees the tagger as it is on unseen text.
const noMentions = { weights: new Int8Array(2 ** mentionBits * NUM_CLASSES), scale: 1 };
const taggerOnly = { tagger: 0, chosen: 1, votes: 0, document: 0, drop: -1e12 };
const unique = [...new Set(train)];
const heldOut = new Map<TaggedDocument, HeldOutDocument>();
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (d: TaggedDocument) => unique.indexOf(d) % FOLDS === fold;
  const foldTagger = loadNerModel(encode(trainRun(seed + 100 + fold, train.filter((d) => !inFold(d))), noMentions, taggerOnly));
  for (const doc of unique.filter(inFold)) {
    heldOut.set(doc, { doc, ...foldTagger.sequenceTags(doc.sentences.map((s) => s.words)) });
  }
  log(`fold ${fold + 1} of ${FOLDS}: held-out tags for ${unique.filter(inFold).length} documents`);
}
const mentions = quantise(trainMentionClassifier(train.map((d) => heldOut.get(d)!), known, mentionBits, mentionEpochs, seededRandom(seed)));
log(`mention classifier: ${mentionEpochs} epochs over the gold mentions`);

// How much the tagger's choice, span scores and document votes weigh against the classifier: chosen on the dev sets.
const devSets = Object.values(CORPORA).map((c) => readCorpus(join(DATA_DIR, c.dev), c.format));
const draft = loadNerModel(encode(avg, mentions, taggerOnly));
const choice = chooseMix(draft, draft.retyper, devSets);
const pct = (xs: number[]) => xs.map((x) => (100 * x).toFixed(2)).join(' / ');
log(`dev micro-F1 (CoNLL / UNER / GUM): tagger alone ${pct(choice.taggerOnly)}, re-typed ${pct(choice.f1)}`);
log(`mix: ${JSON.stringify(choice.mixing)}`);
const bytes = encode(avg, mentions, choice.mixing);
writeFileSync(args.out!, bytes);
log(`wrote ${args.out}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);

const tagger = loadNerModel(bytes);
for (const [name, c] of Object.entries(CORPORA)) {
  const r = evaluate(tagger, readCorpus(join(DATA_DIR, c.dev), c.format));
  log(`${name} dev micro-F1 PER/ORG/LOC ${micro(r.counts, CORE_TYPES).f1.toFixed(4)}`);
}
