// Inflected forms of regular verbs from their stems and a language's table of endings, so a language folder lists
// lemmas once instead of spelling every form of every verb.

/** Every stem with every ending: forms('afirm explic', ['ou', 'a']) → afirmou, afirma, explicou, explica. */
export function forms(stems: string, endings: readonly string[]): string[] {
  return stems.split(/\s+/u).filter(Boolean).flatMap((stem) => endings.map((e) => stem + e));
}

/** Space-separated words as a list (irregular forms written out). */
export function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}
