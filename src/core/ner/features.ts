// Token features of the tagger, as hashed bucket indices. One code path for training and tagging, so the weights
// always mean the same thing. Sentences in capitals or title case are re-cased word by word from the lexicon before
// features are taken: "TROOPS MAY REPLACE US PRESENCE IN IRAQ" is read as "troops may replace US presence in Iraq".
import { hashString, mix } from './hash';
import {
  CASING_MASK,
  Casing,
  coarseVectorCluster,
  contextCluster,
  fineVectorCluster,
  GAZETTEER_MASK,
  OFTEN_UPPER,
  Gazetteer,
  keyOfHash,
  lexiconKey,
  normaliseDigits,
  type Lexicon,
  type WordKnowledge,
} from './lexicon';
import { phraseCodes } from './phrases';
import { NeighbourCues } from './aggregate';

export const FEATURES_PER_TOKEN = 40;
/** Bumped whenever a feature changes meaning: weights trained on another version are refused. */
export const FEATURE_VERSION = 7;

/** How a sentence is cased as a whole. */
export const SentenceMode = { Normal: 0, AllCaps: 1, TitleCase: 2 } as const;

// Capitalisation of one token.
const LOWER = 0;
const TITLE = 1;
const ALLCAPS = 2;
const SINGLE_CAP = 3;
const NO_LETTERS = 4;

const BOS = 0x5eed0001;
const EOS = 0x5eed0002;
const UNKNOWN_VECTOR = 0x10000;
const EMPTY = new Uint8Array(0);
// Tokens after which a capital is expected anyway, like at the start of a sentence.
const OPENERS = new Set(['"', '“', '‘', "'", ':', '«', '(', '[', '—', '–']);

interface Atoms {
  word: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  prefix: Uint32Array; // 3 per token: 2, 3, 4 characters
  suffix: Uint32Array; // 3 per token
  cap: Uint8Array;
  rawCap: Uint8Array;
  code: Uint32Array; // lexicon code of the lower-case form
  first: Uint8Array;
  coarse: Uint32Array; // word-vector clusters, or a shape bucket for words without a vector
  fine: Uint32Array; // finer clusters, or a shape-and-suffix bucket
  phrase: Uint8Array; // place in a listed multi-word name (phrases.ts)
  keys: Uint32Array; // lexicon keys of the lower-case forms
  capitalised: Uint8Array;
}

function capitalisation(w: string, lower: string, upper: string): number {
  if (lower === upper) return NO_LETTERS;
  if (w === lower) return LOWER;
  if (w === upper) return w.length - (w.endsWith('.') ? 1 : 0) > 1 ? ALLCAPS : SINGLE_CAP;
  return w[0] !== lower[0] ? TITLE : LOWER;
}

/** Lower- and upper-case forms of a sentence's words, computed once and shared by every feature. */
interface CaseForms {
  lower: string[];
  upper: string[];
}

function caseForms(words: readonly string[]): CaseForms {
  return { lower: words.map((w) => w.toLowerCase()), upper: words.map((w) => w.toUpperCase()) };
}

export function sentenceMode(words: readonly string[], forms: CaseForms = caseForms(words)): number {
  let cased = 0;
  let caps = 0;
  let long = 0;
  let longTitle = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = forms.lower[i];
    const upper = forms.upper[i];
    if (lower === upper) continue;
    cased++;
    if (w === upper) caps++;
    if (i > 0 && w.length >= 4) {
      long++;
      if (w[0] !== lower[0]) longTitle++;
    }
  }
  if (cased >= 3 && caps >= 0.8 * cased) return SentenceMode.AllCaps;
  if (long >= 2 && longTitle >= 0.8 * long) return SentenceMode.TitleCase;
  return SentenceMode.Normal;
}

function titleCase(w: string): string {
  return w[0] + w.slice(1).toLowerCase();
}

