// Scores quote finding and speaker attribution of the full pipeline (our NER model from model/ner.bin, clustering,
// quotes, attribution) on news with gold quotes, and writes docs/quotes-eval.md.
//   npm run eval:quotes [-- FILE.jsonl ... | --split train] [--half odd|even] [--errors OUT.txt] [--model NER.bin]
// Default: PolNeAR dev (spans and speakers) and GUM news (spans only) in ../shared/data/quotes, written to
// docs/quotes-eval.md. `--split train` scores PolNeAR train instead (for studying errors; docs are left alone):
// dev is read once per reported number.
// PolNeAR marks only the quotes inside gold attributions; other quote-marked spans (`otherQuoteSpans`: titles,
// scare quotes) are neither right nor wrong, so a prediction on one is left out of precision. An article without
// any gold quote says nothing about quotes and is skipped (in PolNeAR dev, 12 of 84 articles, mostly ones whose
// attributions lost their quote marks in conversion; in GUM news, the documents whose quotes were not annotated).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { annotate } from '../src/core/annotate';
import { nodeNerModel } from '../src/cli/node-model';
import type { ArticleMeta, Quote, Span } from '../src/core/types';
import {
  acceptableSpeakers,
  f1,
  finiteForms,
  matchSpans,
  nounPhraseProblem,
  overlapRatio,
  sameSpeaker,
  trimSpan,
  wordCount,
  type GoldQuote,
  type Prf,
} from './lib/quotes-score';

const root = join(import.meta.dirname, '..');
const DATA = join(root, '../shared/data/quotes');
const args = process.argv.slice(2).filter((a) => a !== '--');
const errorsAt = args.indexOf('--errors');
const errorsFile = errorsAt >= 0 ? args.splice(errorsAt, 2)[1] : null;
// Another NER model file (e.g. the committed one while model/ner.bin is being retrained), so speaker changes are
// measured against a fixed tagger.
const modelAt = args.indexOf('--model');
const modelFile = modelAt >= 0 ? args.splice(modelAt, 2)[1] : join(root, 'model/ner.bin');
const splitAt = args.indexOf('--split');
const split = splitAt >= 0 ? args.splice(splitAt, 2)[1] : null;
if (split !== null && split !== 'train' && split !== 'dev') throw new Error(`--split train|dev, not ${split}`);
// For error analysis: score only the odd or even articles of the file, to see whether a change holds on both halves.
const halfAt = args.indexOf('--half');
const half = halfAt >= 0 ? args.splice(halfAt, 2)[1] : null;
if (half !== null && half !== 'odd' && half !== 'even') throw new Error(`--half odd|even, not ${half}`);
const targets = split ? [join(DATA, `polnear/${split}.jsonl`)] : args.length ? args : [join(DATA, 'polnear/dev.jsonl'), join(DATA, 'gum/news.jsonl')];
const writesDocs = split === null && args.length === 0;
const finiteVerbs = finiteForms(readFileSync(join(DATA, 'lexicons/en-quote-verbs.txt'), 'utf8').split('\n'));

interface Doc {
  id: string;
  title?: string;
  text: string;
  quotes: GoldQuote[];
  otherQuoteSpans?: Span[];
}

const model = nodeNerModel(modelFile);

function meta(doc: Doc): ArticleMeta {
  return {
    title: doc.title ?? null, byline: null, authors: [], siteName: null, published: null, modified: null, lang: 'en',
    canonicalUrl: null, image: null, wordCount: 0, readingMinutes: 0, provenance: {},
  };
}

function blocksOf(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

interface Tally {
  spans: { exact: Prf; overlap: Prf };
  speakers: { right: number; total: number; byKind: Record<string, { right: number; total: number }> };
  /** Speakers right by the shown name alone: a description resolved to the wrong person is wrong here. */
  strict: { right: number; total: number };
  partialAgree: { right: number; total: number };
}

const tally = (): Tally => ({
  spans: { exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } },
  speakers: { right: 0, total: 0, byKind: {} },
  strict: { right: 0, total: 0 },
  partialAgree: { right: 0, total: 0 },
});

