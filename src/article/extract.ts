// Finds the article in a page. Works on a clone: the live page is never changed.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta, ArticleText, Span } from '../core/types';

export type ExtractResult = { article: ArticleText; reason?: undefined } | { article: null; reason: string };

const BLOCK = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

export function extractArticle(doc: Document, _url: string): ExtractResult {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  if (!parsed?.content) return { article: null, reason: 'No article body found on this page.' };
  const holder = doc.createElement('div');
  holder.innerHTML = parsed.content;
  const parts: string[] = [];
  const blocks: Span[] = [];
  let offset = 0;
  for (const el of holder.querySelectorAll(BLOCK)) {
    if (el.querySelector(BLOCK)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (parts.length) offset += 2;
    blocks.push({ start: offset, end: offset + t.length });
    parts.push(t);
    offset += t.length;
  }
  const text = parts.join('\n\n');
  const wordCount = text.match(/\S+/g)?.length ?? 0;
  const meta: ArticleMeta = {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    authors: parsed.byline ? [parsed.byline] : [],
    siteName: parsed.siteName ?? null,
    published: parsed.publishedTime ?? null,
    modified: null,
    lang: parsed.lang ?? doc.documentElement.getAttribute('lang'),
    canonicalUrl: null,
    image: null,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    provenance: {},
  };
  return { article: { text, meta, blocks } };
}
