// `npx tsx scripts/robustness-report.ts [AEB_DIR]`: every real page of the article-extraction benchmark and the
// big hostile pages through the CLI's own path (annotateFile), then docs/robustness.md: pages tried, failures
// (an exception, a broken invariant, no article and no reason, or a page past the hang guard), slowest pages
// and which stage made them slow. test/robust/aeb-corpus.test.ts runs the same corpus pass and fails on any failure.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { annotateFile } from '../src/cli/annotate-file';
import { nodeNerModel } from '../src/cli/node-model';
import type { NerModel } from '../src/core/ner/model';
import * as hostile from '../test/fixtures/hostile/generate';
import { annotationProblems } from '../test/robust/pipeline';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_AEB_DIR = resolve(ROOT, '../shared/data/articles/aeb');
/** A page past this is reported as a failure: it tells a hang or a quadratic stage from a slow page. */
export const PAGE_GUARD_MS = 15_000;

export interface PageOutcome {
  page: string;
  bytes: number;
  ms: number;
  /** `article` with its word count, or the reason given for no article. */
  result: string;
  slowestStage: string;
  failure: string | null;
}

function slowestStage(timings: Record<string, number>): string {
  const [stage, ms] = Object.entries(timings).filter(([k]) => k !== 'total').sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
  return `${stage} ${Math.round(ms)} ms`;
}

/** One page (bytes) through annotateFile: never throws; a thrown error is recorded as the failure. */
export function runPage(page: string, bytes: Uint8Array, ner: NerModel, dir: string, guardMs = PAGE_GUARD_MS): PageOutcome {
  const file = join(dir, `${page.replace(/[^\w.-]+/g, '_')}.html`);
  writeFileSync(file, bytes);
  const t0 = performance.now();
  try {
    const { annotation } = annotateFile(file, () => ner);
    const ms = performance.now() - t0;
    const problems = annotationProblems(annotation);
    const failure = problems.length ? problems.slice(0, 3).join('; ') : ms > guardMs ? `took ${Math.round(ms)} ms, past the ${guardMs} ms guard` : null;
    const result = annotation.article
      ? `article, ${annotation.article.wordCount} words, ${annotation.entities.length} entities, ${annotation.quotes.length} quotes`
      : `no article: ${annotation.reason}`;
    return { page, bytes: bytes.length, ms, result, slowestStage: slowestStage(annotation.timings), failure };
  } catch (err) {
    const ms = performance.now() - t0;
    return { page, bytes: bytes.length, ms, result: 'exception', slowestStage: '-', failure: `threw ${err instanceof Error ? err.stack?.split('\n').slice(0, 2).join(' ') : String(err)}` };
  } finally {
    rmSync(file, { force: true });
  }
}

/** Every `html/*.html.gz` page of the benchmark, in name order. */
export function runCorpus(ner: NerModel, aebDir = DEFAULT_AEB_DIR): PageOutcome[] {
  const dir = mkdtempSync(join(tmpdir(), 'lede-corpus-'));
  try {
    const files = readdirSync(join(aebDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
    return files.map((f) => runPage(basename(f, '.html.gz'), gunzipSync(readFileSync(join(aebDir, 'html', f))), ner, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated hostile pages too big to commit, with a guard fitting each. */
export function runHostile(ner: NerModel): PageOutcome[] {
  const dir = mkdtempSync(join(tmpdir(), 'lede-hostile-'));
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const pages: [string, Uint8Array, number][] = [
    ['1,000,000-word article', utf8(hostile.hugeArticle(1_000_000)), 120_000],
    ['100,000 elements', utf8(hostile.wideDom(100_000)), 60_000],
    ['DOM nested 5,000 deep', utf8(hostile.deepDom(5_000)), 60_000],
    ['2 MB of inline script', utf8(hostile.mostlyScript()), PAGE_GUARD_MS],
    ['300 KB of binary garbage', hostile.binaryGarbage(300_000), PAGE_GUARD_MS],
    ['invalid UTF-8', hostile.invalidUtf8(), PAGE_GUARD_MS],
  ];
  try {
    return pages.map(([name, bytes, guard]) => runPage(name, bytes, ner, dir, guard));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(corpus: PageOutcome[], big: PageOutcome[], aebDir: string): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  const times = corpus.map((o) => o.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const failures = [...corpus, ...big].filter((o) => o.failure);
  const notArticles = corpus.filter((o) => o.result.startsWith('no article'));
  const slowest = [...corpus].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const row = (o: PageOutcome) => `| ${o.page} | ${(o.bytes / 1024).toFixed(0)} KB | ${ms(o.ms)} | ${o.slowestStage} | ${o.result.replace(/\|/g, '\\|')} | ${o.failure ? o.failure.replace(/\|/g, '\\|') : 'none'} |`;
  return [
    '# Robustness',
    '',
    `Written by \`npx tsx scripts/robustness-report.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, one process,`,
    `the CLI's own path (\`annotateFile\`: decode → parse → extract → annotate) with the committed NER model.`,
    'A failure is an exception, a broken Annotation invariant (offsets in range and on character boundaries, mentions',
    `matching their entity's names, no article without a reason), or a page past its hang guard (${ms(PAGE_GUARD_MS)} per real page).`,
    '',
    `## Real pages: ${aebDir.replace(/.*\/shared\//, '../shared/')}`,
    '',
    `- pages tried: **${corpus.length}**`,
    `- failures: **${corpus.filter((o) => o.failure).length}**`,
    `- no article (with a reason): ${notArticles.length}`,
    `- time per page: median ${ms(median)}, slowest **${ms(times[times.length - 1] ?? 0)}** (${slowest[0]?.page ?? '-'})`,
    '',
    '| page | size | time | slowest stage | result | failure |',
    '|---|---|---|---|---|---|',
    ...slowest.map(row),
    ...corpus.filter((o) => o.failure && !slowest.includes(o)).map(row),
    '',
    '## Generated hostile pages',
    '',
    '| page | size | time | slowest stage | result | failure |',
    '|---|---|---|---|---|---|',
    ...big.map(row),
    '',
    `Failures in all: ${failures.length}.`,
    '',
  ].join('\n');
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const aebDir = resolve(process.argv[2] ?? DEFAULT_AEB_DIR);
  const ner = nodeNerModel();
  const corpus = runCorpus(ner, aebDir);
  const big = runHostile(ner);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs/robustness.md'), report(corpus, big, aebDir));
  const failed = [...corpus, ...big].filter((o) => o.failure);
  console.log(`${corpus.length} real pages, ${big.length} hostile pages, ${failed.length} failures; wrote docs/robustness.md`);
  for (const o of failed) console.log(`FAIL ${o.page}: ${o.failure}`);
  process.exitCode = failed.length ? 1 : 0;
}