/** The word as it would be cased in a normal sentence, judged from the lexicon. */
export function recase(w: string, mode: number, index: number, lexicon: Lexicon): string {
  if (mode === SentenceMode.Normal) return w;
  const lower = w.toLowerCase();
  const code = lexicon.get(lexiconKey(lower));
  const casing = code & CASING_MASK;
  if (mode === SentenceMode.AllCaps) {
    if (w !== w.toUpperCase() || lower === w) return w;
    if (casing === Casing.Lower) return code & OFTEN_UPPER && w.length <= 3 ? w : lower;
    if (casing === Casing.Upper) return w;
    if (casing === Casing.Title) return titleCase(w);
    return w.length <= 3 ? w : titleCase(w);
  }
  if (index > 0 && casing === Casing.Lower && w[0] !== lower[0] && w.slice(1) === lower.slice(1)) return lower;
  return w;
}

/** Hash of the word's shape: X upper, x lower, d digit, other characters as they are; runs collapsed ("Xx-Xx"). */
export function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0, len = 0; i < w.length && len < 8; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 97 && c <= 122) k = 120;
    else if (c >= 65 && c <= 90) k = 88;
    else if (c >= 48 && c <= 57) k = 100;
    else if (c < 128) k = c;
    else {
      const ch = w[i];
      const lc = ch.toLowerCase();
      k = lc !== ch.toUpperCase() ? (ch === lc ? 120 : 88) : c;
    }
    if (k !== last) {
      h = Math.imul(h ^ k, 0x01000193);
      len++;
    }
    last = k;
  }
  return h >>> 0;
}

function atomsOf(words: readonly string[], forms: CaseForms, rawWords: readonly string[], known: WordKnowledge): Atoms {
  const n = words.length;
  const a: Atoms = {
    word: new Uint32Array(n),
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    prefix: new Uint32Array(n * 3),
    suffix: new Uint32Array(n * 3),
    cap: new Uint8Array(n),
    rawCap: new Uint8Array(n),
    code: new Uint32Array(n),
    first: new Uint8Array(n),
    coarse: new Uint32Array(n),
    fine: new Uint32Array(n),
    phrase: EMPTY,
    keys: new Uint32Array(n),
    capitalised: new Uint8Array(n),
  };
  const keys = a.keys;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lower = forms.lower[i];
    const upper = forms.upper[i];
    const norm = normaliseDigits(w);
    const normLower = normaliseDigits(lower);
    a.word[i] = hashString(norm);
    a.lower[i] = norm === normLower ? a.word[i] : hashString(normLower);
    a.shape[i] = shapeHash(w);
    let h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) {
      if (k < normLower.length) h = Math.imul(h ^ normLower.charCodeAt(k), 0x01000193);
      if (k >= 1) a.prefix[i * 3 + k - 1] = h >>> 0;
    }
    h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) {
      const at = normLower.length - 1 - k;
      if (at >= 0) h = Math.imul(h ^ normLower.charCodeAt(at), 0x01000193);
      if (k >= 1) a.suffix[i * 3 + k - 1] = h >>> 0;
    }
    a.cap[i] = capitalisation(w, lower, upper);
    a.capitalised[i] = a.cap[i] >= TITLE && a.cap[i] <= SINGLE_CAP ? 1 : 0;
    const raw = rawWords[i];
    a.rawCap[i] = raw === w ? a.cap[i] : capitalisation(raw, raw.toLowerCase(), raw.toUpperCase());
    const key = keyOfHash(a.lower[i]);
    keys[i] = key;
    a.code[i] = known.lexicon.get(key) | (known.names.has(key) ? Gazetteer.PersonName : 0);
    a.first[i] = i === 0 || OPENERS.has(words[i - 1]) ? 1 : 0;
    // Words the vectors do not know fall back to buckets of their form, apart from every real cluster.
    const coarse = coarseVectorCluster(a.code[i]);
    const fine = fineVectorCluster(a.code[i]);
    a.coarse[i] = coarse || UNKNOWN_VECTOR | (a.shape[i] & 0xff);
    a.fine[i] = fine || UNKNOWN_VECTOR | (mix(a.shape[i], a.suffix[i * 3]) & 0x3ff);
  }
  a.phrase = phraseCodes(known.phrases, words, keys);
  return a;
}

