// Quote marks that enclose no one's speech: a title ("said on “Meet the Press”", "his book “The Art of the Deal”"),
// a nickname ("Donald “The Donald” Trump", a so-called “X”). Such quotes are highlighted, but get no speaker and are
// not listed as quotes. (A one-word term is told apart in attribution: it is one only when no cue governs it.)
import type { Quote, Span } from '../types';

const TITLE_BEFORE = /(?:\b(?:on|titled|entitled|book|books|memoir|novel|film|movie|documentary|show|series|program|programme|song|album|column|op-ed|episode|magazine|newspaper|podcast|play|musical|headlined|called|named|dubbed)|\p{L}[\p{L}.&-]*['’]s)\s*$/u;
const SO_CALLED = /\b(?:so-called|dubbed|nicknamed)\s*$/iu;
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const MINOR_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|are|vs|de|la)$/iu;
const MAX_TITLE_WORDS = 8;

export function notSpeech(text: string, quote: Quote, block: Span): 'title' | 'term' | undefined {
  const body = text.slice(quote.start, quote.end);
  const words = body.match(WORD) ?? [];
  const open = openMark(text, quote.start, block.start);
  const before = text.slice(Math.max(block.start, open - 40), open);
  const after = text.slice(quote.end + 1, Math.min(block.end, quote.end + 3));
  if (words.length && words.length <= MAX_TITLE_WORDS && TITLE_BEFORE.test(before) && titleCase(words) && !/[.!?]$/u.test(body.trim())) return 'title';
  // "Donald “The Donald” Trump": a nickname between a first and a last name.
  if (words.length <= 3 && /\p{Lu}[\p{L}.]*\s*$/u.test(before) && /^\s*\p{Lu}/u.test(after) && titleCase(words)) return 'term';
  if (words.length <= 3 && SO_CALLED.test(before)) return 'term';
  return undefined;
}

function titleCase(words: string[]): boolean {
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR_WORD.test(w)));
}

function openMark(text: string, start: number, floor: number): number {
  let i = start - 1;
  while (i > floor && /\s/u.test(text[i])) i--;
  return /["“”„«‘’'‹]/u.test(text[i] ?? '') ? i : start;
}
