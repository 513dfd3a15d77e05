// Readers for the three NER corpora in ../shared/data/ner (formats in its README), as documents of tagged sentences.
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

export type CorpusFormat = 'conll' | 'uner' | 'gum';

export const DATA_DIR = process.env.LEDE_DATA ?? join(import.meta.dirname, '../../../shared/data');

export const CORPORA: Record<string, { train: string; dev: string; format: CorpusFormat }> = {
  conll: { train: 'ner/conll2003/train.txt', dev: 'ner/conll2003/dev.txt', format: 'conll' },
  uner: { train: 'ner/uner-en-ewt/train.iob2', dev: 'ner/uner-en-ewt/dev.iob2', format: 'uner' },
  gum: { train: 'ner/gum/train.conll', dev: 'ner/gum/dev.conll', format: 'gum' },
};

const O_OR_MISC = (1 << 0) | (1 << 7) | (1 << 8);
// CoNLL-2003 tags time zones ("10:30 GMT") as MISC; GUM, UNER and OntoNotes-style conventions, like readers, do
// not count them as names.
const TIME_ZONE = /^(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|JST)$/;

export function formatOf(path: string): CorpusFormat {
  if (path.endsWith('.iob2')) return 'uner';
  if (path.endsWith('.conll')) return 'gum';
  return 'conll';
}

/** Reads a corpus file; `format` defaults to the one its extension implies. */
export function readCorpus(path: string, format: CorpusFormat = formatOf(path)): TaggedDocument[] {
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
    if (format === 'uner') {
      sentence.allowed = Uint16Array.from(sentence.tags, (t) => (t === 0 ? O_OR_MISC : 1 << t));
    }
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
    const cols = format === 'gum' ? trimmed.split('\t') : trimmed.split(' ');
    if (cols[0] === '-DOCSTART-') {
      newDoc();
      continue;
    }
    const tag = cols[cols.length - 1];
    words.push(cols[0]);
    tags.push(format === 'conll' && tag === 'B-MISC' && TIME_ZONE.test(cols[0]) ? 'O' : tag);
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
