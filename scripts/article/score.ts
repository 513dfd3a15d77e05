// The benchmark's own metric (article-extraction-benchmark evaluate.py): multisets of 4-token shingles of \w+
// tokens; per page tp/fp/fn normalised to sum 1; precision averaged over pages with output, recall over pages
// with ground truth; F1 of the two averages.
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number | null;
  recall: number | null;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const inTruth = t.get(key) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  return {
    precision: p.size ? tp / (tp + fp || 1) : null,
    recall: t.size ? tp / (tp + fn || 1) : null,
  };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Per-page F1, for ranking the worst pages. */
export function pageF1(s: PageScore): number {
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
