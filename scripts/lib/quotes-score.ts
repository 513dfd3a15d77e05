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

// Honorifics stripped from both sides before comparing ("Sen. Claire McCaskill" = "Claire McCaskill").
const HONORIFICS = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|prof)$/u;
// Titles the gold keeps before a name ("President Obama", "former Secretary Clinton"), stripped from the gold only.
const TITLE_WORDS = /^(?:senator|president|secretary|governor|representative|congressman|congresswoman|former|rival|republican|democrat|democratic)$/u;
// Where a gold speaker's name ends: its first comma, or a relative clause or a post-modifier ("Kimberly Westbrook
// Strach, executive director of …", "a spokesman for the campaign who asked not to be named" → "a spokesman for
// the campaign"; "an official at the agency" → "an official").
const GOLD_CUT = /,| who\b| which\b| of the\b| at the\b| from\b/iu;
// A lower-case description and then a capitalised name closing the phrase.
const NAME_BEFORE_OF = /^\s*(?:the\s+|a\s+|an\s+)?((?:\p{Lu}[\p{L}.'’\-]*\s+)+\p{Lu}[\p{L}.'’\-]*) of\s/u;
const DESCRIBED_NAME = /^(.*\s)?(\p{Ll}[\p{L}\-]*)\s+((?:\p{Lu}[\p{L}.'’\-]*\s*)+)$/u;
const LINKING_WORD = /^(?:of|for|at|from|with|to|in|on|by|and|or|than|about|like|against)$/u;
// "Luther Stan Pate IV": a generational numeral is not part of the name head (Jr. and Sr. tell father and son apart).
const NAME_SUFFIX = /^(?:ii|iii|iv)$/u;

/**
 * The name part of a speaker: no bracketed tag, cut at its first comma or post-modifier, no honorifics and (for a
 * gold speaker) no leading titles. Both sides are cut the same way: "a letter from the Legion" = "A letter".
 */
export function speakerName(s: string, stripTitles = true): string[] {
  const plain = s.replace(/\([^)]*\)/gu, ' ');
  const cut = GOLD_CUT.exec(plain);
  const head = nameBeforeOf(cut ? plain.slice(0, cut.index) : plain);
  const words = withoutSuffix(withoutHonorifics(normName(nameAfterDescription(head.trim() ? head : s))));
  let i = 0;
  while (stripTitles && i < words.length - 1 && TITLE_WORDS.test(words[i])) i++;
  return words.slice(i);
}

/**
 * The name a description leads into: "an angry Hollande" → "Hollande", "Tennis great Billie Jean King" → "Billie
 * Jean King". Not after a preposition or a conjunction: "an adviser to Bill Clinton" is the adviser.
 */
function nameAfterDescription(s: string): string {
  const m = DESCRIBED_NAME.exec(s.trim());
  return m && !LINKING_WORD.test(m[2]) ? m[3] : s;
}

/**
 * "Meenakshi Ganguly of Human Rights Watch" → "Meenakshi Ganguly": a name of two or more words and where the person
 * belongs. Not a title ("Secretary of State Ann Lee", "Former Secretary of State …") nor a one-word name ("Bank of
 * America").
 */
function nameBeforeOf(s: string): string {
  const m = NAME_BEFORE_OF.exec(s);
  if (!m) return s;
  const first = m[1].split(/\s+/u)[0].toLowerCase().replace(/\.$/u, '');
  return TITLE_WORDS.test(first) ? s : m[1];
}

function withoutSuffix(words: string[]): string[] {
  return words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]) ? words.slice(0, -1) : words;
}

function withoutHonorifics(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.test(words[i])) i++;
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

const PREPOSITION = /^(?:of|for|at|from|with|to|in|on|by)$/u;

/** `long` ends with `short`, and not as the object of a preposition ("the campaign" is not "a spokesman for the campaign"). */
function endsWith(long: string[], short: string[]): boolean {
  if (!short.length || short.length > long.length) return false;
  const from = long.length - short.length;
  let before = from - 1;
  while (before >= 0 && /^(?:the|a|an)$/u.test(long[before])) before--;
  return short.every((w, i) => long[from + i] === w) && !PREPOSITION.test(long[before] ?? '');
}

/**
 * Same speaker by name head: the same last word, and every other word of the shorter name in the longer one
 * ("Khalaf" = "Abdelkarim Khalaf", "Kimberly Strach" = "Kimberly Westbrook Strach", "officials" = "two officials";
 * "Hillary Clinton" ≠ "Bill Clinton").
 */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const a = speakerName(predicted, false);
  if (!a.length) return false;
  return [speakerName(gold), appositiveName(gold)].some((b) => sameHead(a, b));
}

