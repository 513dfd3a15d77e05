// `npx tsx scripts/article/check-meta.ts`: the metadata golden suite alone, one extraction per page, for quick
// checks while working on metadata (`npm run eval:articles` runs it too, with the body and speed eval).
import { extractArticle } from '../../src/article/extract';
import { parseHtml } from '../../src/cli/parse-html';
import { DEFAULT_AEB_DIR, loadBenchmarkPages } from './corpus';
import { fixtureRows, headerRow, loadMetaGold } from './meta-gold';
import { metaReportLines, reportHeaders } from './meta-report';

const { pages, fixtures } = loadMetaGold();
const html = new Map(loadBenchmarkPages(DEFAULT_AEB_DIR).map((p) => [p.id, p.html]));
const rows = [
  ...pages.map((g) => headerRow(g, extractArticle(parseHtml(html.get(g.id ?? '') ?? '', g.url), g.url))),
  ...fixtureRows(fixtures),
];
console.log(metaReportLines(reportHeaders(rows)).join('\n'));
