// `npx tsx scripts/article/check-meta.ts`: the metadata golden suite alone, one extraction per page, for quick
// checks while working on metadata (`npm run eval:articles` runs it too, with the body and speed eval).
import { extractArticle } from '../../src/article/extract';
import { parseHtml } from '../../src/cli/parse-html';
import { DEFAULT_AEB_DIR, loadBenchmarkPages } from './corpus';
import { fixtureHtml, headerOf, loadMetaGold, type GoldPage } from './meta-gold';
import { metaReportLines, reportHeaders, type ScoredHeader } from './meta-report';

const { pages, fixtures } = loadMetaGold();
const html = new Map(loadBenchmarkPages(DEFAULT_AEB_DIR).map((p) => [p.id, p.html]));
const run = (gold: GoldPage, source: string): ScoredHeader => {
  const result = extractArticle(parseHtml(source, gold.url), gold.url);
  return { gold, guess: headerOf(result.article?.meta ?? null), refused: result.article ? null : result.reason };
};
const rows = [
  ...pages.map((g) => run(g, html.get(g.id ?? '') ?? '')),
  ...fixtures.map((g) => run(g, fixtureHtml(g))),
];
console.log(metaReportLines(reportHeaders(rows)).join('\n'));
