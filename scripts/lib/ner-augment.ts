// Training-time augmentation: copies of some sentences in capitals or title case, added to the same document,
// so headlines ("NATO TROOPS MAY REPLACE US PRESENCE IN IRAQ") are read as well as body text.
import type { TaggedDocument, TaggedSentence } from './ner-corpora';

const UPPER_RATE = 0.05;
const TITLE_RATE = 0.05;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as']);

function titleWord(w: string): string {
  return SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
}

export function augmentDocument(doc: TaggedDocument, random: () => number): TaggedSentence[] {
  const out = [...doc.sentences];
  for (const s of doc.sentences) {
    if (s.words.length < 3) continue;
    const r = random();
    if (r < UPPER_RATE) out.push({ ...s, words: s.words.map((w) => w.toUpperCase()) });
    else if (r < UPPER_RATE + TITLE_RATE) out.push({ ...s, words: s.words.map((w, i) => (i === 0 ? w : titleWord(w))) });
  }
  return out;
}
