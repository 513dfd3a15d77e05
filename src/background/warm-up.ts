// A short invented article that a fresh worker reads once before the reader's first one (service.ts, warmUp), so
// the engine has compiled the language core by then. It has what articles have: a headline, names of people,
// organisations and places, a quote with its speaker, and a few sentences to rank. It is read in pieces (the
// headline with one paragraph each), so that the reader's article, arriving meanwhile, waits for one piece at
// most rather than the whole read (measured on a fresh Chromium worker: 45-250 ms held up by the whole).
import type { ArticleText } from '../core/types';
import { joinBlocks } from '../article/render-text';

const PARAGRAPHS = [
  'Harbour council delays vote on new ferry line',
  'The Northport harbour council on Tuesday delayed a vote on a ferry line to Wessel Island, after residents of Eastbank asked for a study of the noise.',
  '"We will not rush a decision that changes the harbour for decades," said Maren Holt, who chairs the council. The ferry operator Baltic Crossings had hoped to start sailing in May.',
  'Holt said the study would be finished by the autumn. Residents welcomed the delay, while shop owners in Northport said the line would bring visitors to the old town.',
];

function build(paragraphs: string[]): ArticleText {
  const { text, blocks } = joinBlocks(paragraphs);
  const words = text.split(/\s+/).length;
  return {
    text,
    blocks,
    meta: {
      title: paragraphs[0], byline: null, authors: [], siteName: null, published: null, modified: null, lang: 'en',
      canonicalUrl: null, image: null, wordCount: words, readingMinutes: 1, provenance: {},
    },
  };
}

export const WARM_UP_ARTICLE: ArticleText = build(PARAGRAPHS);

export const WARM_UP_PIECES: readonly ArticleText[] = PARAGRAPHS.slice(1).map((paragraph) => build([PARAGRAPHS[0], paragraph]));
