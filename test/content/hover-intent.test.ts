import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY, HoverIntent, OPEN_DELAY } from '../../src/content/hover-intent';

function setup() {
  const events: string[] = [];
  const intent = new HoverIntent<number>({ open: (t) => events.push(`open ${t}`), close: () => events.push('close') });
  return { intent, events };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests for the open delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(1);
    vi.advanceTimersByTime(OPEN_DELAY - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open 1']);
    expect(intent.current).toBe(1);
  });

  it('opens nothing when the pointer only crosses the text', () => {
    const { intent, events } = setup();
    intent.pointerOver(1);
    vi.advanceTimersByTime(50);
    intent.pointerOver(2);
    vi.advanceTimersByTime(50);
    intent.pointerOver(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('does not flicker while moving within the same mark', () => {
    const { intent, events } = setup();
    intent.pointerOver(1);
    vi.advanceTimersByTime(OPEN_DELAY);
    for (let i = 0; i < 20; i++) {
      intent.pointerOver(1);
      vi.advanceTimersByTime(20);
    }
    expect(events).toEqual(['open 1']);
  });

  it('stays open while the pointer travels to and rests on the card, closes after leaving it', () => {
    const { intent, events } = setup();
    intent.pointerOver(1);
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(null);
    vi.advanceTimersByTime(CLOSE_DELAY - 50);
    intent.enterCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open 1']);
    intent.leaveCard();
    vi.advanceTimersByTime(CLOSE_DELAY);
    expect(events).toEqual(['open 1', 'close']);
    expect(intent.current).toBeNull();
  });

  it('closes after the close delay when the pointer leaves the text', () => {
    const { intent, events } = setup();
    intent.pointerOver(1);
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(null);
    vi.advanceTimersByTime(CLOSE_DELAY);
    expect(events).toEqual(['open 1', 'close']);
  });

  it('keeps a deliberately opened card when the pointer wanders, until dismissed', () => {
    const { intent, events } = setup();
    intent.openNow(3);
    intent.pointerOver(null);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open 3']);
    intent.dismiss();
    intent.dismiss();
    expect(events).toEqual(['open 3', 'close']);
  });

  it('switches to another mark after the open delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(1);
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(2);
    vi.advanceTimersByTime(OPEN_DELAY);
    expect(events).toEqual(['open 1', 'open 2']);
  });
});
