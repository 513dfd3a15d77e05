import { describe, expect, it } from 'vitest';
import { annotate, languageOf } from '../../src/core/annotate';
import type { NerModel } from '../../src/core/ner/model';
import type { ArticleMeta, ArticleText } from '../../src/core/types';
import { lineBlocks } from '../../src/cli/read-input';

const meta = (lang: string | null): ArticleMeta => ({
  title: null, byline: null, authors: [], siteName: null, published: null, modified: null, lang,
  canonicalUrl: null, image: null, wordCount: 0, readingMinutes: 0, provenance: {},
});
const article = (text: string, lang: string | null): ArticleText => ({ text, meta: meta(lang), blocks: lineBlocks(text) });

/** A model that tags every capitalised word after the first as a person, and counts its calls. */
function stubModel(): NerModel & { calls: number } {
  const model = {
    calls: 0,
    tag(text: string) {
      model.calls++;
      return [...text.matchAll(/(?<=\s)\p{Lu}\p{Ll}+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], type: 'PER' as const }));
    },
  };
  return model;
}

const FRENCH = 'Le gouvernement a annoncé mardi un plan pour les hôpitaux. « Nous allons investir », a déclaré la ministre. Les syndicats restent prudents et attendent les détails du texte qui sera présenté au Parlement.';
const ENGLISH = 'The government announced a plan for hospitals on Tuesday. "We will invest," said Minister Ann Hale. Unions remain cautious and are waiting for the details of the bill, which goes to Parliament next week.';

describe('annotate in any language', () => {
  it('reads an article in a language without an entity model: no names, a notice, its quotes and key sentences', () => {
    const a = annotate(article(FRENCH, 'fr'), { ner: null });
    expect(a.article?.lang).toBe('fr');
    expect(a.reason).toBeUndefined();
    expect(a.entities).toEqual([]);
    expect(a.notice).toBe('Names are highlighted in English and Portuguese articles.');
    expect(a.quotes.map((q) => [FRENCH.slice(q.start, q.end), q.speaker])).toEqual([['Nous allons investir', 'la ministre']]);
    expect(a.summary.length).toBeGreaterThan(0);
  });

  it('never applies a model to a language it was not made for', () => {
    const model = stubModel();
    const a = annotate(article(FRENCH, 'fr'), { ner: model });
    expect(model.calls).toBe(0);
    expect(a.entities).toEqual([]);
    expect(a.notice).toBeDefined();
  });

  it('uses the model of a language that has one, with no notice', () => {
    const model = stubModel();
    const a = annotate(article(ENGLISH, 'en'), { ner: model });
    expect(model.calls).toBe(1);
    expect(a.entities.length).toBeGreaterThan(0);
    expect(a.notice).toBeUndefined();
  });

  it('keeps reason for text that is no article at all', () => {
    const a = annotate(article('\ufffd\u0001\u0002'.repeat(200), 'en'), { ner: null });
    expect(a.article).toBeNull();
    expect(a.reason).toMatch(/not readable/);
  });

  it('tells the caller the language before annotating, to choose the model', () => {
    expect(languageOf(article(FRENCH, null)).lang).toBe('fr');
    expect(languageOf(article(FRENCH.repeat(3), 'en')).lang).toBe('fr');
    expect(languageOf(article('Bom dia a todos.', 'pt-BR')).lang).toBe('pt');
  });
});
