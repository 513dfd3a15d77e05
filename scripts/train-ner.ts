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
import { AveragedPerceptron, quantise, seededRandom, shuffled, type LinearModel, type TrainingItem } from './lib/ner-perceptron';
import { CORE_TYPES, micro } from './lib/ner-score';
import { CasingCounter } from './lib/ner-lexicon';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    bits: { type: 'string', default: '19' },
    seed: { type: 'string', default: '20200129' },
    runs: { type: 'string', default: '2' },
    out: { type: 'string', default: join(import.meta.dirname, '../model/ner.bin') },
  },
});
const epochs = Number(args.epochs);
const bits = Number(args.bits);
const seed = Number(args.seed);
const runs = Number(args.runs);
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
for (const text of readNewsTexts()) {
  for (const span of splitSentences(text)) counter.addSentence(tokenize(text, span).map((t) => t.text));
}
const lexicon = Lexicon.build(buildLexicon(counter));
const names = buildNameFilter();
const known = { lexicon, names };
log(`lexicon: ${lexicon.size} words; name filter ${names.bits.length} bytes`);

/** One averaged perceptron trained with its own shuffles and augmentation drawn from `runSeed`. */
function trainRun(runSeed: number): LinearModel & { tokens: number } {
  const random = seededRandom(runSeed);
  const items: TrainingItem[] = [];
  const documents: number[][] = [];
  let tokens = 0;
  for (const doc of train) {
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
const bytes = encodeModel({
  bits,
  numTags: NUM_TAGS,
  featuresPerToken: FEATURES_PER_TOKEN,
  scale: q.scale,
  between: avg.between,
  start: avg.start,
  metadata: {
    features: FEATURE_VERSION,
    trainedOn: Object.values(CORPORA).map((c) => c.train),
    epochs,
    seed,
    runs,
    trainedTokens: tokens,
  },
  lexicon: lexicon.toBytes(),
  names: names.bits,
  weights: q.weights,
});
writeFileSync(args.out!, bytes);
log(`wrote ${args.out}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`);

const tagger = loadNerModel(bytes);
for (const [name, c] of Object.entries(CORPORA)) {
  const r = evaluate(tagger, readCorpus(join(DATA_DIR, c.dev), c.format));
  log(`${name} dev micro-F1 PER/ORG/LOC ${micro(r.counts, CORE_TYPES).f1.toFixed(4)}`);
}
