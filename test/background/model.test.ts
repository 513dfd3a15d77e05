import { describe, expect, it } from 'vitest';
import { languageModels, modelLoader } from '../../src/background/model';
import { modelFileFor } from '../../src/core/annotate';
import type { NerModel } from '../../src/core/ner/model';
import type { ArticleText } from '../../src/core/types';

// Invented sentences, long enough for the language detector to count function words.
const TEXTS: Record<string, string> = {
  en: 'The mayor of the town said on Monday that the new bridge over the river would open in the spring, and that the council had agreed to pay for it with the money it had saved from the old road plan.',
  pt: 'O presidente da câmara disse na segunda-feira que a nova ponte sobre o rio vai abrir na primavera, e que os vereadores aprovaram o pagamento com o dinheiro que foi poupado do antigo plano das estradas da cidade.',
  fr: "Le maire de la ville a déclaré lundi que le nouveau pont sur la rivière sera ouvert au printemps, et que le conseil a accepté de le payer avec l'argent qui a été économisé sur le projet des routes.",
};

function article(text: string, lang: string | null = null): ArticleText {
  const meta = {
    title: null, byline: null, authors: [], siteName: null, published: null, modified: null, lang,
    canonicalUrl: null, image: null, wordCount: 0, readingMinutes: 1, provenance: {},
  };
  return { text, meta, blocks: [{ start: 0, end: text.length }] };
}

const fakeModel = (file: string): NerModel => ({ tag: () => [], file }) as unknown as NerModel;

/** A languageModels that records for which files it made a loader (modelLoader then loads each file once). */
function recording() {
  const asked: string[] = [];
  const models = languageModels((file) => {
    asked.push(file);
    return async () => fakeModel(file);
  });
  return { models, asked };
}

describe('modelFileFor', () => {
  it.each([
    ['an English page', article(TEXTS.en, 'en'), 'ner.bin'],
    ['a Portuguese page', article(TEXTS.pt, 'pt-BR'), 'ner-pt.bin'],
    ['an undeclared Portuguese page', article(TEXTS.pt), 'ner-pt.bin'],
    ['an undeclared English page', article(TEXTS.en), 'ner.bin'],
    ['a French page', article(TEXTS.fr, 'fr'), null],
    ['a French page that says it is English', article(TEXTS.fr, 'en'), null],
    ['a Portuguese page that says it is English', article(TEXTS.pt, 'en'), 'ner-pt.bin'],
  ])('%s gets %s', (_, a, file) => {
    expect(modelFileFor(a)).toBe(file);
  });
});

describe('languageModels', () => {
  it('asks for the English model only, once, for English pages', async () => {
    const { models, asked } = recording();
    await models(article(TEXTS.en, 'en'));
    await models(article(TEXTS.en));
    expect(asked).toEqual(['ner.bin']);
  });

  it('loads the Portuguese model on the first Portuguese page and keeps both apart', async () => {
    const { models, asked } = recording();
    const en = await models(article(TEXTS.en, 'en'));
    const pt = await models(article(TEXTS.pt, 'pt'));
    expect(asked).toEqual(['ner.bin', 'ner-pt.bin']);
    expect((pt as unknown as { file: string }).file).toBe('ner-pt.bin');
    expect((en as unknown as { file: string }).file).toBe('ner.bin');
  });

  it('gives no model, and loads none, for a language without one', async () => {
    const { models, asked } = recording();
    expect(await models(article(TEXTS.fr, 'fr'))).toBeNull();
    expect(asked).toEqual([]);
  });

  it('retries a model whose load failed', async () => {
    let attempts = 0;
    const models = languageModels(() =>
      modelLoader(async () => {
        attempts++;
        throw new Error('missing file');
      }),
    );
    await expect(models(article(TEXTS.pt, 'pt'))).rejects.toThrow(/entity model could not be loaded: missing file/);
    await expect(models(article(TEXTS.pt, 'pt'))).rejects.toThrow(/missing file/);
    expect(attempts).toBe(2);
  });
});
