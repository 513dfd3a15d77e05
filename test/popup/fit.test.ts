// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fitToBox } from '../../src/popup/fit';

/**
 * A card in a box of `height` px, laid out as a plain stack (jsdom has no layout): each section's heading takes
 * 20 px (40 once its "+N more" is longer than `wrapAt` characters), each item its given height. Counts the times
 * the box is measured after a change, which in a browser is a layout each.
 */
function card(height: number, lists: Record<string, number[]>, wrapAt = Infinity) {
  const box = document.createElement('main');
  for (const [cls, heights] of Object.entries(lists)) {
    const section = document.createElement('section');
    const h2 = document.createElement('h2');
    const more = document.createElement('span');
    more.className = 'more';
    more.dataset.more = '0';
    h2.append(more);
    const list = document.createElement('ul');
    list.className = cls;
    for (const px of heights) {
      const li = document.createElement('li');
      li.dataset.px = String(px);
      list.append(li);
    }
    section.append(h2, list);
    box.append(section);
  }
  let layouts = 0;
  let measured = '';
  const layout = () => {
    // A browser lays the box out again when it is measured after a change.
    const now = box.innerHTML;
    if (now !== measured) layouts++;
    measured = now;
    let y = 0;
    const tops = new Map<Element, number>();
    for (const section of box.children) {
      y += (section.querySelector('.more')!.textContent ?? '').length > wrapAt ? 40 : 20;
      const list = section.querySelector('ul')!;
      tops.set(list, y);
      for (const li of list.children) {
        tops.set(li, y);
        y += Number((li as HTMLElement).dataset.px);
      }
    }
    return { tops, total: y };
  };
  Object.defineProperty(box, 'scrollHeight', { get: () => layout().total });
  Object.defineProperty(box, 'clientHeight', { get: () => Math.min(height, layout().total) });
  for (const el of box.querySelectorAll('ul, li')) {
    el.getBoundingClientRect = () => {
      const top = layout().tops.get(el)!;
      const px = el.tagName === 'LI' ? Number((el as HTMLElement).dataset.px) : 0;
      return { top, bottom: top + px } as DOMRect;
    };
  }
  const count = (cls: string) => box.querySelector(`.${cls}`)!.children.length;
  const more = (cls: string) => box.querySelector(`.${cls}`)!.closest('section')!.querySelector('.more')!.textContent;
  return { box, count, more, layouts: () => layouts };
}

describe('fitting the card into the popup', () => {
  it('leaves a card that fits as it is', () => {
    const c = card(600, { entities: [30, 30, 30], quotes: [40], 'key-sentences': [20] });
    fitToBox(c.box);
    expect([c.count('entities'), c.count('quotes'), c.count('key-sentences')]).toEqual([3, 1, 1]);
    expect(c.more('entities')).toBe('');
  });

  it('drops key sentences first, then quotes, then the last entities, and counts what went', () => {
    // 3 headings (60) + 10 entities (300) + 5 quotes (250) + 4 sentences (80) = 690: 90 px too many.
    const c = card(600, { entities: Array(10).fill(30), quotes: Array(5).fill(50), 'key-sentences': Array(4).fill(20) });
    fitToBox(c.box);
    // Sentences give 60 (keeping one), quotes the 30 left (one quote of 50).
    expect([c.count('entities'), c.count('quotes'), c.count('key-sentences')]).toEqual([10, 4, 1]);
    expect(c.more('quotes')).toBe(' +1 more');
    expect(c.more('key-sentences')).toBe('');
  });

  it('keeps the fewest items each list keeps, and then lets the popup scroll', () => {
    const c = card(100, { entities: Array(8).fill(30), quotes: Array(3).fill(50), 'key-sentences': [20, 20] });
    fitToBox(c.box);
    expect([c.count('entities'), c.count('quotes'), c.count('key-sentences')]).toEqual([3, 1, 1]);
    expect(c.more('entities')).toBe(' +5 more');
  });

  it('takes many items off in a few layouts, not one per item', () => {
    const c = card(400, { entities: Array(30).fill(20) });
    fitToBox(c.box);
    expect(c.count('entities')).toBe(19);
    expect(c.more('entities')).toBe(' +11 more');
    expect(c.layouts()).toBeLessThanOrEqual(3);
  });

  it('goes on one item at a time when the heading grows as items go', () => {
    // 20 + 25 × 20 = 520 in a box of 400: 6 items free 120, but " +6 more" wraps the heading (+20), so one more goes.
    const c = card(400, { entities: Array(25).fill(20) }, 4);
    fitToBox(c.box);
    expect(c.count('entities')).toBe(18);
    expect(c.more('entities')).toBe(' +7 more');
  });
});
