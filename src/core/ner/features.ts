// Token features of the tagger, as hashed bucket indices. One code path for training and tagging, so the weights
// always mean the same thing. Sentences in capitals or title case are re-cased word by word from the lexicon before
// features are taken: "TROOPS MAY REPLACE US PRESENCE IN IRAQ" is read as "troops may replace US presence in Iraq".
// What a word brings whatever its context comes from the word table (words.ts), computed once per distinct word.
import { mix } from './hash';
import { CASING_MASK, Casing, contextCluster, GAZETTEER_MASK, OFTEN_UPPER, lexiconKey, type Lexicon, type WordKnowledge } from './lexicon';
import { phraseCodes } from './phrases';
import { NeighbourCues } from './aggregate';
import { Cap, Form, formOf, wordTable, type WordTable } from './words';

export { shapeHash } from './words';

export const FEATURES_PER_TOKEN = 40;
/** Bumped whenever a feature changes meaning: weights trained on another version are refused. */
export const FEATURE_VERSION = 7;

/** How a sentence is cased as a whole. */
export const SentenceMode = { Normal: 0, AllCaps: 1, TitleCase: 2 } as const;

const BOS = 0x5eed0001;
const EOS = 0x5eed0002;
/** Cue codes (casing, gazetteer, cluster) outside the sentence. */
const EDGE = 255;
const EMPTY = new Uint8Array(0);
// Tokens after which a capital is expected anyway, like at the start of a sentence.
const OPENERS = new Set(['"', '“', '‘', "'", ':', '«', '(', '[', '—', '–']);

