import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/cli/card';
import { fixtureAnnotation } from '../background/annotation-fixture';

describe('text card', () => {
  it('lists a quote repeated as a pull quote once, with the sourcing line above the quotes', () => {
    const annotation = fixtureAnnotation();
    const [first, second] = annotation.quotes;
    annotation.quotes = [first, second, { ...first }];
    const card = renderCard('page.html', annotation);
    expect(card.match(/We respect the judgment/g)).toHaveLength(1);
    expect(card).toContain('Quotes:\n 2 quotes: 2 from named people\n “We respect');
  });

  it('leaves out titles and terms, and shows a described speaker with the description', () => {
    const annotation = fixtureAnnotation();
    const [first, second] = annotation.quotes;
    annotation.quotes = [{ ...first, speakerDescription: 'the chief executive' }, { ...second, notSpeech: 'title' }];
    const card = renderCard('page.html', annotation);
    expect(card).toContain('— Allard Castelein (the chief executive)');
    expect(card).not.toContain('Nitrogen limits');
  });

  it('says why a page was not annotated', () => {
    expect(renderCard('x.html', fixtureAnnotation({ article: null, reason: 'not an article' }))).toContain('Not annotated: not an article');
  });
});

describe('the text card of an article without names', () => {
  it('prints the notice under the facts', () => {
    const notice = 'Names are highlighted in English and Portuguese articles.';
    const lines = renderCard('page.html', fixtureAnnotation({ entities: [], notice })).split('\n');
    expect(lines[lines.findIndex((l) => / min read/.test(l)) + 1]).toBe(notice);
  });
});
