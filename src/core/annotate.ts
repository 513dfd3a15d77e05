// The one entry point of the language core: extracted article → Annotation.
// Pure TypeScript with no browser API, so Node, the background worker and tests run the same code.
import type { Annotation, ArticleText } from './types';
import type { NerModel } from './ner/model';
import { splitSentences } from './text/sentences';
import { detectLanguage, type LanguageGuess } from './text/language';
import { entityLanguageNames, entityModelFile, languageProfile, NO_CUES, NO_SUMMARY_WORDS } from './lang';
import { clusterEntities } from './entities/cluster';
import { decideTypes } from './entities/typing';
import { assignRoles } from './entities/roles';
import { rankEntities } from './entities/salience';
import { findQuotes } from './quotes/find';
import { attributeQuotes } from './quotes/attribute';
import { attributeByCues } from './quotes/cue-speakers';
import { summarize } from './summary/summarize';
import { PIPELINE_VERSION } from './version';

export interface AnnotateDeps {
  /**
   * The entity model for the article's language (`languageOf` says which, `entityModelFile` which file), or null
   * when there is none: the article is still read (quotes, key sentences), with no names. A model is only used on
   * a language that has one, so a French page never gets English-trained names.
   */
  ner: NerModel | null;
  /** Milliseconds clock; injectable so tests and the worker can use their own. */
  now?: () => number;
}

/** The language an article is read in (declared, unless its text clearly says otherwise): pick the model by it. */
export function languageOf(article: ArticleText): LanguageGuess {
  return detectLanguage(article.text, article.meta.lang);
}

/**
 * The model file (in model/) for the language the core reads the article in (an undecided one reads as English), or
 * null when names are not highlighted in that language.
 */
export function modelFileFor(article: ArticleText): string | null {
  return entityModelFile(languageOf(article).lang ?? article.meta.lang ?? 'en');
}

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
  const lang = time('language', () => languageOf(article));
  if (!lang.readable) return { ...notAnArticle('This text is not readable (binary or corrupt data).'), timings };
  const meta = { ...article.meta, lang: lang.lang ?? article.meta.lang };
  // Unknown (an empty text) reads as English, as before languages were told apart.
  const profile = languageProfile(meta.lang ?? 'en');
  const english = profile.code === 'en';
  const ner = profile.entityModel ? deps.ner : null;
  const sentences = time('sentences', () => splitSentences(text, article.blocks, english ? undefined : profile));
  const mentions = time('ner', () => ner?.tag(text, sentences) ?? []);
  const clustered = time('entities', () => decideTypes(text, clusterEntities(text, mentions, profile), sentences, profile));
  const withRoles = time('roles', () => assignRoles(text, clustered, sentences, profile));
  const quotes = time('quotes', () => english
    ? attributeQuotes(text, findQuotes(text, article.blocks), withRoles, sentences)
    : attributeByCues(text, findQuotes(text, article.blocks, profile), withRoles, sentences, profile.cues ?? NO_CUES));
  const entities = time('salience', () => rankEntities(text, withRoles, quotes, meta.title));
  const summary = time('summary', () => summarize(text, sentences, entities, quotes, profile.summary ?? NO_SUMMARY_WORDS));
  timings.total = Object.values(timings).reduce((a, b) => a + b, 0);
  const notice = ner ? undefined : `Names are highlighted in ${entityLanguageNames()} articles.`;
  return { version: PIPELINE_VERSION, article: { ...meta, text }, ...(notice ? { notice } : {}), entities, quotes, summary, timings };
}
