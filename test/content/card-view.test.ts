// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cardFor } from '../../src/content/card/model';
import { renderCard, type CardActions } from '../../src/content/card/view';
import { marksOf } from '../../src/content/marks';
import { sampleAnnotation } from './annotation-fixture';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Evil</img>';

function actions(): CardActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    step: (id, d) => calls.push(`step ${id} ${d}`),
    showQuote: (i) => calls.push(`quote ${i}`),
    showEntity: (id) => calls.push(`entity ${id}`),
  };
}

describe('renderCard', () => {
  it('shows an entity card’s facts and navigates from its buttons', () => {
    const { annotation } = sampleAnnotation();
    const mark = marksOf(annotation).find((m) => m.kind === 'entity' && m.entityId === 'e-brandt')!;
    const container = document.createElement('div');
    const a = actions();
    renderCard(container, cardFor(mark, annotation, {})!, a);
    expect(container.textContent).toContain('Person');
    expect(container.textContent).toContain('Markus Brandt');
    expect(container.textContent).toContain('a spokesman for the WSV');
    expect(container.textContent).toContain('Mention 1 of 2');
    expect(container.getAttribute('aria-label')).toBe('Person: Markus Brandt');
    container.querySelector<HTMLButtonElement>('.next')!.click();
    container.querySelector<HTMLButtonElement>('.prev')!.click();
    container.querySelector<HTMLButtonElement>('.quote-link')!.click();
    expect(a.calls).toEqual(['step e-brandt 1', 'step e-brandt -1', 'quote 0']);
  });

  it('has no prev/next for a single mention', () => {
    const { annotation } = sampleAnnotation();
    const mark = marksOf(annotation).find((m) => m.kind === 'entity' && m.entityId === 'e-basf')!;
    const container = document.createElement('div');
    renderCard(container, cardFor(mark, annotation, {})!, actions());
    expect(container.querySelector('.step')).toBeNull();
    expect(container.textContent).toContain('Mention 1 of 1');
  });

  it('links a quote to its speaker', () => {
    const { annotation } = sampleAnnotation();
    const mark = marksOf(annotation).find((m) => m.kind === 'quote')!;
    const container = document.createElement('div');
    const a = actions();
    renderCard(container, cardFor(mark, annotation, {})!, a);
    expect(container.textContent).toContain('Said by Markus Brandt');
    expect(container.querySelector('blockquote')!.textContent).toBe('“We cannot let barges pass under the bridges at this level,”');
    container.querySelector<HTMLButtonElement>('.speaker-link')!.click();
    expect(a.calls).toEqual(['entity e-brandt']);
  });

  it('renders hostile names, roles, aliases, quotes and history as inert text', () => {
    const { annotation } = sampleAnnotation();
    const brandt = annotation.entities.find((e) => e.id === 'e-brandt')!;
    brandt.name = HOSTILE;
    brandt.role = `<script>window.__pwned=2</script>`;
    brandt.aliases = ['<b onmouseover=alert(1)>x</b>', 'javascript:alert(1)'];
    annotation.quotes[0].speaker = HOSTILE;
    const history = { 'e-brandt': [{ url: 'javascript:alert(1)', title: HOSTILE, siteName: '<svg onload=alert(1)>', published: null, seenAt: 1 }] };
    const container = document.createElement('div');
    document.body.append(container);
    for (const mark of marksOf(annotation).filter((m) => (m.kind === 'entity' && m.entityId === 'e-brandt') || m.kind === 'quote')) {
      renderCard(container, cardFor(mark, annotation, history)!, actions());
      expect(container.querySelector('img, script, b, svg, a')).toBeNull();
      expect(container.innerHTML).not.toMatch(/<img|<script|<svg/);
    }
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    container.remove();
  });

  it('keeps the reading history out of the page’s reach (closed shadow root)', () => {
    const { annotation } = sampleAnnotation();
    const mark = marksOf(annotation).find((m) => m.kind === 'entity' && m.entityId === 'e-wsv')!;
    const history = { 'e-wsv': [{ url: 'https://a.example/1', title: 'A private read', siteName: 'A', published: null, seenAt: 1 }] };
    const container = document.createElement('div');
    renderCard(container, cardFor(mark, annotation, history)!, actions());
    const holder = container.querySelector('.seen-holder');
    expect(holder).not.toBeNull();
    expect(holder!.shadowRoot).toBeNull();
    expect(container.textContent).not.toContain('A private read');
  });

  it('replaces the previous card entirely', () => {
    const { annotation } = sampleAnnotation();
    const marks = marksOf(annotation);
    const container = document.createElement('div');
    renderCard(container, cardFor(marks.find((m) => m.kind === 'quote')!, annotation, {})!, actions());
    renderCard(container, cardFor(marks.find((m) => m.kind === 'entity' && m.entityId === 'e-basf')!, annotation, {})!, actions());
    expect(container.querySelector('blockquote')).toBeNull();
    expect(container.textContent).toContain('BASF');
  });
});
