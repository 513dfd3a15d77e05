// Turns one input file into what the pipeline takes: `.txt` is the article text verbatim (so offsets can be
// scored against it), anything else is an HTML page that goes through article detection.
import type { ArticleMeta, ArticleText, Span } from '../core/types';
import { countWords, readingMinutes } from '../core/text/reading-time';

/** CRLF → LF and no BOM: the only changes made to a `.txt` article, so external offsets stay meaningful. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Paragraph blocks of a plain-text article: its non-blank lines. */
export function lineBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const start = m.index ?? 0;
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed) blocks.push({ start: start + lead, end: start + lead + trimmed.length });
  }
  return blocks;
}

/** A plain-text article: its first line is the title when it reads like a headline (short, no closing period). */
export function articleFromText(raw: string): ArticleText {
  const text = normaliseText(raw);
  const blocks = lineBlocks(text);
  const first = blocks[0] ? text.slice(blocks[0].start, blocks[0].end) : '';
  const title = first && first.length <= 200 && !/[.!?:"”]$/.test(first) && blocks.length > 1 ? first : null;
  const wordCount = countWords(text);
  const meta: ArticleMeta = {
    title,
    byline: null,
    authors: [],
    siteName: null,
    published: null,
    modified: null,
    lang: null,
    canonicalUrl: null,
    image: null,
    wordCount,
    readingMinutes: readingMinutes(wordCount, null),
    provenance: title ? { title: 'text' } : {},
  };
  return { text, meta, blocks };
}