/** Per-document evidence: is this word seen lower-case, or capitalised mid-sentence, elsewhere in the document? */
class DocumentEvidence {
  private lowerSeen = new Set<string>();
  private capMid = new Map<string, number>();

  add(words: readonly string[], forms: CaseForms, mode: number): void {
    if (mode !== SentenceMode.Normal) return;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const lower = forms.lower[i];
      if (lower === forms.upper[i]) continue;
      if (w === lower) this.lowerSeen.add(lower);
      else if (i > 0 && !OPENERS.has(words[i - 1])) this.capMid.set(lower, (this.capMid.get(lower) ?? 0) + 1);
    }
  }

  /** 2 bits: seen lower-case; seen capitalised mid-sentence other than at this very token. */
  code(words: readonly string[], forms: CaseForms, i: number, mode: number): number {
    const w = words[i];
    const lower = forms.lower[i];
    const selfMid = mode === SentenceMode.Normal && i > 0 && w !== lower && !OPENERS.has(words[i - 1]) ? 1 : 0;
    return (this.lowerSeen.has(lower) ? 1 : 0) | ((this.capMid.get(lower) ?? 0) - selfMid > 0 ? 2 : 0);
  }
}

/**
 * Bucket indices (FEATURES_PER_TOKEN per token, in [0, 2^bits)) for every sentence of one document. The sentences
 * must be the whole document: document evidence is part of the features.
 */
export function featurizeDocument(
  sentences: readonly (readonly string[])[],
  known: WordKnowledge,
  bits: number,
): Int32Array[] {
  const rawForms = sentences.map(caseForms);
  const modes = sentences.map((words, s) => sentenceMode(words, rawForms[s]));
  const evidence = new DocumentEvidence();
  sentences.forEach((words, s) => evidence.add(words, rawForms[s], modes[s]));
  const cased = sentences.map((raw, s) => {
    const mode = modes[s];
    const words = mode === SentenceMode.Normal ? raw : raw.map((w, i) => recase(w, mode, i, known.lexicon));
    const forms = words === raw ? rawForms[s] : caseForms(words);
    return { words, forms, atoms: atomsOf(words, forms, raw, known) };
  });
  const neighbours = new NeighbourCues();
  for (const c of cased) neighbours.add(c.atoms);
  return cased.map(({ words, forms, atoms }, s) =>
    featurizeSentence(atoms, modes[s], bits, (i) => evidence.code(words, forms, i, modes[s]), neighbours),
  );
}

