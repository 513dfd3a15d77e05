// Where things are around a quote: its marks, its sentence, its paragraph, and whether a position lies inside
// some quote. Everything is a binary search over arrays built once, so looking around a quote costs O(log n).
import type { Span } from '../types';

const MARK = /["“”„«»‘’‹›']/u;

export class QuoteLayout {
  private readonly breaks: number[] = [];

  constructor(
    readonly text: string,
    readonly quotes: Span[],
    readonly sentences: Span[],
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** Paragraph number of a position (paragraphs are separated by line breaks). */
  paragraphOf(pos: number): number {
    return upperBound(this.breaks, pos - 1, (b) => b);
  }

  paragraphSpan(pos: number): Span {
    return this.paragraphByIndex(this.paragraphOf(pos));
  }

  paragraphByIndex(p: number): Span {
    return { start: p === 0 ? 0 : this.breaks[p - 1] + 1, end: p < this.breaks.length ? this.breaks[p] : this.text.length };
  }

  /** Index of the sentence holding `pos` (or the last one starting before it). */
  sentenceIndex(pos: number): number {
    return Math.max(0, upperBound(this.sentences, pos, (s) => s.start) - 1);
  }

  sentenceAt(pos: number): Span {
    return this.sentences[this.sentenceIndex(pos)] ?? { start: 0, end: this.text.length };
  }

  /** Position of the opening mark of a quote (or its start when the mark is missing). */
  openMark(q: Span): number {
    let i = q.start - 1;
    while (i >= 0 && /\s/u.test(this.text[i])) i--;
    return i >= 0 && MARK.test(this.text[i]) ? i : q.start;
  }

  /** Position just after the closing mark of a quote (or its end when the quote runs to the paragraph end). */
  afterClose(q: Span): number {
    let i = q.end;
    while (i < this.text.length && /[ \t\u00a0]/u.test(this.text[i])) i++;
    return i < this.text.length && MARK.test(this.text[i]) ? i + 1 : q.end;
  }

  /** Whether the quote stops at its paragraph end without a closing mark: the next paragraph continues it. */
  runsOn(q: Span): boolean {
    if (this.afterClose(q) !== q.end) return false;
    return !this.text.slice(q.end, this.paragraphSpan(q.start).end).trim();
  }

  /** Index of a quote overlapping `span`, or -1. */
  quoteOverlapping(span: Span): number {
    const i = upperBound(this.quotes, span.end - 1, (q) => q.start) - 1;
    return i >= 0 && this.quotes[i].end > span.start ? i : -1;
  }

  /** Index of the quote containing `pos`, or -1. */
  quoteContaining(pos: number): number {
    const i = upperBound(this.quotes, pos, (q) => q.start) - 1;
    return i >= 0 && this.quotes[i].end > pos ? i : -1;
  }
}

/** Number of items whose key is <= value (items sorted by key). */
function upperBound<T>(items: T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
