// Training-time augmentation, added to the same document:
// - copies of some sentences in capitals or title case, so headlines ("NATO TROOPS MAY REPLACE US PRESENCE IN
//   IRAQ") are read as well as body text;
// - copies of CoNLL sentences with hyphenated tokens split as our tokenizer splits them ("al-Sadr" → al - Sadr),
//   so a name inside a compound is learnt the way it is seen at tagging time.
import type { TaggedDocument, TaggedSentence } from './ner-corpora';
import { isInside } from '../../src/core/ner/tags';

const UPPER_RATE = 0.05;
const TITLE_RATE = 0.08;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as']);
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

function titleWord(w: string): string {
  return SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
}

/** The sentence with hyphenated tokens split, tags carried over (B-X al-Sadr → B-X al, I-X -, I-X Sadr). */
export function splitHyphens(s: TaggedSentence): TaggedSentence | null {
  if (!s.words.some((w) => HYPHENATED.test(w))) return null;
  const words: string[] = [];
  const tags: number[] = [];
  const allowed: number[] = [];
  s.words.forEach((w, i) => {
    const tag = s.tags[i];
    const parts = HYPHENATED.test(w) ? w.split(/(-)/) : [w];
    parts.forEach((p, k) => {
      words.push(p);
      const t = k === 0 || tag === 0 ? tag : isInside(tag) ? tag : tag + 1;
      tags.push(t);
      if (s.allowed) allowed.push(k === 0 ? s.allowed[i] : 1 << t);
    });
  });
  return { words, tags, allowed: s.allowed ? Uint16Array.from(allowed) : undefined };
}

export function augmentDocument(doc: TaggedDocument, random: () => number, splitCompounds: boolean): TaggedSentence[] {
  const out = [...doc.sentences];
  for (const s of doc.sentences) {
    if (splitCompounds) {
      const split = splitHyphens(s);
      if (split) out.push(split);
    }
    if (s.words.length < 3) continue;
    const r = random();
    if (r < UPPER_RATE) out.push({ ...s, words: s.words.map((w) => w.toUpperCase()) });
    else if (r < UPPER_RATE + TITLE_RATE) out.push({ ...s, words: s.words.map((w, i) => (i === 0 ? w : titleWord(w))) });
  }
  return out;
}
