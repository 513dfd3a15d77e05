import { describe, expect, it } from 'vitest';
import { announcement, cardFor, clip, quoteText, seenInLabel } from '../../src/content/card/model';
import { marksOf } from '../../src/content/marks';
import type { SeenIn } from '../../src/shared/protocol';
import { annotationOf, articleOf, ENTITIES, sampleAnnotation } from './annotation-fixture';

const seen = (n: number): SeenIn[] =>
  Array.from({ length: n }, (_, i) => ({ url: `https://news.example/a${i}`, title: `Earlier story ${i}`, siteName: 'News Example', published: null, seenAt: i }));

function markFor(annotation: ReturnType<typeof sampleAnnotation>['annotation'], pred: (m: ReturnType<typeof marksOf>[number]) => boolean) {
  const mark = marksOf(annotation).find(pred);
  if (!mark) throw new Error('fixture lacks mark');
  return mark;
}

describe('entity cards', () => {
  it('show type, canonical name for a short mention, role, other names, position and quotes', () => {
    const { annotation } = sampleAnnotation();
    const short = markFor(annotation, (m) => m.kind === 'entity' && m.entityId === 'e-brandt' && m.mention === 1);
    const card = cardFor(short, annotation, { 'e-brandt': seen(4) });
    expect(card).toMatchObject({
      kind: 'entity', type: 'PER', typeLabel: 'Person', name: 'Markus Brandt', role: 'a spokesman for the WSV',
      aliases: ['Brandt'], position: 2, mentionCount: 2, seenCount: 4,
    });
    if (card?.kind !== 'entity') throw new Error('expected an entity card');
    expect(card.quotes.map((q) => q.text)).toEqual(['We cannot let barges pass under the bridges at this level,']);
    expect(card.seenIn).toHaveLength(3);
  });

  it('list a quote repeated as a pull quote once', () => {
    const paragraphs = [
      '"We cannot let barges pass under the bridges at this level," said Markus Brandt.',
      'Shipping on the Rhine was halted on Tuesday after heavy rain, the WSV said.',
      '"We cannot let barges pass under the bridges at this level," said Markus Brandt, a spokesman for the WSV.',
    ];
    const article = articleOf(paragraphs);
    const annotation = annotationOf(article, ENTITIES.slice(0, 3), []);
    const first = article.text.indexOf('"We cannot');
    const second = article.text.indexOf('"We cannot', first + 1);
    const length = '"We cannot let barges pass under the bridges at this level,"'.length;
    annotation.quotes = [first, second].map((start) => ({ start, end: start + length, speaker: 'Markus Brandt', entityId: 'e-brandt' }));
    const card = cardFor(markFor(annotation, (m) => m.kind === 'entity' && m.entityId === 'e-brandt'), annotation, {});
    expect(card?.kind === 'entity' && card.quotes.length).toBe(1);
    expect(card?.kind === 'entity' && card.moreQuotes).toBe(0);
  });

  it('leave out partial quotes and list no history for entities never seen before', () => {
    const { annotation } = sampleAnnotation();
    const card = cardFor(markFor(annotation, (m) => m.kind === 'entity' && m.entityId === 'e-reker'), annotation, {});
    expect(card).toMatchObject({ name: 'Henriette Reker', quotes: [], seenCount: 0, seenIn: [] });
  });

  it('clip enormous page-derived names and roles', () => {
    const { annotation } = sampleAnnotation();
    annotation.entities[0].name = 'N'.repeat(50_000);
    annotation.entities[0].role = 'role '.repeat(10_000);
    const card = cardFor(markFor(annotation, (m) => m.kind === 'entity' && m.entityId === annotation.entities[0].id), annotation, {});
    if (card?.kind !== 'entity') throw new Error('expected an entity card');
    expect(card.name.length).toBeLessThanOrEqual(120);
    expect(card.role!.length).toBeLessThanOrEqual(200);
    expect(card.role!.endsWith('…')).toBe(true);
  });

  it('tolerate history that is not a list', () => {
    const { annotation } = sampleAnnotation();
    const card = cardFor(markFor(annotation, (m) => m.kind === 'entity'), annotation, { 'e-rhine': 'garbage' as unknown as SeenIn[] });
    expect(card).toMatchObject({ seenCount: 0 });
  });
});

describe('quote cards', () => {
  it('name the speaker and link to the speaker entity', () => {
    const { annotation } = sampleAnnotation();
    const card = cardFor(markFor(annotation, (m) => m.kind === 'quote' && m.quote === 0), annotation, {});
    expect(card).toMatchObject({ kind: 'quote', speaker: 'Markus Brandt', speakerEntityId: 'e-brandt', speakerType: 'PER', partial: false });
    expect(card?.kind === 'quote' && card.text).toBe('We cannot let barges pass under the bridges at this level,');
  });

  it('say when the speaker is unknown, and use the named speaker when it is no entity', () => {
    const { annotation } = sampleAnnotation();
    annotation.quotes[0] = { ...annotation.quotes[0], speaker: null, entityId: undefined };
    annotation.quotes[1] = { ...annotation.quotes[1], speaker: 'a city official', entityId: undefined };
    const marks = marksOf(annotation).filter((m) => m.kind === 'quote');
    expect(cardFor(marks[0], annotation, {})).toMatchObject({ speaker: null, speakerEntityId: null });
    expect(cardFor(marks[1], annotation, {})).toMatchObject({ speaker: 'a city official', speakerEntityId: null, partial: true });
  });

  it('return null for a mark that points at nothing', () => {
    const { annotation } = sampleAnnotation();
    expect(cardFor({ kind: 'quote', group: 'QUOTE', quote: 99, span: { start: 0, end: 1 } }, annotation, {})).toBeNull();
    expect(cardFor({ kind: 'entity', group: 'PER', entityId: 'nobody', mention: 0, span: { start: 0, end: 1 } }, annotation, {})).toBeNull();
  });
});

describe('wording helpers', () => {
  it('count earlier articles in singular and plural', () => {
    expect(seenInLabel(1)).toBe('Seen in 1 earlier article');
    expect(seenInLabel(4)).toBe('Seen in 4 earlier articles');
  });

  it('clip at a word boundary with an ellipsis, and flatten whitespace', () => {
    expect(clip('  short\n text ', 50)).toBe('short text');
    const out = clip('The quick brown fox jumps over the lazy dog again and again', 30);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).toMatch(/^The quick brown fox jumps…$/);
    expect(clip('', 10)).toBe('');
  });

  it('strip outer quote marks of any style', () => {
    expect(quoteText('“Hello,” ')).toBe('Hello,');
    expect(quoteText('«Bonjour»')).toBe('Bonjour');
    expect(quoteText('"')).toBe('');
  });

  it('announce a move briefly', () => {
    const { annotation } = sampleAnnotation();
    const card = cardFor(markFor(annotation, (m) => m.kind === 'entity' && m.entityId === 'e-reker'), annotation, {})!;
    expect(announcement(card, 4, 20)).toBe('Henriette Reker, person, Cologne mayor. 5 of 20.');
    const quote = cardFor(markFor(annotation, (m) => m.kind === 'quote'), annotation, {})!;
    expect(announcement(quote, 0, 20)).toBe('Quote by Markus Brandt. 1 of 20.');
  });
});
