import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NavigationWatch, POLL_MS, pageKey } from '../../src/content/navigation-watch';

function fakeWindow(href: string) {
  const listeners = new Map<string, Set<() => void>>();
  const target = {
    addEventListener: (t: string, l: () => void) => (listeners.get(t) ?? listeners.set(t, new Set()).get(t)!).add(l),
    removeEventListener: (t: string, l: () => void) => listeners.get(t)?.delete(l),
  };
  const win = { location: { href }, ...target } as unknown as Window;
  const fire = (t: string) => listeners.get(t)?.forEach((l) => l());
  return { win, fire, listeners };
}

describe('pageKey', () => {
  it('ignores the fragment only', () => {
    expect(pageKey('https://a.example/story?id=2#comments')).toBe('https://a.example/story?id=2');
    expect(pageKey('https://a.example/story')).toBe('https://a.example/story');
  });
});

describe('NavigationWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a pushState navigation within a poll, once', () => {
    const { win } = fakeWindow('https://news.example/a');
    const changed = vi.fn();
    const watch = new NavigationWatch(win, changed);
    watch.start();
    (win.location as { href: string }).href = 'https://news.example/b';
    vi.advanceTimersByTime(POLL_MS);
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith('https://news.example/b');
    watch.stop();
  });

  it('reports back/forward at once, ignores fragment jumps, and stops cleanly', () => {
    const { win, fire, listeners } = fakeWindow('https://news.example/a');
    const changed = vi.fn();
    const watch = new NavigationWatch(win, changed);
    watch.start();
    (win.location as { href: string }).href = 'https://news.example/a#comments';
    fire('popstate');
    expect(changed).not.toHaveBeenCalled();
    (win.location as { href: string }).href = 'https://news.example/c';
    fire('popstate');
    expect(changed).toHaveBeenCalledTimes(1);
    watch.stop();
    expect(listeners.get('popstate')?.size).toBe(0);
    (win.location as { href: string }).href = 'https://news.example/d';
    vi.advanceTimersByTime(POLL_MS * 2);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
