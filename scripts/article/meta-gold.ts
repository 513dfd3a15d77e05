// The metadata golden suite (test/article/meta-gold.json): which pages it covers and what a reader sees on each.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticle, type ExtractResult } from '../../src/article/extract';
import { parseHtml } from '../../src/cli/parse-html';
import type { ArticleMeta } from '../../src/core/types';
import type { HeaderGold, HeaderGuess } from './meta-score';

export const META_GOLD_PATH = resolve(import.meta.dirname, '../../test/article/meta-gold.json');
export const FIXTURE_DIR = resolve(import.meta.dirname, '../../test/fixtures/pages');

export interface GoldPage extends HeaderGold {
  /** A benchmark page id, or a fixture file under test/fixtures/pages. */
  id?: string;
  fixture?: string;
  url: string;
}

export function loadMetaGold(path = META_GOLD_PATH): { pages: GoldPage[]; fixtures: GoldPage[] } {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { pages: GoldPage[]; fixtures: GoldPage[] };
  return { pages: raw.pages, fixtures: raw.fixtures };
}

export function fixtureHtml(page: GoldPage): string {
  return readFileSync(resolve(FIXTURE_DIR, page.fixture ?? ''), 'utf8');
}

/** The card header Lede would show: nothing when it refused the page. */
export function headerOf(meta: ArticleMeta | null): HeaderGuess {
  return meta
    ? { headline: meta.title, authors: meta.authors, outlet: meta.siteName, published: meta.published }
    : { headline: null, authors: [], outlet: null, published: null };
}

export interface ScoredHeader {
  gold: GoldPage;
  guess: HeaderGuess;
  /** Why Lede refused the page, when it did. */
  refused: string | null;
}

export function headerRow(gold: GoldPage, result: ExtractResult): ScoredHeader {
  return { gold, guess: headerOf(result.article?.meta ?? null), refused: result.article ? null : result.reason };
}

/** The suite's fixture pages, each extracted once. */
export function fixtureRows(fixtures: GoldPage[]): ScoredHeader[] {
  return fixtures.map((g) => headerRow(g, extractArticle(parseHtml(fixtureHtml(g), g.url), g.url)));
}