/** The name in a gold speaker's appositive when the description comes first: "A top strategist, John Weaver,". */
function appositiveName(gold: string): string[] {
  const second = gold.replace(/\([^)]*\)/gu, ' ').split(',')[1]?.trim() ?? '';
  return /^(?:\p{Lu}[\p{L}.'’\-]*\s*){1,4}$/u.test(second) ? withoutHonorifics(normName(second)) : [];
}

function sameHead(a: string[], b: string[]): boolean {
  if (!b.length) return false;
  if (endsWith(a, b) || endsWith(b, a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "Ann Lee" is not "an adviser to Ann Lee": a preposition in the longer phrase makes the name its object.
  return short.length > 1 && short[short.length - 1] === long[long.length - 1] && short.slice(0, -1).every((w) => long.includes(w)) && !long.some((w) => PREPOSITION.test(w));
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

const WH_WORD = /^(?:who|whom|whose|which|what|when|where|why|how|whether)$/u;
const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|each|every|it|there|and|or|but)$/u;
const FINITE_AUXILIARY = /^(?:am|is|are|was|were|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must)$|n['’]t$/u;
const SUBJECT_PRONOUN = /^(?:he|she|they|i|we|you|it)$/u;

/**
 * Why a predicted speaker string is not a noun phrase, or null when it reads as one: a wh-word, a bare function
 * word ("the"), a finite auxiliary ("officials haven't"), a pronoun with more words ("He went on"), a finite verb of
 * saying ("Priebus told reporters"), or a past-tense word closing a phrase with a preposition ("her criticism of Putin raised").
 * `finiteVerbs` holds finite forms of verbs of saying (said, told, claimed, ...). Deliberately independent of the
 * core's own checks, so it can catch what they let through.
 */
export function nounPhraseProblem(speaker: string, finiteVerbs: ReadonlySet<string>): string | null {
  const words = speaker.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  if (!words.length) return 'empty';
  if (lower.some((w) => WH_WORD.test(w))) return 'wh-word';
  if (words.length === 1 && FUNCTION_WORD.test(lower[0])) return 'bare function word';
  // Lower case only: "Will Doyle" and "Yin Myint May" are names.
  if (words.some((w) => FINITE_AUXILIARY.test(w))) return 'finite auxiliary';
  if (words.length > 1 && SUBJECT_PRONOUN.test(lower[0])) return 'pronoun with a predicate';
  if (lower.some((w) => finiteVerbs.has(w))) return 'finite verb of saying';
  // "her criticism of the mayor raised", but not "a source involved" or "those surveyed".
  const last = words[words.length - 1];
  if (/^\p{Ll}+ed$/u.test(last) && lower.slice(0, -1).some((w) => PREPOSITION.test(w))) return 'ends in a past-tense verb';
  return null;
}

/** The finite forms in a list of quoting verbs: past tenses and the irregular ones, never a bare form or an -ing. */
export function finiteForms(verbs: string[]): Set<string> {
  return new Set(verbs.map((v) => v.trim()).filter((v) => /ed$/u.test(v) || /^(?:said|told|wrote|retold|thought)$/u.test(v)));
}
