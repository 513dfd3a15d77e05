// Whether a quote is a fragment woven into the writer's own sentence (a partial quote inside reported speech,
// or a scare quote) rather than a full direct quote. Direct quotes start a sentence or follow a colon or a comma
// ("he said, “..."); fragments sit mid-sentence ("called it a “hoax”").
import type { Span } from '../types';

export function isPartialQuote(text: string, quote: Span, block: Span): boolean {
  const body = text.slice(quote.start, quote.end);
  const words = body.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  if (words <= 2) return true;
  const before = precedingChar(text, quote.start, block.start);
  if (before === null || /[:,;.!?(\[—–-]/u.test(before)) return false;
  // Mid-sentence: a fragment unless it reads as a whole sentence of its own (capitalised, ends with a stop).
  const sentenceLike = /^\P{L}*\p{Lu}/u.test(body) && /[.!?…]["”’']?$/u.test(body.trimEnd());
  return !sentenceLike;
}

/** The last non-space character before the quote's opening mark, or null at the paragraph start. */
function precedingChar(text: string, quoteStart: number, blockStart: number): string | null {
  let i = quoteStart - 1;
  while (i >= blockStart && /["“”„«»‘’‹›'\s]/u.test(text[i])) i--;
  return i >= blockStart ? text[i] : null;
}
