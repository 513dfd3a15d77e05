// Multi-word name lists (political parties, listed companies, universities, news outlets) as one hash table of
// phrases: a run of tokens that spells a listed name gets begin/inside/end bits naming the lists, which the tagger
// and the mention classifier weigh as evidence, never as a verdict ("Target" and "Visa" are companies and words).
// Phrases are keyed as the lexicon keys words: lower case, digits as 0, tokens joined by one space.
import { Lexicon, normaliseDigits } from './lexicon';

/** Which list a phrase comes from. */
export const NameList = { Party: 1, Company: 2, University: 4, Outlet: 8 } as const;
export const NAME_LIST_MASK = 0xf;
/** Set on every proper prefix of a listed name: a match goes on only while some listed name continues. */
export const PREFIX = 1 << 4;
/** Longest listed name matched, in tokens. */
export const MAX_PHRASE_TOKENS = 8;

/** Where a token sits in a matched name. */
export const PhrasePosition = { None: 0, Begin: 1, Inside: 2, End: 3, Single: 4 } as const;

const SPACE = 32;

/** FNV-1a of the phrase so far extended by one more token (a space first unless it is the first token). */
export function extendPhraseHash(hash: number, word: string, first: boolean): number {
  let h = first ? 0x811c9dc5 : Math.imul(hash ^ SPACE, 0x01000193);
  const key = normaliseDigits(word.toLowerCase());
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

/** Hash key of a whole phrase (the tokens of a listed name or of a mention). */
export function phraseKey(words: readonly string[], start = 0, end = words.length): number {
  let h = 0;
  for (let i = start; i < end; i++) h = extendPhraseHash(h, words[i], i === start);
  return h;
}

/** The list bits of a whole span (0 when no list holds exactly these tokens). */
export function phraseLists(table: Lexicon, words: readonly string[], start: number, end: number): number {
  return table.get(phraseKey(words, start, end)) & NAME_LIST_MASK;
}

/**
 * Per token: `(lists << 3) | position` of the longest listed name that covers it, matched greedily left to right;
 * 0 outside any. `keys`, when given, are the tokens' own keys (lexiconKey, the same as a one-token phraseKey),
 * which the features have already computed: most tokens then cost one table probe.
 */
export function phraseCodes(table: Lexicon, words: readonly string[], keys?: ArrayLike<number>): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let h = 0;
    let best = 0;
    let bestLists = 0;
    for (let j = i; j < n && j - i < MAX_PHRASE_TOKENS; j++) {
      h = j === i && keys ? keys[i] : extendPhraseHash(h, words[j], j === i);
      const code = table.get(h);
      if (code & NAME_LIST_MASK) {
        best = j + 1;
        bestLists = code & NAME_LIST_MASK;
      }
      if (!(code & PREFIX)) break;
    }
    if (best === 0) {
      i++;
      continue;
    }
    for (let k = i; k < best; k++) {
      const position =
        best - i === 1 ? PhrasePosition.Single : k === i ? PhrasePosition.Begin : k === best - 1 ? PhrasePosition.End : PhrasePosition.Inside;
      out[k] = (bestLists << 3) | position;
    }
    i = best;
  }
  return out;
}
