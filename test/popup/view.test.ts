// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderView, type PopupView, type ViewActions } from '../../src/popup/view';

const style = { colors: { PER: '#000000', ORG: '#000000', LOC: '#000000', MISC: '#000000' } };
const actions = {} as ViewActions;

describe('the card\'s shell, while the article is read', () => {
  it('draws where the card\'s sections will be, hidden from screen readers, under the progress', () => {
    const el = renderView({ kind: 'annotating', progress: 0.4 }, style, actions);
    expect(el.querySelector('progress')?.value).toBe(0.4);
    const shell = el.querySelector('.shell');
    expect(shell?.getAttribute('aria-hidden')).toBe('true');
    expect(shell?.querySelectorAll('.shell-line').length).toBeGreaterThan(6);
    expect(el.textContent).toContain('Reading the article');
  });

  it('is drawn under "Loading…" too when a card is expected (a read tab\'s popup)', () => {
    const el = renderView({ kind: 'loading', card: true }, style, actions);
    expect(el.textContent).toBe('Loading…');
    expect(el.querySelector('.shell')).not.toBeNull();
  });

  it('is only in those views: the others keep their own size', () => {
    const others: PopupView[] = [
      { kind: 'loading' }, { kind: 'idle' }, { kind: 'not-article', reason: 'A section front.' },
      { kind: 'no-access', reason: 'A browser page.' }, { kind: 'disabled', site: 'harbour.example' }, { kind: 'error', reason: 'It broke.' },
    ];
    for (const view of others) expect(renderView(view, style, actions).querySelector('.shell')).toBeNull();
  });
});
