import type { BloomFilter } from './bloom';

// What the model knows about a word beyond its weights: how it is usually cased in running text (capitalisation
// evidence: "Fearing" at the start of a sentence is an ordinary word; "IRAQ" in a headline is "Iraq") and which
// gazetteers list it. Keys are lower-case.

/** Usual casing of a word in the middle of a sentence. */
export const Casing = { Unknown: 0, Lower: 1, Title: 2, Upper: 3 } as const;
export type Casing = (typeof Casing)[keyof typeof Casing];

export const CASING_MASK = 3;

/** Gazetteer bits, above the casing bits. */
export const Gazetteer = {
  FirstName: 1 << 2,
  Place: 1 << 3,
  Country: 1 << 4,
  OrgWord: 1 << 5,
  RoleWord: 1 << 6,
  Demonym: 1 << 7,
  /** In the large first-and-last-name list (Bloom filter, not the lexicon map). */
  PersonName: 1 << 8,
} as const;

export type Lexicon = ReadonlyMap<string, number>;

/** Everything the features look words up in. */
export interface WordKnowledge {
  lexicon: Lexicon;
  names: BloomFilter;
}

export function casingOf(lexicon: Lexicon, lower: string): Casing {
  return ((lexicon.get(lower) ?? 0) & CASING_MASK) as Casing;
}

/** Serialised as `word<TAB>code` lines, sorted: compresses well and parses in a few milliseconds. */
export function serializeLexicon(lexicon: Lexicon): string {
  return [...lexicon.entries()]
    .filter(([, code]) => code !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, code]) => `${word}\t${code}`)
    .join('\n');
}

export function parseLexicon(text: string): Lexicon {
  const out = new Map<string, number>();
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', at);
    if (tab < 0 || tab > nl) throw new Error(`Malformed lexicon line: ${text.slice(at, Math.min(nl, at + 40))}`);
    out.set(text.slice(at, tab), Number(text.slice(tab + 1, nl)));
    at = nl + 1;
  }
  return out;
}
