// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleWatch, NEW_TEXT_THRESHOLD, REFRESH_BUDGET, WATCH_MAX_WAIT, WATCH_WAIT } from '../../src/content/article-watch';

function setup() {
  document.body.innerHTML = `
    <header><nav><a href="/">Home</a></nav></header>
    <article><h1>Wildfire season starts early</h1><p id="a">Firefighters in Catalonia battled three wildfires.</p><p id="b">Vidal said 400 hectares had burned.</p></article>
    <aside id="ticker">12:01</aside>`;
  const root = document.querySelector('article')!;
  const painted = new Set<Node>([document.getElementById('a')!.firstChild!]);
  const refresh = vi.fn();
  const watch = new ArticleWatch({
    isPainted: (n) => painted.has(n),
    stale: () => [...painted].some((n) => !n.isConnected),
    refresh,
    now: () => Date.now(),
  });
  watch.observe(root);
  return { root, watch, refresh };
}

// MutationObserver callbacks are microtasks; the debounce is timers.
const flush = async (ms: number) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('ArticleWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refreshes once, after the page settles, when painted text is replaced', async () => {
    const { refresh } = setup();
    document.getElementById('a')!.textContent = 'Firefighters in Catalonia battled three wildfires.';
    await flush(WATCH_WAIT - 50);
    document.getElementById('b')!.textContent = 'Vidal said 400 hectares had burned.';
    await flush(WATCH_WAIT - 50);
    expect(refresh).not.toHaveBeenCalled();
    await flush(100);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes within the ceiling even when the page never stops changing', async () => {
    const { refresh } = setup();
    const a = document.getElementById('a')!;
    for (let t = 0; t < WATCH_MAX_WAIT + 200; t += 100) {
      a.textContent = `Firefighters in Catalonia battled ${t} wildfires.`;
      await flush(100);
    }
    expect(refresh.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('ignores small changes to unpainted text (a timestamp, a counter) and changes outside the article', async () => {
    const { refresh, root } = setup();
    document.getElementById('ticker')!.textContent = '12:02';
    const stamp = document.createElement('span');
    stamp.textContent = 'Updated 2 minutes ago';
    root.append(stamp);
    (document.getElementById('b')!.firstChild as Text).data = 'Vidal said 401 hectares had burned.';
    await flush(WATCH_MAX_WAIT * 2);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes when a substantial amount of new text arrives (late paragraphs)', async () => {
    const { refresh, root } = setup();
    const p = document.createElement('p');
    p.textContent = 'Update: '.padEnd(NEW_TEXT_THRESHOLD + 10, 'x');
    root.append(p);
    await flush(WATCH_WAIT);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes when painted text is edited in place', async () => {
    const { refresh } = setup();
    (document.getElementById('a')!.firstChild as Text).data = 'Firefighters in Aragon battled three wildfires.';
    await flush(WATCH_WAIT);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('stops after its budget on a page that rewrites its article forever: nothing loops', async () => {
    const { refresh } = setup();
    for (let i = 0; i < REFRESH_BUDGET * 3; i++) {
      document.getElementById('a')!.textContent = 'Firefighters in Catalonia battled three wildfires.';
      await flush(WATCH_WAIT + 10);
    }
    expect(refresh).toHaveBeenCalledTimes(REFRESH_BUDGET);
  });

  it('does nothing after disconnect', async () => {
    const { refresh, watch } = setup();
    watch.disconnect();
    document.getElementById('a')!.textContent = 'changed';
    await flush(WATCH_MAX_WAIT);
    expect(refresh).not.toHaveBeenCalled();
  });
});
