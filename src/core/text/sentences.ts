import type { Span } from '../types';

/** Sentence spans of `text`, never crossing a block boundary. */
export function splitSentences(text: string, blocks: Span[] = [{ start: 0, end: text.length }]): Span[] {
  const out: Span[] = [];
  for (const block of blocks) {
    let start = block.start;
    const re = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
    const body = text.slice(block.start, block.end);
    for (const m of body.matchAll(re)) {
      const end = block.start + (m.index ?? 0) + m[0].trimEnd().length;
      out.push({ start, end });
      start = block.start + (m.index ?? 0) + m[0].length;
    }
    if (start < block.end) out.push({ start, end: block.end });
  }
  return out.filter((s) => text.slice(s.start, s.end).trim().length > 0);
}
