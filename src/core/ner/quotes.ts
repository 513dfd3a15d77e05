// Where a sentence's tokens stand against its quotation marks. A short quoted run of words is often a title, a
// nickname or a slogan ("the 'Open Skies' deal"), a long one reported speech, whose capitals follow the speaker's
// sentence; words outside any quote are neither. An optional feature group of the tagger (features.ts).

/** A token's place against quotation marks. */
export const QuotePlace = { Outside: 0, Short: 1, Long: 2, Mark: 3 } as const;

/** Longest quoted run, in tokens, that counts as short. */
const SHORT = 5;

/** Opening, closing and two-way quotation marks as tokens. */
const OPEN = new Set(['“', '‘', '«', '``']);
const CLOSE = new Set(['”', '’', '»', "''"]);
const BOTH = new Set(['"']);

/**
 * QuotePlace per token. A two-way mark opens when no quote is open and closes otherwise; a quote still open at the end
 * of the sentence runs to its end.
 */
export function quotePlaces(words: readonly string[]): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n);
  let open = -1;
  const close = (end: number) => {
    const place = end - open - 1 <= SHORT ? QuotePlace.Short : QuotePlace.Long;
    for (let k = open + 1; k < end; k++) out[k] = place;
    open = -1;
  };
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const opens = OPEN.has(w) || (BOTH.has(w) && open < 0);
    const closes = !opens && (CLOSE.has(w) || BOTH.has(w));
    if (!opens && !closes) continue;
    if (closes && open >= 0) close(i);
    else if (opens) {
      if (open >= 0) close(i);
      open = i;
    }
    out[i] = QuotePlace.Mark;
  }
  if (open >= 0) close(n);
  return out;
}
