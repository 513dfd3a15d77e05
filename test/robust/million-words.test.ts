// A million-word article (about 6.8 MB of HTML) through the CLI's path: a whole result or a clear "too large"
// reason, never a hang or an out-of-memory crash. The guard tells a hang or a quadratic stage from a slow machine
// (a linear pipeline does this in about 20 s here); the stage timings in the failure message say which stage.
import { describe, expect, it } from 'vitest';
import { hugeArticle } from '../fixtures/hostile/generate';
import { annotatePage, annotationProblems, taggersUnderTest, usable } from './pipeline';

const WORDS = 1_000_000;
const GUARD_MS = 120_000;

const [trained] = await taggersUnderTest();

describe('a million-word article', () => {
  it.skipIf(!trained.ner && !trained.problem)(`gives a result or a clear reason with ${trained.tagger}`, () => {
    const { annotation, ms } = annotatePage(hugeArticle(WORDS), usable(trained));
    const detail = `${Math.round(ms)} ms, stages ${JSON.stringify(annotation.timings)}`;
    expect(ms, detail).toBeLessThan(GUARD_MS);
    expect(annotationProblems(annotation)).toEqual([]);
    if (annotation.article) {
      expect(annotation.article.wordCount).toBeGreaterThan(WORDS * 0.9);
      expect(annotation.entities.length).toBeGreaterThan(0);
    } else {
      expect(annotation.reason).toMatch(/too (large|long|big)/i);
    }
  }, GUARD_MS * 2);
});
