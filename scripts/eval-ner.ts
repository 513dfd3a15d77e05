// Scores the committed NER model on gold-tokenised corpora and writes docs/ner-eval.md.
//   npm run eval:ner [-- --lang CODE --model FILE FILE...]
//   (default: model/ner.bin on the English dev sets in ../shared/data/ner; --lang pt: model/ner-pt.bin on the
//   Portuguese dev set, written to docs/ner-eval-pt.md; the languages are in scripts/lib/ner-lang.ts)
// Entity-level exact match as conlleval counts it; micro-F1 over PER/ORG/LOC, and over all four types where the
// corpus annotates MISC.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadNerModel } from '../src/core/ner/model';
import { ENTITY_TYPES } from '../src/core/ner/tags';
import { DATA_DIR, readCorpus } from './lib/ner-corpora';
import { nerLanguage } from './lib/ner-lang';
import { evaluate } from './lib/ner-evaluate';
import { CORE_TYPES, micro, prf, type Prf } from './lib/ner-score';

const root = join(import.meta.dirname, '..');
const { values: args, positionals: files } = parseArgs({
  options: { lang: { type: 'string', default: 'en' }, model: { type: 'string' } },
  allowPositionals: true,
  args: process.argv.slice(2).filter((a) => a !== '--'),
});
const language = nerLanguage(args.lang!);
const modelPath = args.model ?? join(root, language.model);
const targets = files.length ? files : language.devSets.map((c) => join(DATA_DIR, c.path));

const bytes = readFileSync(modelPath);
const t0 = performance.now();
const tagger = loadNerModel(bytes);
const loadMs = performance.now() - t0;

const pct = (x: number) => (100 * x).toFixed(2);
const row = (label: string, s: Prf) => `| ${label} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.tp} | ${s.fp} | ${s.fn} |`;

const lines = [
  '# NER evaluation',
  '',
  'Written by `npm run eval:ner` (scripts/eval-ner.ts); do not edit by hand. Entity-level exact span and type',
  'match (conlleval); gold tokenisation. Micro-F1 over PER/ORG/LOC is the headline number; "all" adds MISC where',
  'the corpus annotates it (UNER English-EWT and Broad Twitter do not; WNUT-17\'s MISC is only creative works and',
  'products, so its "all" counts every nationality or event the model tags as a false positive).',
  '',
  `Model: \`${relative(root, modelPath)}\`, ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped, loaded in ${loadMs.toFixed(1)} ms; ` +
    `trained on ${(tagger.metadata.trainedOn as string[]).join(', ')} (${tagger.metadata.epochs} epochs, seed ${tagger.metadata.seed}).`,
  '',
  'Every setting of the model was chosen by cross-validation on its training data; these dev sets are read only here.',
  '',
  '| corpus | tokens | micro-F1 PER/ORG/LOC | micro-F1 all | tokens/s |',
  '| --- | --- | --- | --- | --- |',
];
const details: string[] = [];
for (const file of targets) {
  const docs = readCorpus(file);
  const r = evaluate(tagger, docs);
  const hasMisc = r.counts.MISC.tp + r.counts.MISC.fn > 0;
  const core = micro(r.counts, CORE_TYPES);
  const all = micro(r.counts, ENTITY_TYPES);
  const name = relative(DATA_DIR, file).startsWith('..') ? file : relative(DATA_DIR, file);
  const speed = Math.round(r.tokens / (r.ms / 1000));
  lines.push(`| ${name} | ${r.tokens} | ${pct(core.f1)} | ${hasMisc ? pct(all.f1) : 'n/a'} | ${speed} |`);
  details.push('', `## ${name}`, '', '| type | precision | recall | F1 | tp | fp | fn |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const t of hasMisc ? ENTITY_TYPES : CORE_TYPES) details.push(row(t, prf(r.counts[t])));
  details.push(row('micro PER/ORG/LOC', core));
  if (hasMisc) details.push(row('micro all', all));
  console.log(`${name}: micro-F1 PER/ORG/LOC ${pct(core.f1)}${hasMisc ? `, all ${pct(all.f1)}` : ''}, ${speed} tokens/s`);
}
lines.push(...details, '', 'Tokens/s here is tagging only (features, scores, Viterbi, mention re-typing) on pre-tokenised text, in one cold pass per corpus (the first corpus also pays for compiling the tagger), so it is a floor; the speed target is measured by `npm run bench` (best of several passes after a warm-up, end to end from text, against compromise).', '');
// A model given by --model is an experiment: its scores are printed, the report stays the shipped model's.
if (!args.model) {
  writeFileSync(join(root, language.report), lines.join('\n'));
  console.log(`wrote ${language.report}`);
}
