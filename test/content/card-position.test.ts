import { describe, expect, it } from 'vitest';
import { anchorBox, GAP, MARGIN, overlaps, placeCard, type Box } from '../../src/content/card/position';

const VIEW = { width: 1280, height: 800 };
const CARD = { width: 320, height: 200 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('goes below the text when there is room, starting at the text’s left edge', () => {
    const anchor = box(100, 100, 80, 20);
    expect(placeCard(anchor, CARD, VIEW)).toEqual({ left: 100, top: 120 + GAP, side: 'below', maxHeight: null });
  });

  it('goes above when the text is near the bottom', () => {
    const anchor = box(100, 700, 80, 20);
    const p = placeCard(anchor, CARD, VIEW);
    expect(p.side).toBe('above');
    expect(p.top + CARD.height).toBe(700 - GAP);
  });

  it('caps its height on the roomier side when neither side fits', () => {
    const p = placeCard(box(100, 300, 80, 20), { width: 320, height: 700 }, VIEW);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 320 - GAP - MARGIN);
  });

  it('is pushed back inside the viewport at the right edge, and aligns to the right edge in RTL pages', () => {
    expect(placeCard(box(1200, 100, 60, 20), CARD, VIEW).left).toBe(1280 - MARGIN - 320);
    expect(placeCard(box(600, 100, 60, 20), CARD, VIEW, true).left).toBe(660 - 320);
    expect(placeCard(box(10, 100, 60, 20), CARD, VIEW, true).left).toBe(MARGIN);
  });

  it('never covers its text nor leaves the viewport, wherever the text is', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const viewport = { width: 320 + Math.floor(rand() * 1600), height: 300 + Math.floor(rand() * 900) };
      const anchor = box(rand() * (viewport.width - 40), rand() * (viewport.height - 40), 10 + rand() * 200, 16 + rand() * 40);
      const card = { width: 200 + rand() * 200, height: 80 + rand() * 500 };
      const p = placeCard(anchor, card, viewport, rand() < 0.3);
      const width = Math.min(card.width, viewport.width - 2 * MARGIN);
      const placed = box(p.left, p.top, width, p.maxHeight ?? card.height);
      expect(overlaps(placed, anchor)).toBe(false);
      expect(placed.left).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(placed.right).toBeLessThanOrEqual(viewport.width - MARGIN + 0.5);
      expect(placed.top).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(placed.bottom).toBeLessThanOrEqual(viewport.height - MARGIN + 0.5);
    }
  });

  it('degrades without throwing for an anchor taller than the viewport', () => {
    const p = placeCard(box(10, -50, 100, 2000), CARD, VIEW);
    expect(p.maxHeight).toBe(0);
  });
});

describe('anchorBox', () => {
  it('spans every line of a wrapped mention, starting from the line under the pointer', () => {
    const rects = [box(900, 100, 200, 20), box(40, 124, 60, 20)];
    expect(anchorBox(rects, { x: 50, y: 130 })).toEqual({ left: 40, right: 100, top: 100, bottom: 144 });
    expect(anchorBox(rects)).toEqual({ left: 900, right: 1100, top: 100, bottom: 144 });
  });

  it('ignores empty rects and gives null when nothing is left', () => {
    expect(anchorBox([box(5, 5, 0, 0)])).toBeNull();
    expect(anchorBox([])).toBeNull();
  });
});
