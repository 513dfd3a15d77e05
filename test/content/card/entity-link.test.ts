// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardFor } from '../../../src/content/card/model';
import { renderCard, type CardActions } from '../../../src/content/card/view';
import { marksOf } from '../../../src/content/marks';
import { sampleAnnotation } from '../annotation-fixture';

const actions: CardActions = { step: () => undefined, showQuote: () => undefined, showEntity: () => undefined };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The card's history sits in a closed shadow root; the test opens it to look inside. */
function openShadows(): void {
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    return attach.call(this, { ...init, mode: 'open' });
  });
}

describe('the hover card\'s link to the reading memory', () => {
  const seen = [{ url: 'https://a.example/1', title: 'Earlier', siteName: 'A', published: null, seenAt: 1 }];

  it('asks the background to open the entity\'s page, by the key memory knows it by', () => {
    openShadows();
    const sent: unknown[] = [];
    vi.stubGlobal('chrome', { runtime: { sendMessage: async (m: unknown) => void sent.push(m) } });
    const { annotation } = sampleAnnotation();
    const mark = marksOf(annotation).find((m) => m.kind === 'entity' && m.entityId === 'e-brandt')!;
    const container = document.createElement('div');
    renderCard(container, cardFor(mark, annotation, { 'e-brandt': seen })!, actions);
    const link = container.querySelector('.seen-holder')!.shadowRoot!.querySelector<HTMLButtonElement>('.memory-link')!;
    expect(link.textContent).toBe('What you’ve read about Markus Brandt');
    link.click();
    expect(sent).toEqual([{ type: 'openEntity', payload: { key: 'PER:markus brandt' } }]);
  });

  it('is not offered for an entity seen nowhere else', () => {
    const { annotation } = sampleAnnotation();
    const mark = marksOf(annotation).find((m) => m.kind === 'entity' && m.entityId === 'e-brandt')!;
    const container = document.createElement('div');
    renderCard(container, cardFor(mark, annotation, {})!, actions);
    expect(container.querySelector('.seen-holder')).toBeNull();
  });
});
