// Readers for the NER corpora in ../shared/data/ner (formats in its README), as documents of tagged sentences, and
// the lists of what the tagger trains on and is scored on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagIndex } from '../../src/core/ner/tags';

export interface TaggedSentence {
  words: string[];
  tags: number[];
  /**
   * Bit mask of acceptable tags per token, for corpora that leave a type unannotated: UNER has no MISC, so its O
   * tokens may be MISC as far as it knows.
   */
  allowed?: Uint16Array;
}

export interface TaggedDocument {
  source: string;
  sentences: TaggedSentence[];
}

/** `columns`: token first, tag last, space- or tab-separated, `-DOCSTART-` between documents; `uner`: UNER's iob2. */
export type CorpusFormat = 'columns' | 'uner';

export interface CorpusFile {
  /** Path under DATA_DIR. */
  path: string;
  /** Its O tokens may be MISC names nobody marked (UNER and Broad Twitter annotate no MISC; WNUT-17's is narrow). */
  partialMisc?: boolean;
}

export interface TrainingCorpus extends CorpusFile {
  name: string;
  /** Times each document is seen per epoch: how much the corpus weighs. */
  repeats: number;
  /** Keeps hyphenated compounds as one token (CoNLL's tokenisation), so training adds copies split as ours. */
  compounds?: boolean;
}

export const DATA_DIR = process.env.LEDE_DATA ?? join(import.meta.dirname, '../../../shared/data');

const crossner = (domain: string, split: string): TrainingCorpus => ({
  name: `crossner-${domain}-${split}`,
  path: `ner/crossner/${domain}-${split}.txt`,
  repeats: 1,
  compounds: true,
});

/**
 * Training corpora and their weights (repeats; `NER_REPEATS='{"gum": 3, "crossner": 0}'` overrides some for an
 * experiment, by name or by the part of the name before its first hyphen).
 * CrossNER's politics dev split is a reported dev set, so only the other domains lend their dev splits.
 */
export function trainingCorpora(): TrainingCorpus[] {
  const list: TrainingCorpus[] = [
    { name: 'conll', path: 'ner/conll2003/train.corrected.txt', repeats: 1, compounds: true },
    { name: 'uner', path: 'ner/uner-en-ewt/train.iob2', repeats: 1, partialMisc: true },
    { name: 'gum', path: 'ner/gum/train.conll', repeats: 1 },
    { name: 'wikigold', path: 'ner/wikigold/wikigold.txt', repeats: 1, compounds: true },
    { name: 'btc', path: 'ner/btc/train.txt', repeats: 1, partialMisc: true },
    { name: 'wnut17', path: 'ner/wnut17/train.txt', repeats: 1, partialMisc: true },
    ...['politics', 'science', 'music', 'literature', 'ai'].map((d) => crossner(d, 'train')),
    ...['science', 'music', 'literature', 'ai'].map((d) => crossner(d, 'dev')),
  ];
  const overrides = JSON.parse(process.env.NER_REPEATS ?? '{}') as Record<string, number>;
  return list
    .map((c) => ({ ...c, repeats: overrides[c.name] ?? overrides[c.name.replace(/-.*/, '')] ?? c.repeats }))
    .filter((c) => c.repeats > 0);
}

/**
 * Votes of a training corpus in the news-weighted cross-validated mean, by corpus name; 1 when not listed. News and
 * modern news-like English count double: the model reads news pages. Fixed before any dev set was read for it. The
 * training log prints this mean; `--news-criterion` also chooses the mention classifier's weighing by it (not the
 * default: see docs/ner.md).
 */
export const CV_VOTES: Readonly<Record<string, number>> = { conll: 2, uner: 2, gum: 2 };

/** The dev sets `npm run eval:ner` reports, in its order. */
export const DEV_SETS: CorpusFile[] = [
  { path: 'ner/conll2003/dev.txt' },
  { path: 'ner/conll2003/dev.corrected.txt' },
  { path: 'ner/uner-en-ewt/dev.iob2', partialMisc: true },
  { path: 'ner/gum/dev.conll' },
  { path: 'ner/btc/dev.txt', partialMisc: true },
  { path: 'ner/crossner/politics-dev.txt' },
  { path: 'ner/wnut17/dev.txt', partialMisc: true },
];

const O_OR_MISC = (1 << 0) | (1 << 7) | (1 << 8);
// CoNLL-2003 tags time zones ("10:30 GMT") as MISC; GUM, UNER and OntoNotes-style conventions, like readers, do
// not count them as names.
const TIME_ZONE = /^(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|JST)$/;

export function formatOf(path: string): CorpusFormat {
  return path.endsWith('.iob2') ? 'uner' : 'columns';
}

/** Reads a corpus file; `partialMisc` gives its O tokens the MISC tags as acceptable too (see CorpusFile). */
export function readCorpus(path: string, partialMisc = formatOf(path) === 'uner'): TaggedDocument[] {
  const format = formatOf(path);
  const docs: TaggedDocument[] = [];
  let doc: TaggedDocument | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const newDoc = () => {
    endSentence();
    doc = { source: path, sentences: [] };
    docs.push(doc);
  };
  const endSentence = () => {
    if (words.length === 0) return;
    if (!doc) newDoc();
    const sentence: TaggedSentence = { words, tags: tags.map(tagIndex) };
    if (partialMisc) sentence.allowed = Uint16Array.from(sentence.tags, (t) => (t === 0 ? O_OR_MISC : 1 << t));
    doc!.sentences.push(sentence);
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === '') {
      endSentence();
      continue;
    }
    if (format === 'uner') {
      if (trimmed.startsWith('# newdoc')) newDoc();
      if (trimmed.startsWith('#')) continue;
      const cols = trimmed.split('\t');
      words.push(cols[1]);
      tags.push(cols[2] && /^[BI]-(PER|ORG|LOC)$/.test(cols[2]) ? cols[2] : 'O');
      continue;
    }
    // A line starting with '#' is a token here (hashtags), never a comment.
    const cols = trimmed.includes('\t') ? trimmed.split('\t') : trimmed.split(' ');
    if (cols[0] === '-DOCSTART-') {
      newDoc();
      continue;
    }
    const tag = cols[cols.length - 1];
    words.push(cols[0]);
    tags.push(tag === 'B-MISC' && TIME_ZONE.test(cols[0]) ? 'O' : tag);
  }
  endSentence();
  return docs.filter((d) => d.sentences.length > 0);
}

/** Plain texts of news articles for unlabelled statistics (PolNeAR train: research use, never shipped). */
export function readNewsTexts(): string[] {
  const path = join(DATA_DIR, 'quotes/polnear/train.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
