// Keeps the card inside the popup box: when the article gives more than fits, the least important items go
// (extra key sentences, then extra quotes, then the least salient entities), and the "+N more" counts grow.
// Only when even the shortest card does not fit does the popup scroll.

/** List selector and how many items it keeps at least, in the order lists give up items. */
const TRIM_ORDER: [string, number][] = [
  ['.key-sentences', 1],
  ['.quotes', 1],
  ['.entities', 3],
];

export function fitToBox(box: HTMLElement): void {
  const overflowing = () => box.scrollHeight > box.clientHeight + 1;
  for (const [selector, keep] of TRIM_ORDER) {
    const list = box.querySelector(selector);
    while (list && overflowing() && list.children.length > keep) {
      list.lastElementChild!.remove();
      const more = list.closest('section')?.querySelector<HTMLElement>('.more');
      if (more && selector !== '.key-sentences') {
        const count = Number(more.dataset.more ?? 0) + 1;
        more.dataset.more = String(count);
        more.textContent = ` +${count} more`;
      }
    }
  }
}
