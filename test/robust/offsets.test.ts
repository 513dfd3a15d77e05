// Offsets stay exact (UTF-16 code units of article.text) when the text is full of astral emoji, joiners,
// zero-width characters and combining marks: what `text.slice(start, end)` gives is what was found, no span
// cuts a character in two, and shifting the text shifts every span by exactly the inserted length.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/annotate';
import { splitSentences } from '../../src/core/text/sentences';
import type { Annotation, Span } from '../../src/core/types';
import { articleFromText } from '../../src/cli/read-input';
import { UNICODE_PARAGRAPHS, UNICODE_QUOTES, unicodeArticle } from '../fixtures/hostile/generate';
import { annotatePage, annotationProblems, taggersUnderTest, usable, spanProblem } from './pipeline';

const TEXT = UNICODE_PARAGRAPHS.join('\n\n');
const EDGE = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const core = (s: string) => s.replace(EDGE, '');

function quotesFound(a: Annotation): string[] {
  return a.quotes.map((q) => core(a.article!.text.slice(q.start, q.end)));
}

const taggers = await taggersUnderTest();

describe.each(taggers)('offsets with $tagger', (t) => {
  const skip = !t.ner && !t.problem;
  it.skipIf(skip)('tags mentions whose text is exactly their slice of the article, never cutting a character', () => {
    const sentences = splitSentences(TEXT, articleFromText(TEXT).blocks);
    const mentions = usable(t).tag(TEXT, sentences);
    expect(mentions.length).toBeGreaterThan(5);
    for (const m of mentions) {
      expect(m.text).toBe(TEXT.slice(m.start, m.end));
      expect(spanProblem(TEXT, m)).toBeNull();
    }
  });

  it.skipIf(skip)('keeps a .txt article verbatim, with exact entity, quote and summary spans', () => {
    const { annotation } = annotatePage(TEXT, usable(t), 'article.txt');
    expect(annotation.article?.text).toBe(TEXT);
    expect(annotationProblems(annotation)).toEqual([]);
    expect(quotesFound(annotation)).toEqual(expect.arrayContaining(UNICODE_QUOTES.map(core)));
  });

  it.skipIf(skip)('finds the same quotes, exactly, when the page is HTML', () => {
    const { annotation } = annotatePage(unicodeArticle(), usable(t));
    expect(annotationProblems(annotation)).toEqual([]);
    expect(quotesFound(annotation)).toEqual(expect.arrayContaining(UNICODE_QUOTES.map(core)));
  });

  it.skipIf(skip)('shifts every span by exactly the UTF-16 length of astral text put before the article', () => {
    const prefix = '🛰️👩🏽‍🚀🇳🇴 e\u0301\u200b\n\n';
    const plain = annotate(articleFromText(TEXT), { ner: usable(t) });
    const shifted = annotate(articleFromText(prefix + TEXT), { ner: usable(t) });
    const moved = (spans: Span[]) => spans.map((s) => `${s.start + prefix.length}-${s.end + prefix.length}`);
    const spans = (spans: Span[]) => spans.map((s) => `${s.start}-${s.end}`);
    expect(spans(shifted.entities.flatMap((e) => e.mentions))).toEqual(expect.arrayContaining(moved(plain.entities.flatMap((e) => e.mentions))));
    expect(spans(shifted.quotes)).toEqual(moved(plain.quotes));
    expect(annotationProblems(shifted)).toEqual([]);
  });
});
