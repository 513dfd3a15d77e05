// Finds the article in a page. Works on a clone: the live page is never changed.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta, ArticleText } from '../core/types';
import { keepArticleBlocks, removeFurniture } from './boilerplate';
import { joinBlocks, renderBlocks } from './render-text';

export type ExtractResult = { article: ArticleText; reason?: undefined } | { article: null; reason: string };

export function extractArticle(doc: Document, _url: string): ExtractResult {
  const clone = doc.cloneNode(true) as Document;
  const content = new Readability<Node>(clone, { serializer: (n) => n, keepClasses: true }).parse()?.content as Element | undefined;
  if (!content) return { article: null, reason: 'No article body found on this page.' };
  removeFurniture(content);
  const { text, blocks } = joinBlocks(keepArticleBlocks(renderBlocks(content)).map((b) => b.text));
  const wordCount = text.match(/\S+/g)?.length ?? 0;
  const meta: ArticleMeta = {
    title: null, byline: null, authors: [], siteName: null, published: null, modified: null, lang: null,
    canonicalUrl: null, image: null, wordCount, readingMinutes: Math.max(1, Math.round(wordCount / 230)), provenance: {},
  };
  return { article: { text, meta, blocks } };
}
