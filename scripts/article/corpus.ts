// Loads the article-extraction benchmark pages (../shared/data/articles/aeb): gzipped HTML + ground truth.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { decodeHtmlBytes } from '../../src/cli/parse-html';

export const DEFAULT_AEB_DIR = resolve(import.meta.dirname, '../../../shared/data/articles/aeb');

export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  /** Ground-truth article body. */
  truth: string;
}

export function loadBenchmarkPages(dir: string): BenchmarkPage[] {
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) throw new Error(`No ground-truth.json in ${dir}: pass the benchmark folder.`);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, entry]) => ({
      id,
      url: entry.url,
      truth: entry.articleBody ?? '',
      html: decodeHtmlBytes(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
    }));
}
