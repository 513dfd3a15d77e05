import type { Quote, Span } from '../types';

/** Direct quotes in the text (straight and curly double quotes within a block for now), unattributed. */
export function findQuotes(text: string, blocks: Span[]): Quote[] {
  const out: Quote[] = [];
  for (const b of blocks) {
    const re = /["“]([^"“”]+)["”]/g;
    for (const m of text.slice(b.start, b.end).matchAll(re)) {
      const start = b.start + (m.index ?? 0) + 1;
      const words = m[1].trim().split(/\s+/).length;
      out.push({ start, end: start + m[1].length, speaker: null, ...(words <= 2 ? { partial: true } : {}) });
    }
  }
  return out;
}
