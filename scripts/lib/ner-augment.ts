// Training-time augmentation, added to the same document:
// - copies of some sentences in capitals or title case, so headlines ("NATO TROOPS MAY REPLACE US PRESENCE IN
//   IRAQ") are read as well as body text;
// - copies of CoNLL sentences with hyphenated tokens split as our tokenizer splits them ("al-Sadr" → al - Sadr),
//   so a name inside a compound is learnt the way it is seen at tagging time. CoNLL tags a name with a lower-case
//   tail as one MISC ("U.S.-led", "Toronto-based"); split, only the name is a name: the hyphen and the tail are O,
//   and the name may take any type (a partial label: "U.S." is a place, not the MISC the compound was).
import type { TaggedDocument, TaggedSentence } from './ner-corpora';
import { NUM_TAGS, O, isInside, tagIndex } from '../../src/core/ner/tags';

const UPPER_RATE = 0.05;
const TITLE_RATE = 0.08;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as']);
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
/** A capitalised name with lower-case tails: "U.S.-led", "Serb-held", "Toronto-based". */
const NAME_WITH_TAIL = /^\p{Lu}[\p{L}\p{N}]*(?:-\p{Ll}+)+$/u;
const B_MISC = tagIndex('B-MISC');
const ANY_BEGIN = Array.from({ length: NUM_TAGS }, (_, t) => t).reduce((m, t) => (t !== O && !isInside(t) ? m | (1 << t) : m), 0);

function titleWord(w: string): string {
  return SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1);
}

/**
 * The sentence with hyphenated tokens split as our tokenizer splits them, tags carried over (B-X al-Sadr → B-X al,
 * I-X -, I-X Sadr), except a lone MISC name with lower-case tails ("U.S.-led"): its name part may be any type, the
 * rest is O.
 */
export function splitHyphens(s: TaggedSentence): TaggedSentence | null {
  if (!s.words.some((w) => HYPHENATED.test(w))) return null;
  const words: string[] = [];
  const tags: number[] = [];
  const allowed: number[] = [];
  let partial = !!s.allowed;
  s.words.forEach((w, i) => {
    const tag = s.tags[i];
    if (!HYPHENATED.test(w)) {
      words.push(w);
      tags.push(tag);
      allowed.push(s.allowed ? s.allowed[i] : 1 << tag);
      return;
    }
    const parts = w.split(/(-)/);
    const nameWithTail = tag === B_MISC && s.tags[i + 1] !== B_MISC + 1 && NAME_WITH_TAIL.test(w);
    partial ||= nameWithTail;
    parts.forEach((p, k) => {
      words.push(p);
      const t = nameWithTail ? (k === 0 ? tag : O) : k === 0 || tag === 0 ? tag : isInside(tag) ? tag : tag + 1;
      tags.push(t);
      allowed.push(nameWithTail && k === 0 ? ANY_BEGIN : k === 0 && s.allowed ? s.allowed[i] : 1 << t);
    });
  });
  return { words, tags, allowed: partial ? Uint16Array.from(allowed) : undefined };
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
