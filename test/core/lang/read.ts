// Runs invented text through the real pipeline with no entity model, as a page in that language would be read,
// and returns what a table can compare: each quote's words and its speaker.
import { annotate } from '../../../src/core/annotate';
import type { Annotation, ArticleMeta } from '../../../src/core/types';
import { lineBlocks } from '../../../src/cli/read-input';

export function read(text: string, lang: string): Annotation {
  const meta: ArticleMeta = {
    title: null, byline: null, authors: [], siteName: null, published: null, modified: null, lang,
    canonicalUrl: null, image: null, wordCount: 0, readingMinutes: 0, provenance: {},
  };
  return annotate({ text, meta, blocks: lineBlocks(text) }, { ner: null, now: () => 0 });
}

/** [quote words, speaker] for every quote that is speech. */
export function spoken(text: string, lang: string): [string, string | null][] {
  return read(text, lang).quotes.filter((q) => !q.notSpeech).map((q) => [text.slice(q.start, q.end), q.speaker]);
}
