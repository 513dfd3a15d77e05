// Runs of capitalised words ("Harwell Biotech Holdings Inc", "Bank of the Philippines", "St. Mary 's Hospital"):
// each token learns how long its run is, where it stands in it, and what the run's last and first words are (an
// organisation word at the end makes the whole run an organisation, a first name at the start a person), which a
// window of two words either side cannot see on a long name. An optional feature group of the tagger (features.ts).

/** Where a token stands in its run. */
export const RunPlace = { Single: 0, First: 1, Inside: 2, Last: 3, Outside: 4 } as const;

/** Lower-case words that may join capitalised words into one run. */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'der', 'al', 'el', 'bin', '&', '-', "'s", '’s']);
/** Connectors in a row at most. */
const MAX_GAP = 2;

export interface Runs {
  /** RunPlace per token. */
  place: Uint8Array;
  /** Index of the first and of the last token of the token's run (the token itself outside any run). */
  first: Uint16Array;
  last: Uint16Array;
  /** Tokens in the run, capped at 4. */
  length: Uint8Array;
}

/** The runs of a sentence, from which of its tokens are capitalised. */
export function capitalisedRuns(words: readonly string[], capitalised: ArrayLike<number>): Runs {
  const n = words.length;
  const runs: Runs = {
    place: new Uint8Array(n).fill(RunPlace.Outside),
    first: Uint16Array.from({ length: n }, (_, i) => i),
    last: Uint16Array.from({ length: n }, (_, i) => i),
    length: new Uint8Array(n),
  };
  for (let i = 0; i < n; ) {
    if (!capitalised[i]) {
      i++;
      continue;
    }
    let end = i;
    for (let k = end + 1; k < n; k++) {
      if (capitalised[k]) {
        end = k;
        continue;
      }
      if (!CONNECTORS.has(words[k].toLowerCase()) || k - end > MAX_GAP) break;
    }
    const length = Math.min(end - i + 1, 4);
    for (let k = i; k <= end; k++) {
      runs.place[k] = i === end ? RunPlace.Single : k === i ? RunPlace.First : k === end ? RunPlace.Last : RunPlace.Inside;
      runs.first[k] = i;
      runs.last[k] = end;
      runs.length[k] = length;
    }
    i = end + 1;
  }
  return runs;
}
