// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderCard, type CardActions } from '../../src/popup/card-view';
import { buildCard } from '../../src/shared/summary-card';
import { fixtureAnnotation } from '../background/annotation-fixture';

const actions = {} as CardActions;
const colors = { colors: { PER: '#000000', ORG: '#000000', LOC: '#000000', MISC: '#000000' } };
const options = { url: 'https://b.example/', cached: false, history: {}, visibleTypes: ['PER', 'ORG', 'LOC', 'MISC'] as const, showQuotes: true };

describe('the card of an article whose language has no entity model', () => {
  it('says in one line where names are highlighted, instead of "no names were recognised"', () => {
    const notice = 'Names are highlighted in English and Portuguese articles.';
    const annotation = { ...fixtureAnnotation(), entities: [], notice };
    const card = buildCard(annotation, { ...options, visibleTypes: [...options.visibleTypes] });
    expect(card.notes).not.toContain('No names were recognised in this article.');
    const el = renderCard(card, colors, actions, notice);
    expect([...el.querySelectorAll('.notice')].map((p) => p.textContent)).toEqual([notice]);
  });

  it('has no notice line when the article has one model for its names', () => {
    const card = buildCard(fixtureAnnotation(), { ...options, visibleTypes: [...options.visibleTypes] });
    expect(renderCard(card, colors, actions).querySelector('.notice')).toBeNull();
  });
});
