// Keeps the card inside the popup box: when the article gives more than fits, the least important items go
// (extra key sentences, then extra quotes, then the least salient entities), and the "+N more" counts grow.
// Only when even the shortest card does not fit does the popup scroll.
// Each layout costs a few milliseconds on the card's path, so the items to drop are chosen from one reading of
// where they are, then removed together; one item at a time is only the fallback when that was not enough (a
// "+N more" that wraps its heading).

/** List selector and how many items it keeps at least, in the order lists give up items. */
const TRIM_ORDER: [string, number][] = [
  ['.key-sentences', 1],
  ['.quotes', 1],
  ['.entities', 3],
];

export function fitToBox(box: HTMLElement): void {
  const excess = () => box.scrollHeight - box.clientHeight;
  for (const [selector, keep] of TRIM_ORDER) {
    const list = box.querySelector(selector);
    if (!list || excess() <= 1) continue;
    drop(list, selector, lastItemsCovering(list, keep, excess()));
    while (excess() > 1 && list.children.length > keep) drop(list, selector, 1);
  }
}

/** How many items from the end of `list` free at least `px` when removed, keeping `keep`. */
function lastItemsCovering(list: Element, keep: number, px: number): number {
  const items = [...list.children];
  const bottom = items.map((item) => item.getBoundingClientRect().bottom);
  const end = bottom[bottom.length - 1];
  for (let first = items.length - 1; first >= keep; first--) {
    // Removing items first..end frees the space from the bottom of the item before them to the bottom of the last.
    const before = first > 0 ? bottom[first - 1] : list.getBoundingClientRect().top;
    if (end - before >= px) return items.length - first;
  }
  return Math.max(0, items.length - keep);
}

function drop(list: Element, selector: string, count: number): void {
  if (count <= 0) return;
  for (let i = 0; i < count; i++) list.lastElementChild!.remove();
  const more = list.closest('section')?.querySelector<HTMLElement>('.more');
  if (more && selector !== '.key-sentences') {
    const total = Number(more.dataset.more ?? 0) + count;
    more.dataset.more = String(total);
    more.textContent = ` +${total} more`;
  }
}