/**
 * Scores one subset of gold quotes. Predictions that overlap a gold quote outside the subset, or an unattributed
 * quote-marked span, are left out (they are right or wrong only for another subset).
 */
function score(doc: Doc, found: Quote[], inSubset: (g: GoldQuote) => boolean, predIn: (s: Span) => boolean, t: Tally, errors: string[]): void {
  const text = doc.text;
  const gold = doc.quotes.filter(inSubset);
  const others = [...doc.quotes.filter((g) => !inSubset(g)), ...(doc.otherQuoteSpans ?? [])].map((s) => trimSpan(text, s));
  const goldSpans = gold.map((g) => trimSpan(text, g));
  const preds = found
    .map((q) => ({ q, s: trimSpan(text, q) }))
    .filter(({ s }) => s.end > s.start && predIn(s))
    .filter(({ s }) => !others.some((o) => overlapRatio(o, s) >= 0.5) || goldSpans.some((g) => overlapRatio(g, s) >= 0.5));
  const predSpans = preds.map((p) => p.s);
  for (const [kind, min] of [['exact', 1], ['overlap', 0.5]] as const) {
    const pairs = kind === 'exact'
      ? matchSpans(goldSpans, predSpans, 1).filter(([g, p]) => goldSpans[g].start === predSpans[p].start && goldSpans[g].end === predSpans[p].end)
      : matchSpans(goldSpans, predSpans, min);
    t.spans[kind].tp += pairs.length;
    t.spans[kind].fp += predSpans.length - pairs.length;
    t.spans[kind].fn += goldSpans.length - pairs.length;
    if (kind !== 'overlap') continue;
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedP = new Set(pairs.map(([, p]) => p));
    gold.forEach((g, i) => !matchedG.has(i) && errors.push(`MISSED ${doc.id} ${JSON.stringify(text.slice(g.start, g.end).slice(0, 90))}`));
    preds.forEach((p, i) => !matchedP.has(i) && errors.push(`EXTRA  ${doc.id} ${JSON.stringify(text.slice(p.s.start, p.s.end).slice(0, 90))}`));
    for (const [gi, pi] of pairs) {
      const g = gold[gi];
      const q = preds[pi].q;
      if (g.type === 'direct' || g.type === 'mixed') {
        t.partialAgree.total++;
        if (Boolean(q.partial) === (g.type === 'mixed')) t.partialAgree.right++;
      }
      const names = acceptableSpeakers(g);
      if (!g.speakerKind || g.speakerKind === 'unannotated' || g.speakerKind === 'none' || !names.length) continue;
      // A speaker resolved from a description is shown with it ("Bernie Sanders (the Vermont senator)"): either counts.
      const shown = q.speaker === null ? [] : [q.speaker, ...(q.speakerDescription ? [q.speakerDescription] : [])];
      const right = names.some((n) => shown.some((p) => sameSpeaker(p, n)));
      t.speakers.total++;
      if (right) t.speakers.right++;
      t.strict.total++;
      const strictRight = q.speaker !== null && names.some((n) => sameSpeaker(q.speaker!, n));
      if (strictRight) t.strict.right++;
      else if (right) errors.push(`BY-DESCRIPTION ${doc.id} gold=${JSON.stringify(names)} got=${JSON.stringify(q.speaker)} (${JSON.stringify(q.speakerDescription)})`);
      const k = (t.speakers.byKind[g.speakerKind] ??= { right: 0, total: 0 });
      k.total++;
      if (right) k.right++;
      else {
        const context = text.slice(Math.max(0, g.start - 400), Math.min(text.length, g.end + 100)).replace(/\s+/gu, ' ');
        errors.push(`SPEAKER ${doc.id} [${g.speakerKind} ${g.type} ${g.words ?? wordCount(text, g)}w] cue=${JSON.stringify(g.cue ?? null)} gold=${JSON.stringify(names)} got=${JSON.stringify(q.speaker)}\n    ${context}`);
      }
    }
  }
}

