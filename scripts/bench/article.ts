// Article extraction time per page against plain Readability on the article-extraction benchmark pages, both
// run in one process on the same linkedom documents (interleaved, median of several runs per page), plus the
// cost of building the live-DOM mapper. Run alone with `npm run bench -- article`.
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/article/extract';
import { createLiveMapper } from '../../src/article/live-ranges';
import { parseHtml } from '../../src/cli/parse-html';
import { DEFAULT_AEB_DIR, loadBenchmarkPages } from '../article/corpus';
import { runExtractors } from '../article/run-extractors';

const REPEATS = 5;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

export async function run(): Promise<string> {
  const pages = loadBenchmarkPages(DEFAULT_AEB_DIR);
  const runs = runExtractors(pages, REPEATS).filter((r) => !r.error);
  const ours = runs.map((r) => r.ours.ms);
  const plain = runs.map((r) => r.plain.ms);
  const ratios = runs.map((r) => r.ours.ms / r.plain.ms);

  // The mapper runs in the page on every visit: index build plus mapping every block. It needs real Ranges,
  // which linkedom lacks, so the live page here is jsdom's (which cannot parse a few pages' CSS: skipped).
  const mapperMs: number[] = [];
  const walkMs: number[] = [];
  let mapperSkipped = 0;
  for (const page of pages) {
    const { article } = extractArticle(parseHtml(page.html, page.url), page.url);
    if (!article) continue;
    let live: Document;
    try {
      live = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() }).window.document;
    } catch {
      mapperSkipped++;
      continue;
    }
    const t0 = performance.now();
    createLiveMapper(live, article).toRanges(article.blocks);
    mapperMs.push(performance.now() - t0);
    // The floor any mapper pays in this DOM: visiting every node once.
    const t1 = performance.now();
    const walker = live.createTreeWalker(live.body);
    while (walker.nextNode());
    walkMs.push(performance.now() - t1);
  }

  const row = (name: string, xs: number[]) =>
    `| ${name} | ${mean(xs).toFixed(1)} | ${percentile(xs, 0.5).toFixed(1)} | ${percentile(xs, 0.95).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`;
  const slowest = [...runs].sort((a, b) => b.ours.ms / b.plain.ms - a.ours.ms / a.plain.ms).slice(0, 5);
  return [
    '## Article extraction (scripts/bench/article.ts)',
    '',
    `${runs.length} pages of the article-extraction benchmark, linkedom documents, median of ${REPEATS} interleaved runs per page.`,
    'Both extractors clone the document first (extraction never changes the page) and render block text.',
    '',
    '| ms per page | mean | median | p95 | max |',
    '|---|---|---|---|---|',
    row('Lede extractArticle (verdict + body + metadata)', ours),
    row('plain @mozilla/readability', plain),
    row(`live-DOM mapper, jsdom (index + all blocks; ${mapperMs.length} pages)`, mapperMs),
    row('for scale: one jsdom TreeWalker pass over the body', walkMs),
    '',
    `Mean time ratio ours / plain: **${(mean(ours) / mean(plain)).toFixed(2)}×** (target ≤ 1.3×); median per-page ratio ${percentile(ratios, 0.5).toFixed(2)}×.`,
    '',
    mapperSkipped ? `jsdom could not load ${mapperSkipped} pages for the mapper timing.\n` : '',
    'Largest per-page ratios: ' + slowest.map((r) => `${new URL(r.url).hostname} ${(r.ours.ms / r.plain.ms).toFixed(2)}× (${r.ours.ms.toFixed(1)} vs ${r.plain.ms.toFixed(1)} ms)`).join('; ') + '.',
    '',
  ].join('\n');
}
