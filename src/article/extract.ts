// Finds the article in a page: the verdict (is this a news article?), its body text in blocks, and its metadata.
// Works on a clone: the live page is never changed. Readability (Firefox Reader View's engine) finds the body;
// we strip the furniture it keeps and judge the pages it wrongly calls readable.
import { Readability } from '@mozilla/readability';
import type { ArticleText } from '../core/types';
import { GARBLED_LIMIT, garbledShare } from '../core/text/language';
import { countWords } from '../core/text/reading-time';
import { keepArticleBlocks, removeFurniture } from './boilerplate';
import { parseJsonLd } from './json-ld';
import { readMetadata } from './metadata';
import { collapseWrapperChains, FLATTEN_DEPTH, MAX_DEPTH, nestingDepth } from './nesting';
import { isPaywalled, nextPageUrl } from './page-flags';
import { scanPage } from './page-scan';
import { joinBlocks, renderBlocks, type TextBlock } from './render-text';
import { declaredNonArticle, extractedNonArticle, readPageSignals, UNREADABLE } from './verdict';

export type ExtractResult = { article: ArticleText; reason?: undefined } | { article: null; reason: string };

const PROSE_WORDS = 25;

/** Called after each stage of extraction with its name, so the benchmark can say which one costs. */
export type StageMark = (stage: string) => void;

export function extractArticle(doc: Document, url: string, mark: StageMark = () => undefined): ExtractResult {
  const steps = extract(doc, url, mark);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } catch (err) {
    return unreadable(err);
  }
}

/**
 * The same extraction cut into steps, awaiting `pause` between them: on a live page each step is its own task, so
 * the page can handle input and paint between them instead of waiting for the whole extraction. `pauseBrief` is
 * awaited where the steps on both sides are shorter: a caller whose pause is slow (a trip through the page's task
 * queue) can make it no pause at all.
 */
export async function extractArticleInSteps(
  doc: Document, url: string, pause: () => Promise<unknown>, mark: StageMark = () => undefined, pauseBrief = pause,
): Promise<ExtractResult> {
  const steps = extract(doc, url, mark);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await (step.value === 'brief' ? pauseBrief() : pause());
    }
  } catch (err) {
    return unreadable(err);
  }
}

// Pages are arbitrary input: a DOM the extractor cannot walk is a page we cannot read, not a crash.
function unreadable(err: unknown): ExtractResult {
  return { article: null, reason: `Could not read this page: ${err instanceof Error ? err.message : String(err)}` };
}

/**
 * Yields where a caller may let the page run: after the page scan, the copy, Readability, the blocks and the verdict
 * (each of those steps takes 5-40 ms on a news page; together they would hold the page far over 50 ms).
 */
function* extract(doc: Document, url: string, mark: StageMark): Generator<'full' | 'brief', ExtractResult> {
  if (!doc?.documentElement) return { article: null, reason: 'The page is empty.' };
  const scan = scanPage(doc);
  const jsonLd = parseJsonLd(scan.jsonLdSources);
  const signals = readPageSignals(scan, url, jsonLd);
  const declared = declaredNonArticle(signals);
  if (declared) return { article: null, reason: declared };
  mark('scanned');
  yield 'full';

  // Checked before Readability, which would spend seconds scoring hundreds of kilobytes of noise.
  if (garbledShare(scan.textSample) > GARBLED_LIMIT) return { article: null, reason: UNREADABLE };
  const clone = doc.cloneNode(true) as Document;
  if (scan.maxDepth > FLATTEN_DEPTH) {
    collapseWrapperChains(clone.documentElement);
    const depth = nestingDepth(clone.documentElement, MAX_DEPTH);
    if (depth > MAX_DEPTH) return { article: null, reason: `This page's markup is nested too deeply to read (over ${MAX_DEPTH} levels).` };
  }
  mark('cloned');
  yield 'brief';
  const parsed = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: true }).parse();
  mark('readability');
  yield 'full';
  const content = parsed?.content as Element | null | undefined;
  if (!content && !/\S/.test(doc.body?.textContent ?? '')) return { article: null, reason: 'The page is empty.' };
  let rendered: TextBlock[] = [];
  let blocks: TextBlock[] = [];
  if (content) {
    removeFurniture(content);
    rendered = renderBlocks(content);
    blocks = keepArticleBlocks(rendered);
  }
  mark('rendered');
  yield 'full';
  const words = blocks.reduce((n, b) => n + countWords(b.text), 0);
  const rawText = rendered.map((b) => b.text).join('\n');
  const found = content
    ? {
      words, paragraphs: blocks.length, proseParagraphs: blocks.filter((b) => b.text.split(' ').length >= PROSE_WORDS).length, rawText,
      linkedHeadings: rendered.filter((b) => /^H[2-6]$/.test(b.tag) && b.linkDensity > 0.5).length,
    }
    : null;
  const verdict = extractedNonArticle(signals, found);
  if (verdict) return { article: null, reason: verdict };
  mark('verdict');
  yield 'brief';

  const { text, blocks: spans } = joinBlocks(blocks.map((b) => b.text));
  const bodyStart = blocks.find((b) => b.text.split(' ').length >= 6)?.text ?? '';
  const meta = readMetadata({ doc, url, scan, jsonLd, text, wordCount: words, bodyStart, readability: parsed });
  if (isPaywalled(scan, jsonLd, rawText)) meta.paywalled = true;
  const next = nextPageUrl(scan, doc.baseURI && /^https?:/i.test(doc.baseURI) ? doc.baseURI : url, url);
  if (next) meta.nextPage = next;
  return { article: { text, meta, blocks: spans } };
}
