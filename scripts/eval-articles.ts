// `npm run eval:articles -- [DIR] [--repeats N]`: scores article extraction on the article-extraction benchmark
// against plain Readability in the same run, and writes the report to docs/article-eval.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_AEB_DIR, loadBenchmarkPages } from './article/corpus';
import { fixtureRows, headerOf, loadMetaGold, type ScoredHeader } from './article/meta-gold';
import { metaReportLines, reportHeaders } from './article/meta-report';
import { runExtractors, type PageRun } from './article/run-extractors';
import { pageF1, scoreCorpus, scorePage, type PageScore } from './article/score';

const args = process.argv.slice(2);
const repeatsAt = args.indexOf('--repeats');
// Five runs per page: a young-generation GC pause lands in whichever extractor happens to be running, and with
// three runs one such pause often is the median (per-run ratios then swing from 1.1x to 1.4x between whole runs).
const repeats = repeatsAt >= 0 ? Math.max(1, Number(args[repeatsAt + 1]) || 1) : 5;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--repeats') ?? DEFAULT_AEB_DIR);

const pages = loadBenchmarkPages(dir);
const runs = runExtractors(pages, repeats);
const truthOf = new Map(pages.map((p) => [p.id, p.truth]));

interface Scored { run: PageRun; ours: PageScore; plain: PageScore }
const scored: Scored[] = runs.map((run) => ({
  run,
  ours: scorePage(truthOf.get(run.id) ?? '', run.ours.text),
  plain: scorePage(truthOf.get(run.id) ?? '', run.plain.text),
}));
const ours = scoreCorpus(scored.map((s) => s.ours));
const plain = scoreCorpus(scored.map((s) => s.plain));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const oursMs = sum(runs.map((r) => r.ours.ms)) / runs.length;
const plainMs = sum(runs.map((r) => r.plain.ms)) / runs.length;
const parseMs = sum(runs.map((r) => r.parseMs)) / runs.length;
const f = (x: number) => x.toFixed(3);
const ms = (x: number) => x.toFixed(1);
const below = scored.filter((s) => pageF1(s.ours) < 0.5);
const rejected = scored.filter((s) => s.run.ours.reason);
const errors = runs.filter((r) => r.error);
const worst = [...scored].sort((a, b) => pageF1(a.ours) - pageF1(b.ours)).slice(0, 15);
// The card header against the metadata golden suite: benchmark pages from the runs above, fixtures extracted once.
const gold = loadMetaGold();
const runOf = new Map(runs.map((r) => [r.id, r]));
const headerRows: ScoredHeader[] = [
  ...gold.pages.flatMap((g) => {
    const run = runOf.get(g.id ?? '');
    return run ? [{ gold: g, guess: headerOf(run.ours.meta), refused: run.ours.reason }] : [];
  }),
  ...fixtureRows(gold.fixtures),
];
const header = reportHeaders(headerRows);
const headerLines = metaReportLines(header);
const host = (url: string) => { try { return new URL(url).hostname; } catch { return url; } };

const lines = [
  '# Article extraction eval',
  '',
  `Written by \`npm run eval:articles\` (scripts/eval-articles.ts). ${pages.length} pages from \`${dir.replace(/.*\/shared\//, '../shared/')}\`;`,
  `metric: the benchmark's 4-token shingles of \\w+ tokens, P and R averaged over pages, F1 of the averages.`,
  `Both extractors run in this process on the same linkedom documents, interleaved, median of ${repeats} runs per page;`,
  'both times include cloning the document (extraction must not change the page) and rendering the text.',
  '',
  '| extractor | precision | recall | F1 | pages F1 < 0.5 | mean ms/page |',
  '|---|---|---|---|---|---|',
  `| Lede (extractArticle) | ${f(ours.precision)} | ${f(ours.recall)} | **${f(ours.f1)}** | ${below.length} | ${ms(oursMs)} |`,
  `| plain @mozilla/readability | ${f(plain.precision)} | ${f(plain.recall)} | ${f(plain.f1)} | ${scored.filter((s) => pageF1(s.plain) < 0.5).length} | ${ms(plainMs)} |`,
  '',
  `Time ratio (ours / plain): **${(oursMs / plainMs).toFixed(2)}×**. Mean linkedom parse time (not included above): ${ms(parseMs)} ms/page.`,
  '',
  `Pages our verdict called non-articles: ${rejected.length}${rejected.length ? ' — ' + rejected.map((s) => `${host(s.run.url)} (${s.run.ours.reason})`).join('; ') : ''}.`,
  `Pages that failed to parse or threw: ${errors.length}${errors.length ? ' — ' + errors.map((r) => `${r.id.slice(0, 10)}: ${r.error}`).join('; ') : ''}.`,
  '',
  '## Card header: metadata golden suite',
  '',
  `${headerRows.length} pages of test/article/meta-gold.json (benchmark pages with an English body, and the article fixtures): headline,`,
  'authors, outlet and publication day as a reader sees them on each page. Exact: headline with whitespace normalised,',
  'the same set of names, the outlet as written, the same day (in some time zone for a timestamp). Lenient: quotes,',
  'dashes and case folded; names found within each other; outlet without "The", spacing or ".com"; within a day.',
  'These pages were looked at while the metadata rules were written: the numbers are not held-out.',
  '',
  ...headerLines,
  '## Worst pages (ours)',
  '',
  '| page | F1 ours | P ours | R ours | F1 plain |',
  '|---|---|---|---|---|',
  ...worst.map((s) => `| ${host(s.run.url)} \`${s.run.id.slice(0, 8)}\` | ${f(pageF1(s.ours))} | ${f(s.ours.precision ?? 0)} | ${f(s.ours.recall ?? 0)} | ${f(pageF1(s.plain))} |`),
  '',
  '## Per-page timings (ms, median of runs)',
  '',
  '| page | parse | ours | plain | F1 ours | F1 plain |',
  '|---|---|---|---|---|---|',
  ...scored.map((s) => `| ${host(s.run.url)} \`${s.run.id.slice(0, 8)}\` | ${ms(s.run.parseMs)} | ${ms(s.run.ours.ms)} | ${ms(s.run.plain.ms)} | ${f(pageF1(s.ours))} | ${f(pageF1(s.plain))} |`),
  '',
];
const report = lines.join('\n');
const out = resolve(import.meta.dirname, '../docs/article-eval.md');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, report);
console.log(lines.slice(0, 18).join('\n'));
console.log(['', 'Card header (metadata golden suite):', ...headerLines.slice(0, 9)].join('\n'));
console.log(`\nWorst pages:\n${worst.slice(0, 8).map((s) => `  ${f(pageF1(s.ours))} (plain ${f(pageF1(s.plain))}) ${s.run.url}`).join('\n')}`);
console.log(`\nReport written to ${out}`);
