// Context aggregation (Ratinov & Roth 2009): a capitalised word's other occurrences in the same article lend it their
// neighbours' cues. "Siemens" alone says little, but "Siemens AG" two paragraphs on has an organisation word after
// it; "Khalaf" after "spokesman Abdelkarim Khalaf" had a role word before it. Unlike the document history
// (history.ts), this looks at every occurrence, later ones too, and needs no prediction.
import { hashString } from './hash';
import { GAZETTEER_MASK, keyOfHash } from './lexicon';

/** Cue bits of one neighbour: its gazetteer bits (7), and one more: "the" before, a capitalised word after. */
const CUES = 8;
const MORE = 1 << 7;
const THE = keyOfHash(hashString('the'));

/** One sentence as the aggregation reads it: lexicon keys and codes of its words, and which are capitalised. */
export interface AggregationInput {
  keys: Uint32Array;
  code: Uint32Array;
  capitalised: Uint8Array;
}

function cues(s: AggregationInput, i: number): [number, number] {
  const n = s.keys.length;
  let before = 0;
  let after = 0;
  if (i > 0) before = ((s.code[i - 1] >>> 2) & GAZETTEER_MASK) | (s.keys[i - 1] === THE ? MORE : 0);
  if (i + 1 < n) after = ((s.code[i + 1] >>> 2) & GAZETTEER_MASK) | (s.capitalised[i + 1] ? MORE : 0);
  return [before, after];
}

export class NeighbourCues {
  /** Per word key: how many of its capitalised occurrences have each cue, before (0-7) and after (8-15). */
  private readonly counts = new Map<number, Uint16Array>();

  add(s: AggregationInput): void {
    for (let i = 0; i < s.keys.length; i++) {
      if (!s.capitalised[i]) continue;
      let c = this.counts.get(s.keys[i]);
      if (!c) this.counts.set(s.keys[i], (c = new Uint16Array(2 * CUES)));
      const [before, after] = cues(s, i);
      for (let b = 0; b < CUES; b++) {
        if (before & (1 << b)) c[b]++;
        if (after & (1 << b)) c[CUES + b]++;
      }
    }
  }

  /** Cues seen around the word's other capitalised occurrences: bits 0-7 before it, 8-15 after it; 0 if none. */
  code(s: AggregationInput, i: number): number {
    if (!s.capitalised[i]) return 0;
    const c = this.counts.get(s.keys[i]);
    if (!c) return 0;
    const [before, after] = cues(s, i);
    let out = 0;
    for (let b = 0; b < CUES; b++) {
      if (c[b] - ((before >>> b) & 1) > 0) out |= 1 << b;
      if (c[CUES + b] - ((after >>> b) & 1) > 0) out |= 1 << (CUES + b);
    }
    return out;
  }
}
