// The one entry point of the language core: extracted article → Annotation.
// Pure TypeScript with no browser API, so Node, the background worker and tests run the same code.
import type { Annotation, ArticleText } from './types';
import type { NerModel } from './ner/model';
import { splitSentences } from './text/sentences';
import { detectLanguage } from './text/language';
import { clusterEntities } from './entities/cluster';
import { decideTypes } from './entities/typing';
import { assignRoles } from './entities/roles';
import { rankEntities } from './entities/salience';
import { findQuotes } from './quotes/find';
import { attributeQuotes } from './quotes/attribute';
import { summarize } from './summary/summarize';
import { PIPELINE_VERSION } from './version';

export interface AnnotateDeps {
  ner: NerModel;
  /** Milliseconds clock; injectable so tests and the worker can use their own. */
  now?: () => number;
}

export const SUPPORTED_LANGUAGES = ['en'];

export function notAnArticle(reason: string): Annotation {
  return { version: PIPELINE_VERSION, article: null, reason, entities: [], quotes: [], summary: [], timings: {} };
}

export function annotate(article: ArticleText, deps: AnnotateDeps): Annotation {
  const now = deps.now ?? (() => performance.now());
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, work: () => T): T => {
    const t0 = now();
    const out = work();
    timings[stage] = Math.round((now() - t0) * 100) / 100;
    return out;
  };
  const { text } = article;
  const lang = time('language', () => detectLanguage(text, article.meta.lang));
  const meta = { ...article.meta, lang: lang.lang ?? article.meta.lang };
  if (!lang.supported) {
    return {
      ...notAnArticle(`Language not supported: ${lang.lang ?? 'unknown'} (Lede reads English articles).`),
      timings,
    };
  }
  const sentences = time('sentences', () => splitSentences(text, article.blocks));
  const mentions = time('ner', () => deps.ner.tag(text, sentences));
  const clustered = time('entities', () => decideTypes(text, clusterEntities(text, mentions), sentences));
  const withRoles = time('roles', () => assignRoles(text, clustered, sentences));
  const quotes = time('quotes', () => attributeQuotes(text, findQuotes(text, article.blocks), withRoles, sentences));
  const entities = time('salience', () => rankEntities(text, withRoles, quotes, meta.title));
  const summary = time('summary', () => summarize(text, sentences, entities, quotes));
  timings.total = Object.values(timings).reduce((a, b) => a + b, 0);
  return { version: PIPELINE_VERSION, article: { ...meta, text }, entities, quotes, summary, timings };
}
