// Scoring of found quotes against gold quotes: spans compared after trimming whitespace, quote marks and edge
// punctuation, matched one-to-one (exact, and at least half of the longer span shared), and speakers compared
// case-insensitively where a surname matches the full name and the gold's coreferent names count.

export interface Span {
  start: number;
  end: number;
}

export interface GoldQuote extends Span {
  type: string;
  words?: number;
  speaker?: string | null;
  speakerKind?: string;
  speakerCoref?: string[] | null;
  speakerPrevNamed?: string | null;
  cue?: string | null;
}

const EDGE = /[\s"“”‘’'«»„‹›.,;:!?…—–\-()[\]]/u;

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

export function overlapRatio(a: Span, b: Span): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared <= 0 ? 0 : shared / Math.max(a.end - a.start, b.end - b.start);
}

export function wordCount(text: string, s: Span): number {
  return text.slice(s.start, s.end).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** One-to-one matching, best overlaps first. Returns pairs [goldIndex, predIndex]. */
export function matchSpans(gold: Span[], pred: Span[], minOverlap: number): [number, number][] {
  const pairs: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const r = overlapRatio(gold[g], pred[p]);
      if (r >= minOverlap && r > 0) pairs.push([g, p, r]);
    }
  }
  pairs.sort((a, b) => b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const [g, p] of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out;
}

// Titles and honorifics that the gold keeps in a speaker's name ("Rep. Jim Clyburn", "Mr. Alexander").
const TITLE_WORDS = /^(?:mr|mrs|ms|dr|rep|sen|gov|gen|senator|president|secretary|governor|representative|congressman|congresswoman|former|rival|republican|democrat|democratic)$/u;

/** The name part of a gold speaker: no bracketed party tag, no appositive after a comma, no leading titles. */
export function speakerName(s: string): string[] {
  const head = s.replace(/\([^)]*\)/gu, ' ').split(',')[0];
  const words = normName(head.trim() ? head : s);
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.test(words[i])) i++;
  return words.slice(i);
}

function normName(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/\./gu, '')
    .replace(/^(?:the|a|an)\s+/u, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function endsWith(long: string[], short: string[]): boolean {
  if (!short.length || short.length > long.length) return false;
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/** Same name: equal, or one ends with the other ("Khalaf" / "Abdelkarim Khalaf", "officials" / "two officials"). */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const a = normName(predicted);
  const b = speakerName(gold);
  if (!a.length || !b.length) return false;
  return endsWith(a, b) || endsWith(b, a);
}

/** The names a predicted speaker may match: the gold speaker (unless a pronoun) and its coreferent names. */
export function acceptableSpeakers(q: GoldQuote): string[] {
  const names = [...(q.speakerCoref ?? [])];
  if (q.speakerKind === 'pronoun') {
    if (q.speakerPrevNamed) names.push(q.speakerPrevNamed);
  } else if (q.speaker) {
    names.push(q.speaker);
  }
  return names;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

export function f1(c: Prf): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
