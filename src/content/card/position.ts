// Where a card goes: next to the text it explains, never over it, never outside the viewport.
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Set when neither side fits the whole card: it scrolls inside this height instead of covering the text. */
  maxHeight: number | null;
}

export const MARGIN = 8;
export const GAP = 6;

/**
 * Below the anchor when the card fits there, above when it fits there instead, otherwise on the roomier side
 * with its height capped to that room. Horizontally it starts at the anchor's start edge (the right edge in a
 * right-to-left page) and is pushed back inside the viewport.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size, rtl = false): Placement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  let side: Placement['side'];
  let maxHeight: number | null = null;
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else {
    side = below >= above ? 'below' : 'above';
    maxHeight = Math.max(0, Math.floor(side === 'below' ? below : above));
  }
  const height = maxHeight ?? card.height;
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;

  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const preferred = rtl ? anchor.right - width : anchor.left;
  const left = Math.max(MARGIN, Math.min(preferred, viewport.width - MARGIN - width));
  return { left: Math.round(left), top: Math.round(top), side, maxHeight };
}

/** Whether two boxes share any area: the card and the text it explains must not. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The box a card must keep clear of: the whole extent of the mark (a mention wrapping onto two lines keeps
 * both lines visible), starting at the line fragment under the pointer when there is one.
 */
export function anchorBox(rects: readonly Box[], point?: { x: number; y: number }): Box | null {
  const boxes = rects.filter((r) => r.right > r.left && r.bottom > r.top);
  if (!boxes.length) return null;
  const under = point && boxes.find((r) => point.x >= r.left - 1 && point.x <= r.right + 1 && point.y >= r.top - 1 && point.y <= r.bottom + 1);
  const first = under ?? boxes[0];
  return {
    left: first.left,
    right: first.right,
    top: Math.min(...boxes.map((r) => r.top)),
    bottom: Math.max(...boxes.map((r) => r.bottom)),
  };
}
