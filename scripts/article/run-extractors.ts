// Runs our extractor and plain Readability on the same parsed pages, timing both in one process, interleaved,
// so the speed comparison shares JIT state, GC pressure and machine load.
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../src/article/extract';
import type { ArticleMeta } from '../../src/core/types';
import { blockTexts, joinBlocks } from '../../src/article/render-text';
import { parseHtml } from '../../src/cli/parse-html';
import type { BenchmarkPage } from './corpus';

/** Plain Readability as a page script would use it: on a clone, its article element rendered with block breaks. */
export function plainReadabilityText(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  const content = new Readability<Node>(clone, { serializer: (node) => node }).parse()?.content;
  return content ? joinBlocks(blockTexts(content as Element)).text : '';
}

export interface PageRun {
  id: string;
  url: string;
  parseMs: number;
  ours: { text: string; reason: string | null; meta: ArticleMeta | null; ms: number };
  plain: { text: string; ms: number };
  /** Set when the page could not be parsed or an extractor threw. */
  error?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

export function runExtractors(pages: BenchmarkPage[], repeats: number): PageRun[] {
  return pages.map((page) => {
    let doc: Document;
    let parseMs: number;
    try {
      [doc, parseMs] = timed(() => parseHtml(page.html, page.url));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { id: page.id, url: page.url, parseMs: 0, ours: { text: '', reason: message, meta: null, ms: 0 }, plain: { text: '', ms: 0 }, error: message };
    }
    const oursMs: number[] = [];
    const plainMs: number[] = [];
    let ours = { text: '', reason: null as string | null, meta: null as ArticleMeta | null };
    let plain = '';
    try {
      for (let r = 0; r < repeats; r++) {
        // Alternate which runs first so neither always gets the warmer cache.
        const runOurs = () => {
          const [result, ms] = timed(() => extractArticle(doc, page.url));
          oursMs.push(ms);
          ours = result.article ? { text: result.article.text, reason: null, meta: result.article.meta } : { text: '', reason: result.reason, meta: null };
        };
        const runPlain = () => {
          const [text, ms] = timed(() => plainReadabilityText(doc));
          plainMs.push(ms);
          plain = text;
        };
        if (r % 2) { runPlain(); runOurs(); } else { runOurs(); runPlain(); }
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { id: page.id, url: page.url, parseMs, ours: { ...ours, ms: 0 }, plain: { text: plain, ms: 0 }, error: message };
    }
    return {
      id: page.id,
      url: page.url,
      parseMs,
      ours: { ...ours, ms: median(oursMs) },
      plain: { text: plain, ms: median(plainMs) },
    };
  });
}
