// Key sentences: an extractive summary of 3 to 5 sentences (by article length), in text order. A sentence earns
// its place by the important entities it names (salience), the article's recurring content words it carries (the
// main events), and a little by coming early; it loses it by repeating a sentence already chosen. Sentences that
// are mostly quotation, headline-like lines without a full stop, very short or very long sentences, and site
// furniture ("Copyright", "You may also like") are never chosen. One pass to score, a few passes to pick: linear.
import type { Entity, Quote, Span } from '../types';
import type { SummaryWords } from '../lang/types';
import { MentionIndex } from '../entities/mention-index';
import { endsWithStop, sentenceWords } from '../text/words';

const WEIGHTS = { entities: 0.4, words: 0.3, position: 0.3 };
const LEANING_PENALTY = 0.6;
const MIN_WORDS = 8;
const MAX_WORDS = 60;
const MAX_QUOTED_SHARE = 0.5;
const MAX_OVERLAP = 0.5;
const TITLE_CASE_SHARE = 0.75;
const FURNITURE = /\b(?:copyright|all rights reserved|you may also like|read more|sign up|subscribe|newsletter|click here|follow us|this article (?:has been|was) (?:adapted|updated|originally)|advertisement|related:|share this)\b/iu;

/** A language's summary words, compiled once per article. */
interface Reader {
  stopwords: ReadonlySet<string>;
  /** Null when the language lists no openings that lean back. */
  leansBack: RegExp | null;
}

interface Candidate extends Span {
  score: number;
}

/** `words` is the article's language's (its profile's `summary`), so that its own function words are left out. */
export function summarize(
  text: string, sentences: Span[], entities: Entity[], quotes: Quote[], words: SummaryWords, count?: number,
): Span[] {
  const reader = readerOf(words);
  const wordCount = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const want = count ?? (wordCount < 400 ? 3 : wordCount < 900 ? 4 : 5);
  const candidates = scoreSentences(text, sentences, entities, quotes, reader);
  const chosen: { span: Span; words: Set<string> }[] = [];
  for (const c of candidates.sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (chosen.length >= want) break;
    const own = new Set(contentWords(text.slice(c.start, c.end), reader));
    if (chosen.some((o) => overlap(o.words, own) > MAX_OVERLAP)) continue;
    chosen.push({ span: { start: c.start, end: c.end }, words: own });
  }
  return chosen.map((c) => c.span).sort((a, b) => a.start - b.start);
}

function scoreSentences(text: string, sentences: Span[], entities: Entity[], quotes: Quote[], reader: Reader): Candidate[] {
  const index = new MentionIndex(entities);
  // How many sentences each content word appears in: the article's recurring words, its main events.
  const frequency = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(contentWords(text.slice(s.start, s.end), reader))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  let maxFrequency = 1;
  for (const f of frequency.values()) maxFrequency = Math.max(maxFrequency, f);
  const length = Math.max(1, text.length);
  const out: Candidate[] = [];
  let q = 0;
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    const words = sentenceWords(body);
    if (words < MIN_WORDS || words > MAX_WORDS || !endsWithStop(body) || FURNITURE.test(body) || isTitleCase(body)) continue;
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    let quoted = 0;
    for (let k = q; k < quotes.length && quotes[k].start < s.end; k++) quoted += Math.min(s.end, quotes[k].end) - Math.max(s.start, quotes[k].start);
    if (quoted / Math.max(1, body.length) > MAX_QUOTED_SHARE) continue;
    const named = new Map<string, number>();
    for (const m of index.within(s.start, s.end)) named.set(m.entity.id, m.entity.salience);
    const entityScore = Math.min(1, [...named.values()].reduce((a, b) => a + b, 0) / 1.5);
    const own = contentWords(body, reader);
    const wordScore = own.length ? own.reduce((a, w) => a + (frequency.get(w) ?? 0), 0) / own.length / maxFrequency : 0;
    const position = 1 - s.start / length;
    const score = (WEIGHTS.entities * entityScore + WEIGHTS.words * wordScore + WEIGHTS.position * position) * (reader.leansBack?.test(body) ? LEANING_PENALTY : 1);
    out.push({ start: s.start, end: s.end, score });
  }
  return dedupe(out, text);
}

/** The same sentence printed twice (a pull quote, a repeated lead) counts once: its first occurrence. */
function dedupe(candidates: Candidate[], text: string): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = text.slice(c.start, c.end).toLowerCase().replace(/\s+/gu, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A headline set in title case ("Only 24 Percent of Clinton’s Contributors Are Small Donors."), not a sentence. */
function isTitleCase(sentence: string): boolean {
  const long = sentence.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

function contentWords(sentence: string, reader: Reader): string[] {
  return (sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !reader.stopwords.has(w));
}

/**
 * A sentence leans back when it opens, after any punctuation, with one of the language's openings as whole words.
 * Letters of every script count as letters, so that "Itália" does not open with "it".
 */
function readerOf(words: SummaryWords): Reader {
  const openings = words.leansBack.map((o) => o.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'));
  return {
    stopwords: new Set(words.stopwords),
    leansBack: openings.length ? new RegExp(`^[^\\p{L}\\p{N}]*(?:${openings.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null,
  };
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}
