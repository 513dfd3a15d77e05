import type { BloomFilter } from './bloom';
import { hashString } from './hash';

// What the model knows about a word beyond its weights: how it is usually cased in running text (capitalisation
// evidence: "Fearing" at the start of a sentence is an ordinary word; "IRAQ" in a headline is "Iraq") and which
// gazetteers list it.

/** Usual casing of a word in the middle of a sentence. */
export const Casing = { Unknown: 0, Lower: 1, Title: 2, Upper: 3 } as const;
export type Casing = (typeof Casing)[keyof typeof Casing];

export const CASING_MASK = 3;

/**
 * Set on a word usually written in lower case that is still written in capitals often enough to be an acronym as
 * well ("us" and "US", "who" and "WHO"): in an all-caps headline such a short word keeps its capitals.
 */
export const OFTEN_UPPER = 1 << 8;

/** Gazetteer bits and OFTEN_UPPER, shifted down: `(code >>> 2) & GAZETTEER_MASK`. */
export const GAZETTEER_MASK = 0x7f;

/**
 * Word clusters (cluster + 1; 0 when the word has none), at three granularities:
 * - bits 9-15: 127 context clusters from neighbour statistics in the training text (ner-clusters.ts);
 * - bits 16-21: 63 clusters of pre-trained word vectors (ner-vectors.ts);
 * - bits 22-31: 1023 clusters of the same vectors.
 */
export const CLUSTER_SHIFT = 9;
export const CLUSTER_MASK = 0x7f;
export const COARSE_VECTOR_SHIFT = 16;
export const COARSE_VECTOR_MASK = 0x3f;
export const FINE_VECTOR_SHIFT = 22;
export const FINE_VECTOR_MASK = 0x3ff;

export const contextCluster = (code: number): number => (code >>> CLUSTER_SHIFT) & CLUSTER_MASK;
export const coarseVectorCluster = (code: number): number => (code >>> COARSE_VECTOR_SHIFT) & COARSE_VECTOR_MASK;
export const fineVectorCluster = (code: number): number => (code >>> FINE_VECTOR_SHIFT) & FINE_VECTOR_MASK;

/** Gazetteer bits, above the casing bits. */
export const Gazetteer = {
  FirstName: 1 << 2,
  Place: 1 << 3,
  Country: 1 << 4,
  OrgWord: 1 << 5,
  RoleWord: 1 << 6,
  /** In the large first-and-last-name list (Bloom filter, not the lexicon table). */
  PersonName: 1 << 7,
} as const;

/**
 * Word → u32 code, as an open-addressing hash table keyed by the 32-bit hash of the lower-case word (digits as 0).
 * Stored as is in the model file, so loading builds nothing; two words sharing a hash are rare enough to ignore.
 * The same table keyed by phrase hashes holds the multi-word name lists (phrases.ts).
 */
export class Lexicon {
  private readonly mask: number;

  constructor(
    private readonly keys: Uint32Array,
    private readonly codes: Uint32Array,
  ) {
    const size = keys.length;
    if (size === 0 || (size & (size - 1)) !== 0 || codes.length !== size) throw new Error('Malformed lexicon table');
    this.mask = size - 1;
  }

  static build(entries: Iterable<[string, number]>): Lexicon {
    return Lexicon.fromKeys([...entries].map(([word, code]) => [lexiconKey(word), code]));
  }

  /** A table of (key, code) pairs whose keys are already hashes (never 0). */
  static fromKeys(entries: readonly (readonly [number, number])[]): Lexicon {
    const list = entries.filter(([, code]) => code !== 0);
    let size = 1024;
    while (size < list.length * 2.5) size *= 2;
    const lexicon = new Lexicon(new Uint32Array(size), new Uint32Array(size));
    for (const [key, code] of list) lexicon.set(key, code);
    return lexicon;
  }

  /** The table as bytes: keys (u32) then codes (u32), little-endian. */
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.keys.length * 8);
    const view = new DataView(out.buffer);
    this.keys.forEach((k, i) => view.setUint32(4 * i, k, true));
    this.codes.forEach((c, i) => view.setUint32(4 * this.keys.length + 4 * i, c, true));
    return out;
  }

  static fromBytes(bytes: Uint8Array): Lexicon {
    if (bytes.length % 8 !== 0) throw new Error('Malformed lexicon table');
    const size = bytes.length / 8;
    // Typed views need aligned offsets; a copy is cheap next to a parse.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    return new Lexicon(
      new Uint32Array(aligned.buffer, aligned.byteOffset, size),
      new Uint32Array(aligned.buffer, aligned.byteOffset + 4 * size, size),
    );
  }

  private set(key: number, code: number): void {
    let slot = key & this.mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.codes[slot] = code;
  }

  /** Code of the word with this key (see lexiconKey), 0 when unknown. */
  get(key: number): number {
    let slot = key & this.mask;
    for (let k = this.keys[slot]; k !== 0; k = this.keys[slot]) {
      if (k === key) return this.codes[slot];
      slot = (slot + 1) & this.mask;
    }
    return 0;
  }

  get size(): number {
    return this.keys.reduce((n, k) => n + (k !== 0 ? 1 : 0), 0);
  }
}

/** Digits as 0, so that numbers share features and lexicon entries. */
export function normaliseDigits(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return w.replace(/\d/g, '0');
  }
  return w;
}

/** Table key of a word: the hash of its lower-case, digit-normalised form, never 0 (0 marks an empty slot). */
export function lexiconKey(word: string): number {
  return keyOfHash(hashString(normaliseDigits(word.toLowerCase())));
}

export function keyOfHash(hash: number): number {
  return hash === 0 ? 1 : hash;
}

/** Everything the features look words up in. */
export interface WordKnowledge {
  lexicon: Lexicon;
  names: BloomFilter;
  /** Multi-word name lists, keyed by phrase (phrases.ts). */
  phrases: Lexicon;
}