function featurizeSentence(
  a: Atoms,
  mode: number,
  bits: number,
  docCode: (i: number) => number,
  neighbours: NeighbourCues,
): Int32Array {
  const n = a.word.length;
  const out = new Int32Array(n * FEATURES_PER_TOKEN);
  const shift = 32 - bits;
  const L = (i: number) => (i < 0 ? BOS : i >= n ? EOS : a.lower[i]);
  const SH = (i: number) => (i < 0 ? BOS : i >= n ? EOS : a.shape[i]);
  const W = (i: number) => (i < 0 ? BOS : i >= n ? EOS : a.word[i]);
  const CC = (i: number) => (i < 0 || i >= n ? 255 : ((a.code[i] & CASING_MASK) << 3) | a.cap[i]);
  const GZ = (i: number) => (i < 0 || i >= n ? 255 : (a.code[i] >>> 2) & GAZETTEER_MASK);
  const CL = (i: number) => (i < 0 || i >= n ? 255 : contextCluster(a.code[i]));
  const VC = (i: number) => (i < 0 ? BOS : i >= n ? EOS : a.coarse[i]);
  const VF = (i: number) => (i < 0 ? BOS : i >= n ? EOS : a.fine[i]);
  for (let i = 0; i < n; i++) {
    const o = i * FEATURES_PER_TOKEN;
    const casing = a.code[i] & CASING_MASK;
    const cap = a.cap[i];
    const first = a.first[i];
    out[o + 0] = mix(1, 0) >>> shift;
    out[o + 1] = mix(2, W(i)) >>> shift;
    out[o + 2] = mix(3, L(i)) >>> shift;
    out[o + 3] = mix(4, SH(i)) >>> shift;
    out[o + 4] = mix(5, a.prefix[i * 3]) >>> shift;
    out[o + 5] = mix(6, a.prefix[i * 3 + 1]) >>> shift;
    out[o + 6] = mix(7, a.prefix[i * 3 + 2]) >>> shift;
    out[o + 7] = mix(8, a.suffix[i * 3]) >>> shift;
    out[o + 8] = mix(9, a.suffix[i * 3 + 1]) >>> shift;
    out[o + 9] = mix(10, a.suffix[i * 3 + 2]) >>> shift;
    out[o + 10] = mix(11, L(i - 1)) >>> shift;
    out[o + 11] = mix(12, L(i + 1)) >>> shift;
    out[o + 12] = mix(13, L(i - 2)) >>> shift;
    out[o + 13] = mix(14, L(i + 2)) >>> shift;
    out[o + 14] = mix(15, SH(i - 1)) >>> shift;
    out[o + 15] = mix(16, SH(i + 1)) >>> shift;
    out[o + 16] = mix(17, mix(mix(SH(i - 1), SH(i)), SH(i + 1))) >>> shift;
    out[o + 17] = mix(18, mix(L(i - 1), L(i))) >>> shift;
    out[o + 18] = mix(19, mix(L(i), L(i + 1))) >>> shift;
    out[o + 19] = mix(20, (casing << 4) | (cap << 1) | first) >>> shift;
    out[o + 20] = mix(21, CC(i - 1)) >>> shift;
    out[o + 21] = mix(22, CC(i + 1)) >>> shift;
    out[o + 22] = mix(23, (docCode(i) << 4) | (cap << 1) | first) >>> shift;
    out[o + 23] = mix(24, (mode << 8) | (casing << 4) | (a.rawCap[i] << 1) | first) >>> shift;
    out[o + 24] = mix(25, mix(W(i - 1), SH(i))) >>> shift;
    out[o + 25] = mix(26, (GZ(i) << 4) | cap) >>> shift;
    out[o + 26] = mix(27, GZ(i - 1)) >>> shift;
    out[o + 27] = mix(28, GZ(i + 1)) >>> shift;
    out[o + 28] = mix(29, mix(first, SH(i))) >>> shift;
    out[o + 29] = mix(30, CL(i)) >>> shift;
    out[o + 30] = mix(31, mix(CL(i - 1), CL(i))) >>> shift;
    out[o + 31] = mix(32, mix(CL(i), CL(i + 1))) >>> shift;
    out[o + 32] = mix(33, (CL(i) << 4) | (cap << 1) | first) >>> shift;
    out[o + 33] = mix(34, (VF(i) << 4) | (cap << 1) | first) >>> shift;
    out[o + 34] = mix(35, mix(mix(VC(i - 1), VC(i)), VC(i + 1))) >>> shift;
    out[o + 35] = mix(36, mix(VF(i - 1), cap)) >>> shift;
    out[o + 36] = mix(37, mix(VF(i + 1), cap)) >>> shift;
    out[o + 37] = mix(38, (a.phrase[i] << 3) | cap) >>> shift;
    const around = neighbours.code(a, i);
    out[o + 38] = mix(39, ((around & 0xff) << 3) | cap) >>> shift;
    out[o + 39] = mix(40, ((around >>> 8) << 3) | cap) >>> shift;
  }
  return out;
}