interface Atoms {
  word: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  affixes: Uint32Array; // 6 per token: prefixes of 2, 3, 4 characters, then suffixes
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

/** The sentence's casing mode, from its words' form bits (words.ts) when given. */
export function sentenceMode(words: readonly string[], forms?: ArrayLike<number>): number {
  let cased = 0;
  let caps = 0;
  let long = 0;
  let longTitle = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const form = forms ? forms[i] : formOf(w, w.toLowerCase(), w.toUpperCase());
    if (!(form & Form.Cased)) continue;
    cased++;
    if (form & Form.Upper) caps++;
    if (i > 0 && w.length >= 4) {
      long++;
      if (form & Form.FirstUpper) longTitle++;
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

/** Word ids of a sentence in the word table. */
function idsOf(words: readonly string[], table: WordTable): Uint32Array {
  const ids = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = table.id(words[i]);
  return ids;
}

function formsOf(ids: Uint32Array, table: WordTable): Uint8Array {
  const forms = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) forms[i] = table.form[ids[i]];
  return forms;
}

function atomsOf(words: readonly string[], ids: Uint32Array, rawIds: Uint32Array, known: WordKnowledge, t: WordTable): Atoms {
  const n = words.length;
  const a: Atoms = {
    word: new Uint32Array(n),
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    affixes: new Uint32Array(n * 6),
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
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    a.word[i] = t.word[id];
    a.lower[i] = t.lower[id];
    a.shape[i] = t.shape[id];
    for (let k = 0; k < 6; k++) a.affixes[i * 6 + k] = t.affixes[id * 6 + k];
    const cap = t.cap[id];
    a.cap[i] = cap;
    a.capitalised[i] = cap >= Cap.Title && cap <= Cap.SingleCap ? 1 : 0;
    a.rawCap[i] = rawIds[i] === id ? cap : t.cap[rawIds[i]];
    a.keys[i] = t.key[id];
    a.code[i] = t.code[id];
    a.first[i] = i === 0 || OPENERS.has(words[i - 1]) ? 1 : 0;
    a.coarse[i] = t.coarse[id];
    a.fine[i] = t.fine[id];
  }
  a.phrase = phraseCodes(known.phrases, words, a.keys);
  return a;
}

/** Per-document evidence: is this word seen lower-case, or capitalised mid-sentence, elsewhere in the document? */
class DocumentEvidence {
  private lowerSeen = new Set<string>();
  private capMid = new Map<string, number>();

  constructor(private readonly table: WordTable) {}

  add(words: readonly string[], ids: Uint32Array, mode: number): void {
    if (mode !== SentenceMode.Normal) return;
    const t = this.table;
    for (let i = 0; i < words.length; i++) {
      const form = t.form[ids[i]];
      if (!(form & Form.Cased)) continue;
      const lower = t.lowerForm[ids[i]];
      if (form & Form.Lower) this.lowerSeen.add(lower);
      else if (i > 0 && !OPENERS.has(words[i - 1])) this.capMid.set(lower, (this.capMid.get(lower) ?? 0) + 1);
    }
  }

  /** 2 bits: seen lower-case; seen capitalised mid-sentence other than at this very token. */
  code(words: readonly string[], ids: Uint32Array, i: number, mode: number): number {
    const t = this.table;
    const lower = t.lowerForm[ids[i]];
    const selfMid =
      mode === SentenceMode.Normal && i > 0 && !(t.form[ids[i]] & Form.Lower) && !OPENERS.has(words[i - 1]) ? 1 : 0;
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
  const table = wordTable(known);
  table.trim();
  const rawIds = sentences.map((words) => idsOf(words, table));
  const modes = sentences.map((words, s) => sentenceMode(words, formsOf(rawIds[s], table)));
  const evidence = new DocumentEvidence(table);
  sentences.forEach((words, s) => evidence.add(words, rawIds[s], modes[s]));
  const cased = sentences.map((raw, s) => {
    const mode = modes[s];
    const words = mode === SentenceMode.Normal ? raw : raw.map((w, i) => recase(w, mode, i, known.lexicon));
    const ids = words === raw ? rawIds[s] : idsOf(words, table);
    return { words, ids, atoms: atomsOf(words, ids, rawIds[s], known, table) };
  });
  const neighbours = new NeighbourCues();
  for (const c of cased) neighbours.add(c.atoms);
  return cased.map(({ words, ids, atoms }, s) => {
    const doc = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) doc[i] = evidence.code(words, ids, i, modes[s]);
    return featurizeSentence(atoms, modes[s], bits, doc, neighbours);
  });
}

/** Casing cue of a token: the lexicon's usual casing with the token's own capitalisation. */
function casingCue(a: Atoms, i: number): number {
  return ((a.code[i] & CASING_MASK) << 3) | a.cap[i];
}

function gazetteerCue(a: Atoms, i: number): number {
  return (a.code[i] >>> 2) & GAZETTEER_MASK;
}

function featurizeSentence(
  a: Atoms,
  mode: number,
  bits: number,
  docCode: Uint8Array,
  neighbours: NeighbourCues,
): Int32Array {
  const per = FEATURES_PER_TOKEN;
  const n = a.word.length;
  const out = new Int32Array(n * per);
  const shift = 32 - bits;
  const bias = mix(1, 0) >>> shift;
  // The window of two tokens either side slides along the sentence: values leave on the left, enter on the right.
  let lm2 = BOS, lm1 = BOS, l0 = n > 0 ? a.lower[0] : EOS, lp1 = n > 1 ? a.lower[1] : EOS;
  let shm1 = BOS, sh0 = n > 0 ? a.shape[0] : EOS, shp1 = n > 1 ? a.shape[1] : EOS;
  let vcm1 = BOS, vc0 = n > 0 ? a.coarse[0] : EOS, vcp1 = n > 1 ? a.coarse[1] : EOS;
  let vfm1 = BOS, vfp1 = n > 1 ? a.fine[1] : EOS;
  let ccm1 = EDGE, ccp1 = n > 1 ? casingCue(a, 1) : EDGE;
  let gzm1 = EDGE, gzp1 = n > 1 ? gazetteerCue(a, 1) : EDGE;
  let clm1 = EDGE, cl0 = n > 0 ? contextCluster(a.code[0]) : EDGE, clp1 = n > 1 ? contextCluster(a.code[1]) : EDGE;
  let wm1 = BOS;
  for (let i = 0; i < n; i++) {
    const o = i * per;
    const code = a.code[i];
    const casing = code & CASING_MASK;
    const cap = a.cap[i];
    const first = a.first[i];
    const w0 = a.word[i];
    const lp2 = i + 2 < n ? a.lower[i + 2] : EOS;
    const vf0 = a.fine[i];
    const af = i * 6;
    out[o + 0] = bias;
    out[o + 1] = mix(2, w0) >>> shift;
    out[o + 2] = mix(3, l0) >>> shift;
    out[o + 3] = mix(4, sh0) >>> shift;
    out[o + 4] = mix(5, a.affixes[af]) >>> shift;
    out[o + 5] = mix(6, a.affixes[af + 1]) >>> shift;
    out[o + 6] = mix(7, a.affixes[af + 2]) >>> shift;
    out[o + 7] = mix(8, a.affixes[af + 3]) >>> shift;
    out[o + 8] = mix(9, a.affixes[af + 4]) >>> shift;
    out[o + 9] = mix(10, a.affixes[af + 5]) >>> shift;
    out[o + 10] = mix(11, lm1) >>> shift;
    out[o + 11] = mix(12, lp1) >>> shift;
    out[o + 12] = mix(13, lm2) >>> shift;
    out[o + 13] = mix(14, lp2) >>> shift;
    out[o + 14] = mix(15, shm1) >>> shift;
    out[o + 15] = mix(16, shp1) >>> shift;
    out[o + 16] = mix(17, mix(mix(shm1, sh0), shp1)) >>> shift;
    out[o + 17] = mix(18, mix(lm1, l0)) >>> shift;
    out[o + 18] = mix(19, mix(l0, lp1)) >>> shift;
    out[o + 19] = mix(20, (casing << 4) | (cap << 1) | first) >>> shift;
    out[o + 20] = mix(21, ccm1) >>> shift;
    out[o + 21] = mix(22, ccp1) >>> shift;
    out[o + 22] = mix(23, (docCode[i] << 4) | (cap << 1) | first) >>> shift;
    out[o + 23] = mix(24, (mode << 8) | (casing << 4) | (a.rawCap[i] << 1) | first) >>> shift;
    out[o + 24] = mix(25, mix(wm1, sh0)) >>> shift;
    const gz0 = (code >>> 2) & GAZETTEER_MASK;
    out[o + 25] = mix(26, (gz0 << 4) | cap) >>> shift;
    out[o + 26] = mix(27, gzm1) >>> shift;
    out[o + 27] = mix(28, gzp1) >>> shift;
    out[o + 28] = mix(29, mix(first, sh0)) >>> shift;
    out[o + 29] = mix(30, cl0) >>> shift;
    out[o + 30] = mix(31, mix(clm1, cl0)) >>> shift;
    out[o + 31] = mix(32, mix(cl0, clp1)) >>> shift;
    out[o + 32] = mix(33, (cl0 << 4) | (cap << 1) | first) >>> shift;
    out[o + 33] = mix(34, (vf0 << 4) | (cap << 1) | first) >>> shift;
    out[o + 34] = mix(35, mix(mix(vcm1, vc0), vcp1)) >>> shift;
    out[o + 35] = mix(36, mix(vfm1, cap)) >>> shift;
    out[o + 36] = mix(37, mix(vfp1, cap)) >>> shift;
    out[o + 37] = mix(38, (a.phrase[i] << 3) | cap) >>> shift;
    const around = neighbours.code(a, i);
    out[o + 38] = mix(39, ((around & 0xff) << 3) | cap) >>> shift;
    out[o + 39] = mix(40, ((around >>> 8) << 3) | cap) >>> shift;
    // Slide the window one token on.
    const j = i + 2;
    lm2 = lm1;
    lm1 = l0;
    l0 = lp1;
    lp1 = lp2;
    shm1 = sh0;
    sh0 = shp1;
    shp1 = j < n ? a.shape[j] : EOS;
    vcm1 = vc0;
    vc0 = vcp1;
    vcp1 = j < n ? a.coarse[j] : EOS;
    vfm1 = vf0;
    vfp1 = j < n ? a.fine[j] : EOS;
    ccm1 = casingCue(a, i);
    ccp1 = j < n ? casingCue(a, j) : EDGE;
    gzm1 = gz0;
    gzp1 = j < n ? gazetteerCue(a, j) : EDGE;
    clm1 = cl0;
    cl0 = clp1;
    clp1 = j < n ? contextCluster(a.code[j]) : EDGE;
    wm1 = w0;
  }
  return out;
}
