// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderCard, type CardActions } from '../../src/popup/card-view';
import { buildCard } from '../../src/shared/summary-card';
import { fixtureAnnotation } from '../background/annotation-fixture';

const actions = {} as CardActions;
const colors = { colors: { PER: '#000000', ORG: '#000000', LOC: '#000000', MISC: '#000000' } };

describe('the popup\'s link to an entity\'s page', () => {
  it('opens what the reader has read about an entity seen in earlier articles, and only those', () => {
    const seen = [{ url: 'https://a.example/1', title: 'Earlier', siteName: 'A', published: null, seenAt: 1 }];
    const card = buildCard(fixtureAnnotation(), { url: 'https://b.example/', cached: false, history: { e2: seen }, visibleTypes: ['PER', 'ORG', 'LOC', 'MISC'], showQuotes: true });
    const el = renderCard(card, colors, actions);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('a.seen')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.target])).toEqual([
      ['seen in 1 earlier article', '../entity/entity.html?key=PER%3Aallard%20castelein', '_blank'],
    ]);
    expect(links[0].getAttribute('aria-label')).toBe('What you have read about Allard Castelein: seen in 1 earlier article');
    // Not inside the row's button: a link in a button is neither clickable nor announced as a link.
    expect(links[0].closest('button')).toBeNull();
    const sent: unknown[] = [];
    vi.stubGlobal('chrome', { runtime: { sendMessage: async (m: unknown) => void sent.push(m) } });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    links[0].dispatchEvent(click);
    vi.unstubAllGlobals();
    expect(click.defaultPrevented).toBe(true);
    expect(sent).toEqual([{ type: 'openEntity', payload: { key: 'PER:allard castelein' } }]);
  });
});
