import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../src/content/debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after calls stop', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 1000);
    d(); d(); d();
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs by the ceiling under a constant stream of calls', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 500);
    for (let t = 0; t < 1000; t += 50) {
      d();
      vi.advanceTimersByTime(50);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(fn.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('can be cancelled', () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 500);
    d();
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
