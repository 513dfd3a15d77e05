// What the features need of a word whatever its context (its lower-case form, casing, hashes, shape, affixes,
// lexicon code and clusters), computed once per distinct word and kept for later sentences and articles. Most tokens
// of an article are words already seen ("the", "said", the article's own names), and hashing each again was a third
// of the tagger's feature time. Everything here is a pure function of the word and the model's word knowledge, so a
// kept entry means exactly what a fresh one would.
import { hashString, mix } from './hash';
import { coarseVectorCluster, fineVectorCluster, Gazetteer, keyOfHash, normaliseDigits, type WordKnowledge } from './lexicon';

/** Capitalisation of one token. */
export const Cap = { Lower: 0, Title: 1, AllCaps: 2, SingleCap: 3, NoLetters: 4 } as const;

/** Form bits of a word against its lower- and upper-case forms. */
export const Form = {
  /** The lower- and upper-case forms differ: the word has cased letters. */
  Cased: 1,
  /** The word equals its upper-case form. */
  Upper: 2,
  /** The word equals its lower-case form. */
  Lower: 4,
  /** Its first character changes in lower case. */
  FirstUpper: 8,
} as const;

/** More about a word, for the mention classifier. */
export const Kind = {
  /** Holds a letter of any script. */
  Letter: 1,
  /** Digits with separators ("3", "2-1", "1,200", "10:30"). */
  Number: 2,
} as const;

const UNKNOWN_VECTOR = 0x10000;
const LETTER = /\p{L}/u;
/** Words kept at most; the table starts afresh (between documents) once it holds more. */
const MAX_WORDS = 1 << 15;

export function formOf(w: string, lower: string, upper: string): number {
  return (
    (lower !== upper ? Form.Cased : 0) |
    (w === upper ? Form.Upper : 0) |
    (w === lower ? Form.Lower : 0) |
    (w[0] !== lower[0] ? Form.FirstUpper : 0)
  );
}

export function capitalisationOf(w: string, form: number): number {
  if (!(form & Form.Cased)) return Cap.NoLetters;
  if (form & Form.Lower) return Cap.Lower;
  if (form & Form.Upper) return w.length - (w.endsWith('.') ? 1 : 0) > 1 ? Cap.AllCaps : Cap.SingleCap;
  return form & Form.FirstUpper ? Cap.Title : Cap.Lower;
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

function isNumber(w: string): boolean {
  let digits = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 46 && c !== 44 && c !== 58 && c !== 45) return false;
  }
  return digits > 0;
}

/** Column store of word atoms by word id. */
export class WordTable {
  private readonly ids = new Map<string, number>();
  private capacity = 0;
  /** Lower-case form. */
  lowerForm: string[] = [];
  /** Form bits (Form). */
  form = new Uint8Array(0);
  /** Kind bits (Kind). */
  kind = new Uint8Array(0);
  /** Capitalisation (Cap). */
  cap = new Uint8Array(0);
  /** Hash of the word with digits as 0. */
  word = new Uint32Array(0);
  /** Hash of the lower-case word with digits as 0. */
  lower = new Uint32Array(0);
  /** Hash of the lower-case word as it is (digits kept). */
  lowerText = new Uint32Array(0);
  /** Lexicon key of the lower-case word (never 0). */
  key = new Uint32Array(0);
  shape = new Uint32Array(0);
  /** Hashes of the 2-, 3- and 4-character prefixes, then suffixes, of the lower-case word: 6 per word. */
  affixes = new Uint32Array(0);
  /** Lexicon code, with the person-name bit from the Bloom filter. */
  code = new Uint32Array(0);
  /** Lexicon code alone. */
  lexiconCode = new Uint32Array(0);
  /** Word-vector clusters, or a shape bucket (coarse) or shape-and-suffix bucket (fine) for words without a vector. */
  coarse = new Uint32Array(0);
  fine = new Uint32Array(0);

  constructor(private readonly known: WordKnowledge) {}

  /** Starts afresh when the table is full; call only between documents, as ids handed out before become stale. */
  trim(): void {
    if (this.ids.size < MAX_WORDS) return;
    this.ids.clear();
    this.lowerForm = [];
  }

  id(w: string): number {
    const seen = this.ids.get(w);
    if (seen !== undefined) return seen;
    const id = this.ids.size;
    if (id === this.capacity) this.grow();
    this.ids.set(w, id);
    this.fill(id, w);
    return id;
  }

  private grow(): void {
    const size = Math.max(1024, 2 * this.capacity);
    const grown = <T extends Uint8Array | Uint32Array>(a: T, per = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(size * per);
      b.set(a);
      return b;
    };
    this.form = grown(this.form);
    this.kind = grown(this.kind);
    this.lowerText = grown(this.lowerText);
    this.lexiconCode = grown(this.lexiconCode);
    this.cap = grown(this.cap);
    this.word = grown(this.word);
    this.lower = grown(this.lower);
    this.key = grown(this.key);
    this.shape = grown(this.shape);
    this.affixes = grown(this.affixes, 6);
    this.code = grown(this.code);
    this.coarse = grown(this.coarse);
    this.fine = grown(this.fine);
    this.capacity = size;
  }

  private fill(id: number, w: string): void {
    const lower = w.toLowerCase();
    const form = formOf(w, lower, w.toUpperCase());
    this.lowerForm[id] = lower;
    this.form[id] = form;
    this.cap[id] = capitalisationOf(w, form);
    this.kind[id] = (LETTER.test(w) ? Kind.Letter : 0) | (isNumber(w) ? Kind.Number : 0);
    this.lowerText[id] = hashString(lower);
    const norm = normaliseDigits(w);
    const normLower = normaliseDigits(lower);
    this.word[id] = hashString(norm);
    this.lower[id] = norm === normLower ? this.word[id] : hashString(normLower);
    this.shape[id] = shapeHash(w);
    let h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) {
      if (k < normLower.length) h = Math.imul(h ^ normLower.charCodeAt(k), 0x01000193);
      if (k >= 1) this.affixes[id * 6 + k - 1] = h >>> 0;
    }
    h = 0x811c9dc5;
    for (let k = 0; k < 4; k++) {
      const at = normLower.length - 1 - k;
      if (at >= 0) h = Math.imul(h ^ normLower.charCodeAt(at), 0x01000193);
      if (k >= 1) this.affixes[id * 6 + 3 + k - 1] = h >>> 0;
    }
    const key = keyOfHash(this.lower[id]);
    this.key[id] = key;
    const lexiconCode = this.known.lexicon.get(key);
    this.lexiconCode[id] = lexiconCode;
    const code = lexiconCode | (this.known.names.has(key) ? Gazetteer.PersonName : 0);
    this.code[id] = code;
    this.coarse[id] = coarseVectorCluster(code) || UNKNOWN_VECTOR | (this.shape[id] & 0xff);
    this.fine[id] = fineVectorCluster(code) || UNKNOWN_VECTOR | (mix(this.shape[id], this.affixes[id * 6 + 3]) & 0x3ff);
  }
}

const tables = new WeakMap<WordKnowledge, WordTable>();

/** The word table of a model's word knowledge, shared by every document it tags. */
export function wordTable(known: WordKnowledge): WordTable {
  let table = tables.get(known);
  if (!table) tables.set(known, (table = new WordTable(known)));
  return table;
}
