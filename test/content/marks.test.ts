import { describe, expect, it } from 'vitest';
import { marksOf, sortedMentions, visibleGroups } from '../../src/content/marks';
import { sampleAnnotation } from './annotation-fixture';

describe('marksOf', () => {
  it('lists every mention and quote in reading order, quotes before the names inside them', () => {
    const { annotation } = sampleAnnotation();
    const marks = marksOf(annotation);
    const mentions = annotation.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(marks).toHaveLength(mentions + annotation.quotes.length);
    for (let i = 1; i < marks.length; i++) expect(marks[i].span.start).toBeGreaterThanOrEqual(marks[i - 1].span.start);
    const quote = marks.findIndex((m) => m.kind === 'quote');
    const text = annotation.article!.text;
    expect(text.slice(marks[quote].span.start, marks[quote].span.end)).toMatch(/^"We cannot/);
  });

  it('numbers each entity’s mentions in text order even when the annotation lists them out of order', () => {
    const { annotation } = sampleAnnotation();
    const brandt = annotation.entities.find((e) => e.id === 'e-brandt')!;
    brandt.mentions.reverse();
    const marks = marksOf(annotation).filter((m) => m.kind === 'entity' && m.entityId === 'e-brandt');
    expect(marks.map((m) => (m.kind === 'entity' ? m.mention : -1))).toEqual([0, 1]);
    expect(marks[0].span.start).toBeLessThan(marks[1].span.start);
  });

  it('drops spans outside the text or empty instead of trusting them', () => {
    const { annotation } = sampleAnnotation();
    const length = annotation.article!.text.length;
    annotation.entities[0].mentions.push({ start: length - 2, end: length + 10 }, { start: 5, end: 5 }, { start: -1, end: 3 }, { start: 1.5, end: 4 });
    annotation.quotes.push({ start: 10, end: 2, speaker: null });
    const marks = marksOf(annotation);
    expect(marks.every((m) => m.span.start >= 0 && m.span.end <= length && m.span.start < m.span.end)).toBe(true);
  });

  it('gives nothing for an annotation without an article', () => {
    const { annotation } = sampleAnnotation();
    expect(marksOf({ ...annotation, article: null })).toEqual([]);
    expect(marksOf({ ...annotation, entities: [], quotes: [] })).toEqual([]);
  });

  it('sortedMentions does not reorder its input', () => {
    const input = [{ start: 9, end: 10 }, { start: 1, end: 2 }];
    expect(sortedMentions(input)).toEqual([{ start: 1, end: 2 }, { start: 9, end: 10 }]);
    expect(input[0].start).toBe(9);
  });
});

describe('visibleGroups', () => {
  it('follows the chosen types and the quote switch', () => {
    expect([...visibleGroups(['PER', 'LOC'], true)].sort()).toEqual(['LOC', 'PER', 'QUOTE']);
    expect([...visibleGroups([], false)]).toEqual([]);
  });
});
