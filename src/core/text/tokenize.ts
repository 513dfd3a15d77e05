import type { Span } from '../types';

export interface Token extends Span {
  text: string;
}

// Words (letters/digits with inner apostrophes, hyphens, periods of abbreviations), or single punctuation marks.
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    const start = span.start + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}