const pct = (x: number) => (100 * x).toFixed(1);
const prfRow = (label: string, c: Prf) => {
  const r = f1(c);
  return `| ${label} | ${pct(r.p)} | ${pct(r.r)} | **${pct(r.f)}** | ${c.tp} | ${c.fp} | ${c.fn} |`;
};
const acc = (a: { right: number; total: number }) => (a.total ? `${pct(a.right / a.total)} (${a.right}/${a.total})` : 'n/a');

const lines = [
  '# Quote evaluation',
  '',
  'Written by `npm run eval:quotes` (scripts/eval-quotes.ts); do not edit by hand. The full pipeline runs on each',
  'article: our NER model (`model/ner.bin`), entity clustering, quote finding and attribution. Spans are compared',
  'after trimming whitespace, quote marks and edge punctuation, matched one-to-one: exact, and overlap (at least half',
  'of the longer span shared). A prediction on a quote-marked span that the gold leaves unattributed (a title, a',
  'scare quote) or on a gold quote outside the subset scored is left out. Speaker accuracy is over overlap-matched',
  'quotes with a gold speaker, by name head: case-insensitive, honorifics (Mr., Mrs., Ms., Dr., Sen., Rep., Gov.,',
  'Gen., Prof.) stripped from both sides, the same last word with the shorter name\'s other words in the longer one',
  '("Kimberly Strach" = "Kimberly Westbrook Strach", "Clinton" = "Hillary Clinton" ≠ "Bill Clinton"); the gold',
  'coreferent names count (so a "he" must be resolved to the right name; the pronoun itself never matches), and a',
  'speaker resolved from a description ("the Vermont senator" → Bernie Sanders) matches by either, as it is shown; a gold',
  'speaker (and the predicted one alike) is cut at its first comma or at " who / which / of the / at the / from ",',
  'without bracketed party tags or leading titles ("Rep. Jim Clyburn (D-S.C.), the assistant leader" → "Jim',
  'Clyburn"); a gold description with the name in its appositive ("A top strategist, John Weaver,") also matches by',
  'that name. Direct quotes of 3+',
  'words are scored on their own: the headline numbers. PolNeAR\'s converter does not see quotes in `\'\'…\'\'` or',
  'in single quote marks, so such quotes found here count as extra: precision is a floor. Every predicted speaker',
  'string is also checked to be a noun phrase (no wh-word, finite verb or auxiliary, no bare determiner, no pronoun',
  'with a predicate): the count of those that are not is expected to be 0. Articles without any gold quote are skipped. GUM news has no speakers and no direct/mixed',
  'types; it splits a quote of several sentences into one span per sentence and also marks block quotes that carry',
  'no quote marks, so whole quote-marked spans lose points there by convention.',
  '',
  'The "strict" row scores the same quotes by the name shown alone: a description resolved to a name counts only when',
  'that name is a gold speaker or one of its coreferent names, so a wrong person shown with a right description',
  '("the Vermont senator") is wrong there, and a right person whose gold lists only the description is wrong too (the',
  'gold cannot confirm it). The headline numbers above the strict row are the lenient, shown-as-is ones.',
  '',
  `NER model: \`${modelAt >= 0 ? modelFile : 'model/ner.bin'}\`, ${statSync(modelFile).size} bytes.`,
  '',
];
const allErrors: string[] = [];
for (const file of targets) {
  const docs: Doc[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc)
    .filter((d) => d.quotes.length > 0)
    .filter((_, n) => half === null || n % 2 === (half === 'odd' ? 1 : 0));
  const direct3 = tally();
  const direct = tally();
  const all = tally();
  const notNounPhrases: string[] = [];
  let speakers = 0;
  for (const doc of docs) {
    const a = annotate({ text: doc.text, meta: meta(doc), blocks: blocksOf(doc.text) }, { ner: model });
    const errors: string[] = [];
    score(doc, a.quotes, (g) => g.type === 'direct' && (g.words ?? wordCount(doc.text, g)) >= 3, (s) => wordCount(doc.text, s) >= 3, direct3, []);
    score(doc, a.quotes, (g) => g.type === 'direct', () => true, direct, []);
    score(doc, a.quotes, () => true, () => true, all, errors);
    for (const q of a.quotes) {
      if (q.speaker === null) continue;
      speakers++;
      const problem = nounPhraseProblem(q.speaker, finiteVerbs);
      if (problem) notNounPhrases.push(`NOT-NP ${doc.id} ${JSON.stringify(q.speaker)} (${problem})`);
    }
    allErrors.push(...errors);
  }
  allErrors.push(...notNounPhrases);
  const name = basename(join(file, '..')) + '/' + basename(file);
  const hasSpeakers = all.speakers.total > 0;
  const hasTypes = docs.some((d) => d.quotes.some((q) => q.type === 'direct'));
  lines.push(`## ${name}`, '', `${docs.length} articles, ${docs.reduce((n, d) => n + d.quotes.length, 0)} gold quotes.`, '');
  lines.push('| quotes | precision | recall | F1 | tp | fp | fn |', '| --- | --- | --- | --- | --- | --- | --- |');
  if (hasTypes) {
    lines.push(prfRow('direct, 3+ words, exact', direct3.spans.exact), prfRow('direct, 3+ words, overlap', direct3.spans.overlap));
    lines.push(prfRow('direct, any length, overlap', direct.spans.overlap));
  }
  lines.push(prfRow('all, exact', all.spans.exact), prfRow('all, overlap', all.spans.overlap), '');
  if (hasSpeakers) {
    lines.push('| speaker accuracy | direct, 3+ words | all quotes |', '| --- | --- | --- |');
    lines.push(`| all speakers | **${acc(direct3.speakers)}** | ${acc(all.speakers)} |`);
    lines.push(`| all speakers, strict (by the name shown only) | ${acc(direct3.strict)} | ${acc(all.strict)} |`);
    const kinds = [...new Set([...Object.keys(all.speakers.byKind)])].sort();
    for (const k of kinds) lines.push(`| gold speaker ${k} | ${acc(direct3.speakers.byKind[k] ?? { right: 0, total: 0 })} | ${acc(all.speakers.byKind[k])} |`);
    lines.push('');
  }
  lines.push(`Speaker strings that are not noun phrases: **${notNounPhrases.length}** of ${speakers}.`, '');
  if (hasTypes) lines.push(`Partial flag agrees with the gold direct/mixed type on ${acc(all.partialAgree)} of matched quotes.`, '');
  const direct3Line = hasTypes ? `direct 3+ words F1 exact ${pct(f1(direct3.spans.exact).f)}, overlap ${pct(f1(direct3.spans.overlap).f)}; ` : '';
  const speakerLine = hasSpeakers ? `; speakers direct 3+ ${acc(direct3.speakers)}, all ${acc(all.speakers)}; strict ${acc(direct3.strict)}, ${acc(all.strict)}` : '';
  const recallLine = hasTypes ? `direct recall ${pct(f1(direct.spans.overlap).r)}; ` : '';
  console.log(`${name}: ${direct3Line}${recallLine}all overlap F1 ${pct(f1(all.spans.overlap).f)}${speakerLine}; not noun phrases ${notNounPhrases.length}/${speakers}`);
  if (hasSpeakers) {
    const byKind = Object.keys(all.speakers.byKind).sort().map((k) => `${k} ${acc(direct3.speakers.byKind[k] ?? { right: 0, total: 0 })} / ${acc(all.speakers.byKind[k])}`);
    console.log(`  by gold speaker kind (direct 3+ / all): ${byKind.join('; ')}`);
  }
}
if (writesDocs) {
  writeFileSync(join(root, 'docs/quotes-eval.md'), lines.join('\n'));
  console.log('wrote docs/quotes-eval.md');
}
if (errorsFile) writeFileSync(errorsFile, allErrors.join('\n') + '\n');
