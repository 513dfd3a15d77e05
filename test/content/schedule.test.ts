import { afterEach, describe, expect, it, vi } from 'vitest';
import { blockAt, visibleFirst, yieldIfCheap, yieldToPage } from '../../src/content/schedule';

const BLOCKS = [{ start: 0, end: 10 }, { start: 12, end: 30 }, { start: 32, end: 50 }, { start: 52, end: 80 }];

describe('blockAt', () => {
  it('finds the block holding an offset, or the last one before a gap', () => {
    expect(blockAt(BLOCKS, 0)).toBe(0);
    expect(blockAt(BLOCKS, 11)).toBe(0);
    expect(blockAt(BLOCKS, 12)).toBe(1);
    expect(blockAt(BLOCKS, 79)).toBe(3);
    expect(blockAt(BLOCKS, 10_000)).toBe(3);
    expect(blockAt(BLOCKS, -1)).toBe(-1);
    expect(blockAt([], 5)).toBe(-1);
  });
});

describe('visibleFirst', () => {
  it('paints what is on screen first, then below, then above nearest first', () => {
    const spans = [{ start: 1 }, { start: 5 }, { start: 14 }, { start: 33 }, { start: 40 }, { start: 60 }];
    expect(visibleFirst(spans, BLOCKS, 2, 2)).toEqual([3, 4, 5, 2, 1, 0]);
    expect(visibleFirst(spans, BLOCKS, 0, 3)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps every mark exactly once, whatever the visible window', () => {
    const spans = Array.from({ length: 500 }, (_, i) => ({ start: (i * 7) % 80 }));
    for (const [a, b] of [[0, 0], [3, 3], [5, 9], [-1, -1]]) {
      expect([...visibleFirst(spans, BLOCKS, a, b)].sort((x, y) => x - y)).toEqual(spans.map((_, i) => i));
    }
  });
});

describe('yieldToPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('continues through scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToPage();
    expect(yielded).toHaveBeenCalledTimes(1);
  });

  it('otherwise continues in a new task, after work already queued', async () => {
    vi.stubGlobal('scheduler', { postTask: () => undefined });
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await yieldToPage();
    order.push('continued');
    expect(order).toEqual(['queued task', 'continued']);
  });
});

describe('yieldIfCheap', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('continues through scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldIfCheap();
    expect(yielded).toHaveBeenCalledTimes(1);
  });

  it('otherwise goes straight on, ahead of work already queued', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await yieldIfCheap();
    order.push('continued');
    await new Promise((ok) => setTimeout(ok, 0));
    expect(order).toEqual(['continued', 'queued task']);
  });
});

