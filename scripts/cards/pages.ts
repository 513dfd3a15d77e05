// The card gold's pages through the CLI's path from HTML (parse, extract, annotate): aeb pages from their gzipped
// HTML in ../shared, fixtures from test/fixtures/pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { annotate, notAnArticle } from '../../src/core/annotate';
import type { NerModel } from '../../src/core/ner/model';
import type { Annotation } from '../../src/core/types';
import { extractArticle } from '../../src/article/extract';
import { decodeHtmlBytes, parseHtml } from '../../src/cli/parse-html';
import type { GoldPage } from './score';

const root = join(import.meta.dirname, '../..');
export const GOLD_DIR = join(root, 'test/cards/gold');
/** Pages whose gold was written after development stopped, read for no rule: scored apart. */
export const HELDOUT_DIR = join(root, 'test/cards/heldout');
export const AEB_DIR = join(root, '../shared/data/articles/aeb');

export function loadGold(dir = GOLD_DIR): GoldPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldPage);
}

export const aebAvailable = (): boolean => existsSync(join(AEB_DIR, 'ground-truth.json'));

/** The page's HTML bytes and the URL it was saved from. */
function pageBytes(source: string): { bytes: Uint8Array; url: string } {
  const [kind, rest] = [source.slice(0, source.indexOf('/')), source.slice(source.indexOf('/') + 1)];
  if (kind === 'aeb') {
    const truth = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    return { bytes: gunzipSync(readFileSync(join(AEB_DIR, 'html', `${rest}.html.gz`))), url: truth[rest].url };
  }
  if (kind === 'fixtures') {
    const file = join(root, 'test/fixtures/pages', rest);
    return { bytes: readFileSync(file), url: `https://example.org/${rest}` };
  }
  throw new Error(`Unknown card gold source: ${source}`);
}

export function annotatePage(source: string, ner: NerModel): Annotation {
  const { bytes, url } = pageBytes(source);
  const extracted = extractArticle(parseHtml(decodeHtmlBytes(bytes), url), url);
  return extracted.article ? annotate(extracted.article, { ner }) : notAnArticle(extracted.reason);
}
